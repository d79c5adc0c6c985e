import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, countBy, groupLoader, listLoader, rowLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import type { SortKey } from '../../shared/graphql/cursor.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { selectLedgers, selectSections, toLedger, toSection } from './ledger.read.js';
import type { ImportRowAction } from './ledger-import.enums.js';
import {
  jobSortKeys,
  problemSortKeys,
  rowSortKeys,
  selectImportRows,
  selectJobs,
  selectProblems,
  toImportRow,
  toJob,
  toProblem,
} from './ledger-import.read.js';
import type { ReformTaskOrder } from './reform-task.filter.js';
import {
  ALL_TASK_JOINS,
  type TaskJoins,
  progressSortKeys,
  selectProgressReports,
  selectTasks,
  selectTasksJoined,
  taskJoinsShape,
  taskSortKeys,
  toProgressReport,
  toTask,
} from './reform-task.read.js';

/**
 * A table that links records of another module to tasks (`led_reform_task`: a led reform's tasks),
 * named by its table and the columns holding the owner's key and the task's key. Its rows carry the
 * task's sort columns (`TaskLinkRow`), indexed per owner, as pages are sorted on them.
 */
export interface TaskLink {
  table: string;
  ownerColumn: string;
  taskColumn: string;
}

/**
 * The sort keys of an ordering on the link rows (`link`) instead of the task: the same values under
 * the same properties, so cursors are alike, but read from the link table's copies, where its
 * `(owner, column, task_id)` indexes let a page seek (task-link.entity.ts).
 */
function onLink(keys: SortKey[], link: string): SortKey[] {
  return keys.map((k) => ({ ...k, column: k.column === 't.id' ? `${link}.task_id` : k.column.replace(/^t\./, `${link}.`) }));
}

export function reformLedgerLoaders(db: Knex, cache: LoaderCache) {
  /** Pages of an import's report (its rows, its refusals) per import, every import of the request in one statement. */
  const reportPages = <T>(
    name: string,
    query: () => Knex.QueryBuilder,
    keys: SortKey[],
    map: (row: Record<string, unknown>) => T,
    table: { name: string; alias: string },
    args: PageArgs,
    where?: (qb: Knex.QueryBuilder) => void,
  ) =>
    cache.get(name, args, () =>
      groupLoader((groupKeys) =>
        paginateGroups({
          db,
          query: () => {
            const qb = query();
            where?.(qb);
            return qb;
          },
          keys,
          args,
          map,
          group: { column: `${table.alias}.job_id`, property: 'jobKey' },
          groupKeys,
          countGroups: (k) => countBy(db, table.name, 'job_id', k, where && ((qb) => where(qb))),
        }),
      ),
    );

  /**
   * Task pages per parent row (a unit it is led by, a section…), every parent of the request in one
   * statement; through a link table (`link`: its alias in `query`), sorted on the link rows.
   */
  const tasksBy =
    (
      name: string,
      query: () => Knex.QueryBuilder,
      group: { column: string; property: string },
      count: (keys: readonly string[]) => Promise<Map<string, number>>,
      link?: string,
    ) =>
    (args: PageArgs, orderBy: ReformTaskOrder[] | null | undefined) =>
      cache.get(name, [args, orderBy], () => {
        const keys = link ? onLink(taskSortKeys(orderBy), link) : taskSortKeys(orderBy);
        return groupLoader((groupKeys) => paginateGroups({ db, query, keys, args, map: toTask, group, groupKeys, countGroups: count }));
      });

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
    /** Task rows with the relations and columns of `joins`, all of them unless said (`toTaskPriming` maps them). */
    joinedTaskRowByKey: (joins: TaskJoins = ALL_TASK_JOINS) =>
      cache.get('ReformTask.joined', taskJoinsShape(joins), () =>
        rowLoader(
          async (keys) => (await selectTasksJoined(db, joins).whereIn('t.id', [...keys])) as Record<string, unknown>[],
          (row) => String(row.key),
        ),
      ),
    importByKey: columnLoader(
      () => selectJobs(db),
      'j.id',
      toJob,
      (j) => j.key,
    ),
    importRowByKey: columnLoader(
      () => selectImportRows(db),
      'r.id',
      toImportRow,
      (r) => r.key,
    ),
    importProblemByKey: columnLoader(
      () => selectProblems(db),
      'p.id',
      toProblem,
      (p) => p.key,
    ),
    /** An import's rows, only those with these actions if given. */
    importRows: (args: PageArgs, actions: readonly ImportRowAction[] | null | undefined) =>
      reportPages(
        `ImportJob.rows:${actions?.join(',') ?? ''}`,
        () => selectImportRows(db),
        rowSortKeys,
        toImportRow,
        { name: 'ledger_import_row', alias: 'r' },
        args,
        actions?.length ? (qb) => void qb.whereIn('action', [...actions]) : undefined,
      ),
    /** A ledger's imports, newest first; only those `requestedBy` started, if given. */
    importsOfLedger: (args: PageArgs, requestedBy: string | null) =>
      cache.get(`Ledger.imports:${requestedBy ?? ''}`, args, () => {
        const mine = (qb: Knex.QueryBuilder) => (requestedBy === null ? qb : qb.where('requested_by_id', requestedBy));
        return groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => mine(selectJobs(db)),
            keys: jobSortKeys,
            args,
            map: toJob,
            group: { column: 'j.ledger_id', property: 'ledgerKey' },
            groupKeys,
            countGroups: (k) => countBy(db, 'ledger_import', 'ledger_id', k, (qb) => void mine(qb)),
          }),
        );
      }),
    importProblems: (args: PageArgs) =>
      reportPages(
        'ImportJob.errors',
        () => selectProblems(db),
        problemSortKeys,
        toProblem,
        { name: 'ledger_import_problem', alias: 'p' },
        args,
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
      'su',
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

    /**
     * For other modules: the tasks another record links to through `link`, paged and ordered as
     * every task list is (`ctx.loaders.reformLedger.linkedTasks(link, page, orderBy).load(ownerKey)`);
     * every owner of the request in one statement.
     */
    linkedTasks: (link: TaskLink, args: PageArgs, orderBy?: ReformTaskOrder[] | null) =>
      tasksBy(
        `linkedTasks:${link.table}`,
        () =>
          selectTasks(db)
            .join(`${link.table} as link`, `link.${link.taskColumn}`, 't.id')
            .select({ ownerKey: `link.${link.ownerColumn}` }),
        { column: `link.${link.ownerColumn}`, property: 'ownerKey' },
        (keys) => countBy(db, link.table, link.ownerColumn, keys),
        'link',
      )(args, orderBy),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    reformLedger: ReturnType<typeof reformLedgerLoaders>;
  }
}
