import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, countBy, groupLoader, listLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { selectUnits, toUnit } from '../unit/index.js';
import type { ReformTaskOrder } from './reform-ledger.inputs.js';
import {
  progressSortKeys,
  selectLedgers,
  selectProgressReports,
  selectSections,
  selectTasks,
  taskSortKeys,
  toLedger,
  toProgressReport,
  toSection,
  toTask,
} from './reform-ledger.read.js';

export function reformLedgerLoaders(db: Knex, cache: LoaderCache) {
  /** Task pages per parent row (a unit it is led by, a section…), every parent of the request in one statement. */
  const tasksBy =
    (
      name: string,
      query: () => Knex.QueryBuilder,
      group: { column: string; property: string },
      count: (keys: readonly string[]) => Promise<Map<string, number>>,
    ) =>
    (args: PageArgs, orderBy: ReformTaskOrder[] | null | undefined) =>
      cache.get(name, [args, orderBy], () =>
        groupLoader((groupKeys) =>
          paginateGroups({ db, query, keys: taskSortKeys(orderBy), args, map: toTask, group, groupKeys, countGroups: count }),
        ),
      );

  return {
    ledgerByKey: columnLoader(
      () => selectLedgers(db),
      'l.id',
      toLedger,
      (l) => l.key,
    ),
    sectionByKey: columnLoader(
      () => selectSections(db),
      's.id',
      toSection,
      (s) => s.key,
    ),
    taskByKey: columnLoader(
      () => selectTasks(db),
      't.id',
      toTask,
      (t) => t.key,
    ),
    progressReportByKey: columnLoader(
      () => selectProgressReports(db),
      'r.id',
      toProgressReport,
      (r) => r.key,
    ),

    sectionsOfLedger: listLoader(async (ledgerKeys) =>
      (
        (await selectSections(db)
          .whereIn('s.ledger_id', [...ledgerKeys])
          .orderBy(['s.ledger_id', 's.ordinal'])) as Record<string, unknown>[]
      ).map((row) => ({ groupKey: String(row.ledgerKey), item: toSection(row) })),
    ),

    supportingUnitsOfTask: listLoader(async (taskKeys) =>
      (
        (await selectUnits(db)
          .join('reform_task_supporting_unit as su', 'su.unit_id', 'u.id')
          .select({ taskKey: 'su.task_id' })
          .whereIn('su.task_id', [...taskKeys])
          .orderBy(['su.task_id', 'u.code'])) as Record<string, unknown>[]
      ).map((row) => ({ groupKey: String(row.taskKey), item: toUnit(row) })),
    ),

    /** The newest report of each task, in one statement. */
    latestProgressOfTask: columnLoader(
      () =>
        selectProgressReports(db)
          .distinctOn('r.task_id')
          .orderBy([{ column: 'r.task_id' }, { column: 'r.reported_on', order: 'desc' }, { column: 'r.id', order: 'desc' }]),
      'r.task_id',
      toProgressReport,
      (r) => r.taskKey,
    ),

    progressReportsOfTask: (args: PageArgs) =>
      cache.get('ReformTask.progressReports', args, () =>
        groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => selectProgressReports(db),
            keys: progressSortKeys,
            args,
            map: toProgressReport,
            group: { column: 'r.task_id', property: 'taskKey' },
            groupKeys,
            countGroups: (keys) => countBy(db, 'task_progress_report', 'task_id', keys),
          }),
        ),
      ),

    leadTasksOfUnit: tasksBy(
      'Unit.leadTasks',
      () => selectTasks(db),
      { column: 't.lead_unit_id', property: 'leadUnitKey' },
      (keys) => countBy(db, 'reform_task', 'lead_unit_id', keys),
    ),
    supportingTasksOfUnit: tasksBy(
      'Unit.supportingTasks',
      () => selectTasks(db).join('reform_task_supporting_unit as su', 'su.task_id', 't.id').select({ supportingUnitKey: 'su.unit_id' }),
      { column: 'su.unit_id', property: 'supportingUnitKey' },
      (keys) => countBy(db, 'reform_task_supporting_unit', 'unit_id', keys),
    ),
    tasksOfSection: tasksBy(
      'LedgerSection.tasks',
      () => selectTasks(db),
      { column: 't.section_id', property: 'sectionKey' },
      (keys) => countBy(db, 'reform_task', 'section_id', keys),
    ),
    measuresImplementing: tasksBy(
      'ReformTask.implementedBy',
      () => selectTasks(db),
      { column: 't.implements_id', property: 'implementsKey' },
      (keys) => countBy(db, 'reform_task', 'implements_id', keys),
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    reformLedger: ReturnType<typeof reformLedgerLoaders>;
  }
}
