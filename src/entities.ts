import { AuditEntry } from './shared/audit/audit-entry.entity.js';
import { DecisionCategory } from './modules/decision-category/decision-category.entity.js';
import { Person } from './modules/unit/person.entity.js';
import { Region } from './modules/unit/region.entity.js';
import { Unit } from './modules/unit/unit.entity.js';
import { User } from './modules/user/user.entity.js';
import { Ledger } from './modules/reform-ledger/ledger.entity.js';
import { LedgerSection } from './modules/reform-ledger/ledger-section.entity.js';
import { ReformTask } from './modules/reform-ledger/reform-task.entity.js';
import { TaskSupport } from './modules/reform-ledger/task-support.entity.js';
import { TaskProgressReport } from './modules/reform-ledger/task-progress-report.entity.js';
import { LedReform } from './modules/led-reform/led-reform.entity.js';
import { LedReformTask } from './modules/led-reform/led-reform-task.entity.js';
import { ReformCase } from './modules/reform-case/reform-case.entity.js';
import { GuidanceVisit } from './modules/reform-case/guidance-visit.entity.js';

/** Every entity; a module adds its own here. */
export const entities = [
  AuditEntry,
  Region,
  Unit,
  Person,
  User,
  DecisionCategory,
  Ledger,
  LedgerSection,
  ReformTask,
  TaskSupport,
  TaskProgressReport,
  LedReform,
  LedReformTask,
  ReformCase,
  GuidanceVisit,
];
