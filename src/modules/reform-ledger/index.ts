import { defineModule } from '../../shared/module.js';
import { seedLedgers } from './reform-ledger.seed.js';
import { LedgerSection } from './ledger-section.entity.js';
import { Ledger } from './ledger.entity.js';
import { reformLedgerLoaders } from './reform-ledger.loaders.js';
import {
  LeadUnitTallyResolver,
  LedgerResolver,
  LedgerSectionResolver,
  LedgerSummaryResolver,
  SectionTallyResolver,
  UnitWorkloadResolver,
} from './reform-ledger.resolver.js';
import { ReformTask } from './reform-task.entity.js';
import { reformTaskErrorDescriptions } from './reform-task.errors.js';
import { ReformTaskResolver, TaskProgressReportResolver, UnitTasksResolver } from './reform-task.resolver.js';
import { TaskProgressReport } from './task-progress-report.entity.js';
import { TaskSupport } from './task-support.entity.js';

/** The reform ledger (台账): ledgers, sections, tasks with their lead and supporting units, progress. */
export const reformLedgerModule = defineModule({
  name: 'reformLedger',
  entities: [Ledger, LedgerSection, ReformTask, TaskSupport, TaskProgressReport],
  resolvers: [
    LedgerResolver,
    LedgerSectionResolver,
    LedgerSummaryResolver,
    SectionTallyResolver,
    LeadUnitTallyResolver,
    UnitWorkloadResolver,
    ReformTaskResolver,
    TaskProgressReportResolver,
    UnitTasksResolver,
  ],
  loaders: reformLedgerLoaders,
  errorCodes: reformTaskErrorDescriptions,
  seed: seedLedgers,
});

export { ReformTask };
export { TaskStatus } from './reform-ledger.enums.js';
export { ReformTaskConnection, ReformTaskType } from './reform-ledger.types.js';
export { selectTasks, taskSortKeys, toTask } from './reform-ledger.read.js';
export { ledReforms, reformCases } from './reform-ledger.seed-data.js';
