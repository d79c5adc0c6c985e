import type { GraphQLResolveInfo } from 'graphql';
import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { withTimestamps } from '../../shared/db/values.js';
import { fromJson, jsonRow } from '../../shared/db/joined.js';
import { prime } from '../../shared/db/loader.js';
import { compiledSelect } from '../../shared/db/select-list.js';
import { nodeFields } from '../../shared/graphql/look-ahead.js';
import { unitJson, unitsJson } from '../unit/index.js';
import { taskFilterFields } from './reform-task.conditions.js';
import { ReformTaskOrderField, type ReformTaskFilter, type ReformTaskOrder } from './reform-task.filter.js';
import { ReformTaskType, TaskProgressReportType } from './reform-task.types.js';

// Reads select plain rows shaped like the GraphQL types; every authenticated user may read the ledger.

type Row = Record<string, unknown>;

/** Task columns that only their own field reads: a list reads them only when its nodes ask for that field. */
const ASKED_TASK_COLUMNS = {
  description: 't.description',
  deliverableDescription: 't.deliverable_description',
  returnReason: 't.return_reason',
  completedAt: 't.completed_at',
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
};

/** Tasks with every column, or, given the fields asked, only the columns of `ASKED_TASK_COLUMNS` among them. */
export const selectTasks = (db: Knex, asked?: ReadonlySet<string>) =>
  db('reform_task as t').select({
    key: 't.id',
    code: 't.code',
    title: 't.title',
    deliverableForm: 't.deliverable_form',
    deadline: 't.deadline',
    status: 't.status',
    ...(asked ? Object.fromEntries(Object.entries(ASKED_TASK_COLUMNS).filter(([field]) => asked.has(field))) : ASKED_TASK_COLUMNS),
    ledgerKey: 't.ledger_id',
    sectionKey: 't.section_id',
    leadUnitKey: 't.lead_unit_id',
    implementsKey: 't.implements_id',
    // A list that knows its fields reads the supporting units themselves when asked (selectTasksJoined).
    ...(asked
      ? {}
      : { supportingUnitKeys: db.raw('array(select su.unit_id::text from reform_task_supporting_unit su where su.task_id = t.id)') }),
  });

export const toTask = (row: Row) =>
  withTimestamps(nodeRow(ReformTaskType, 'ReformTask', row as unknown as ReformTaskType), 'completedAt', 'createdAt', 'updatedAt');

export const selectProgressReports = (db: Knex) =>
  db('task_progress_report as r').select({
    key: 'r.id',
    reportedOn: 'r.reported_on',
    percent: 'r.percent',
    narrative: 'r.narrative',
    createdAt: 'r.created_at',
    taskKey: 'r.task_id',
    reporterKey: 'r.reporter_id',
  });

export const toProgressReport = (row: Row) =>
  withTimestamps(nodeRow(TaskProgressReportType, 'TaskProgressReport', row as unknown as TaskProgressReportType), 'createdAt');

/** The newest report of the task in `taskColumn` (ties: the later id). */
export const latestReport = (db: Knex, taskColumn: string) =>
  selectProgressReports(db)
    .whereRaw('r.task_id = ??', [taskColumn])
    .orderBy([
      { column: 'r.reported_on', order: 'desc' },
      { column: 'r.id', order: 'desc' },
    ])
    .limit(1);

/** Relations a task statement may read along with the task, so their resolvers read nothing more. */
export interface TaskJoins {
  leadUnit: boolean;
  supportingUnits: boolean;
  latestProgress: boolean;
  /** The fields asked of the tasks, when known: columns only other fields read are left out. */
  asked?: ReadonlySet<string>;
}

export const ALL_TASK_JOINS: TaskJoins = { leadUnit: true, supportingUnits: true, latestProgress: true };

/** The relations and fields of tasks read for the fields `asked` of them. */
export function taskJoinsFor(asked: ReadonlySet<string>): TaskJoins {
  return {
    leadUnit: asked.has('leadUnit'),
    supportingUnits: asked.has('supportingUnits'),
    latestProgress: asked.has('latestProgress'),
    asked,
  };
}

/** The relations and fields a connection's nodes select. */
export function taskJoinsOf(info: GraphQLResolveInfo): TaskJoins {
  return taskJoinsFor(nodeFields(info));
}

