import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import type { ReformTaskErrorCode } from './reform-task.errors.js';
import { LeadUnitTallyResolver } from './lead-unit-tally.resolver.js';
import { ledgerExporter } from './ledger-export.js';
import { LedgerExportResolver } from './ledger-export.resolver.js';
import { LedgerSectionResolver } from './ledger-section.resolver.js';
import { LedgerSection } from './ledger-section.entity.js';
import { LedgerSummaryResolver } from './ledger-summary.resolver.js';
import { Ledger } from './ledger.entity.js';
import { LedgerResolver } from './ledger.resolver.js';
import { LedgerImport, LedgerImportProblem, LedgerImportRow } from './ledger-import.entity.js';
import { ImportJobResolver, ImportProblemResolver, ImportRowResolver, LedgerImportsResolver } from './ledger-import.resolver.js';
import { seedLedgers } from './reform-ledger.seed.js';
import { reformLedgerLoaders } from './reform-ledger.loaders.js';
import { ReformTaskMutationResolver } from './reform-task-mutation.resolver.js';
import { ReformTask } from './reform-task.entity.js';
import { reformTaskCodes, reformTaskMessages } from './reform-task.messages.js';
import { ReformTaskResolver } from './reform-task.resolver.js';
import { SectionTallyResolver } from './section-tally.resolver.js';
import { TaskProgressReportResolver } from './task-progress-report.resolver.js';
import { TaskProgressReport } from './task-progress-report.entity.js';
import { TaskSupport } from './task-support.entity.js';
import { UnitTasksResolver } from './unit-tasks.resolver.js';
import { UnitWorkloadResolver } from './unit-workload.resolver.js';

/** The reform ledger (台账): ledgers, sections, tasks with their lead and supporting units, progress. */
export const reformLedgerModule = defineModule({
  name: 'reformLedger',
  entities: [Ledger, LedgerSection, ReformTask, TaskSupport, TaskProgressReport, LedgerImport, LedgerImportRow, LedgerImportProblem],
  resolvers: [
    LedgerResolver,
    LedgerSectionResolver,
    LedgerSummaryResolver,
    SectionTallyResolver,
    LeadUnitTallyResolver,
    UnitWorkloadResolver,
    ReformTaskResolver,
    ReformTaskMutationResolver,
    TaskProgressReportResolver,
    UnitTasksResolver,
    LedgerExportResolver,
    ImportJobResolver,
    ImportRowResolver,
    ImportProblemResolver,
    LedgerImportsResolver,
  ],
  exporters: [ledgerExporter],
  loaders: reformLedgerLoaders,
  errorCodes: reformTaskCodes satisfies ErrorCodeDescriptions<ReformTaskErrorCode>,
  messages: reformTaskMessages,
  seed: seedLedgers,
});

export { ReformTask };
export { TaskStatus } from './reform-ledger.enums.js';
export { ReformTaskConnection, ReformTaskType } from './reform-task.types.js';
export { ReformTaskOrder } from './reform-task.filter.js';
/** For other modules' lists of tasks: `ctx.loaders.reformLedger.linkedTasks(link, page, orderBy)`. */
export type { TaskLink } from './reform-ledger.loaders.js';
export { TaskLinkRow } from './task-link.entity.js';
/** Demo data the led-reform and reform-case modules seed from: built with the ledger's own tasks. */
export { ledReforms, reformCases } from './reform-ledger.seed-data.js';
