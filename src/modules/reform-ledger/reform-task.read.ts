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
import { nodeFields } from '../../shared/graphql/look-ahead.js';
import { unitJson, unitsJson } from '../unit/index.js';
import { taskFilterFields } from './reform-task.conditions.js';
import { ReformTaskOrderField, type ReformTaskFilter, type ReformTaskOrder } from './reform-task.filter.js';
import { ReformTaskType, TaskProgressReportType } from './reform-task.types.js';

// Reads select plain rows shaped like the GraphQL types; every authenticated user may read the ledger.

type Row = Record<string, unknown>;

export const selectTasks = (db: Knex) =>
  db('reform_task as t').select({
    key: 't.id',
    code: 't.code',
    title: 't.title',
    description: 't.description',
    deliverableForm: 't.deliverable_form',
    deadline: 't.deadline',
    status: 't.status',
    deliverableDescription: 't.deliverable_description',
    returnReason: 't.return_reason',
    completedAt: 't.completed_at',
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
    ledgerKey: 't.ledger_id',
    sectionKey: 't.section_id',
    leadUnitKey: 't.lead_unit_id',
    implementsKey: 't.implements_id',
    supportingUnitKeys: db.raw('array(select su.unit_id::text from reform_task_supporting_unit su where su.task_id = t.id)'),
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
const latestReport = (db: Knex, taskColumn: string) =>
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
}

export const ALL_TASK_JOINS: TaskJoins = { leadUnit: true, supportingUnits: true, latestProgress: true };

/** The relations a connection's nodes select. */
export function taskJoinsOf(info: GraphQLResolveInfo): TaskJoins {
  const fields = nodeFields(info);
  return { leadUnit: fields.has('leadUnit'), supportingUnits: fields.has('supportingUnits'), latestProgress: fields.has('latestProgress') };
}

/** `selectTasks` with the relations of `joins` as JSON columns, for `toTaskPriming`. */
export function selectTasksJoined(db: Knex, joins: TaskJoins): Knex.QueryBuilder {
  const qb = selectTasks(db);
  if (joins.leadUnit) void qb.select({ leadUnitJson: unitJson(db, 't.lead_unit_id') });
  if (joins.supportingUnits) {
    void qb.select({
      supportingUnitsJson: unitsJson(db, db.raw('array(select su.unit_id from reform_task_supporting_unit su where su.task_id = t.id)')),
    });
  }
  if (joins.latestProgress) void qb.select({ latestProgressJson: jsonRow(db, latestReport(db, 't.id')) });
  return qb;
}

/** Maps a row of `selectTasksJoined`, priming the request's loaders with the relations it carries. */
export const toTaskPriming =
  (ctx: Context) =>
  (row: Row): ReformTaskType => {
    const task = toTask(row);
    if ('leadUnitJson' in row) ctx.loaders.unit.primeUnits(row.leadUnitJson);
    if ('supportingUnitsJson' in row) ctx.loaders.unit.primeUnits(row.supportingUnitsJson);
    if ('latestProgressJson' in row) {
      ctx.loaders.reformLedger.latestProgressOfTask.prime(task.key, fromJson(row.latestProgressJson, toProgressReport)[0] ?? null);
    }
    return task;
  };

/** Newest first. */
export const progressSortKeys: SortKey[] = withTiebreaker(
  [{ column: 'r.reported_on', property: 'reportedOn', direction: 'desc', type: 'date' }],
  'r.id',
);

const taskOrderColumns: Record<ReformTaskOrderField, Omit<SortKey, 'direction'>> = {
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
  return paginate({
    db: ctx.db,
    query: filtered(() => selectTasksJoined(ctx.db, joins), filter, taskFilterFields(ctx.db, ctx.today)),
    keys: taskSortKeys(orderBy),
    args: page,
    map: toTaskPriming(ctx),
  });
}