/** What decides the columns `selectTasksJoined` reads: the relations, and the optional columns asked. */
export function taskJoinsShape(joins: TaskJoins): string {
  const asked = joins.asked && Object.keys(ASKED_TASK_COLUMNS).filter((field) => joins.asked?.has(field));
  return `${joins.leadUnit} ${joins.supportingUnits} ${joins.latestProgress} ${asked?.join() ?? '*'}`;
}

/** `selectTasks` with the relations of `joins` as JSON columns, for `toTaskPriming`. */
export function selectTasksJoined(db: Knex, joins: TaskJoins): Knex.QueryBuilder {
  return compiledSelect(
    db,
    `tasks ${taskJoinsShape(joins)}`,
    () => db('reform_task as t'),
    () => buildTasksJoined(db, joins),
  );
}

function buildTasksJoined(db: Knex, joins: TaskJoins): Knex.QueryBuilder {
  const qb = selectTasks(db, joins.asked);
  if (joins.leadUnit) void qb.select({ leadUnitJson: unitJson(db, 't.lead_unit_id') });
  if (joins.supportingUnits) {
    void qb.select({
      supportingUnitsJson: unitsJson(db, db.raw('array(select su.unit_id from reform_task_supporting_unit su where su.task_id = t.id)')),
    });
  }
  if (joins.latestProgress) void qb.select({ latestProgressJson: jsonRow(db, latestReport(db, 't.id')) });
  return qb;
}

/**
 * Maps a row of `selectTasksJoined`, with the relations it carries on the task for their resolvers,
 * and priming the request's loaders with them for any other path to the same rows.
 */
export const toTaskPriming =
  (ctx: Context) =>
  (row: Row): ReformTaskType => {
    const task = toTask(row);
    const joined: NonNullable<ReformTaskType['joined']> = {};
    if ('leadUnitJson' in row) [joined.leadUnit] = ctx.loaders.unit.primeUnits(row.leadUnitJson);
    if ('supportingUnitsJson' in row) joined.supportingUnits = ctx.loaders.unit.primeUnits(row.supportingUnitsJson);
    if ('latestProgressJson' in row) {
      joined.latestProgress = fromJson(row.latestProgressJson, toProgressReport)[0] ?? null;
      prime(ctx.loaders.reformLedger.latestProgressOfTask, task.key, joined.latestProgress);
    }
    task.joined = joined;
    return task;
  };

/** Newest first. */
export const progressSortKeys: SortKey[] = withTiebreaker(
  [{ column: 'r.reported_on', property: 'reportedOn', direction: 'desc', type: 'date' }],
  'r.id',
);

export const taskOrderColumns: Record<ReformTaskOrderField, Omit<SortKey, 'direction'>> = {
  [ReformTaskOrderField.DEADLINE]: { column: 't.deadline', property: 'deadline', type: 'date' },
  [ReformTaskOrderField.CODE]: { column: 't.code', property: 'code' },
  [ReformTaskOrderField.STATUS]: { column: 't.status', property: 'status' },
  [ReformTaskOrderField.UPDATED_AT]: { column: 't.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Sort keys for an `orderBy` (default: by deadline), always ending with the id tiebreaker. */
export function taskSortKeys(orderBy: ReformTaskOrder[] | null | undefined): SortKey[] {
  const terms = orderBy?.length ? orderBy : [{ field: ReformTaskOrderField.DEADLINE, direction: 'ASC' }];
  return orderKeys(taskOrderColumns, terms, 't.id');
}

export function listTasks(
  ctx: Context,
  page: PageArgs,
  joins: TaskJoins,
  filter?: ReformTaskFilter | null,
  orderBy?: ReformTaskOrder[] | null,
): Promise<Page<ReformTaskType>> {
  const keys = taskSortKeys(orderBy);
  // A cursor is made of the row's sort values, which are read whether asked or not.
  const read = joins.asked ? { ...joins, asked: new Set([...joins.asked, ...keys.map((k) => k.property)]) } : joins;
  return paginate({
    db: ctx.db,
    query: filtered(() => selectTasksJoined(ctx.db, read), filter, taskFilterFields(ctx.db, ctx.today)),
    keys,
    args: page,
    map: toTaskPriming(ctx),
  });
}
