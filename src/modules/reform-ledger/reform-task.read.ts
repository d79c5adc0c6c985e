import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { withTimestamps } from '../../shared/db/values.js';
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
  filter?: ReformTaskFilter | null,
  orderBy?: ReformTaskOrder[] | null,
): Promise<Page<ReformTaskType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectTasks(ctx.db), filter, taskFilterFields(ctx.db, ctx.today)),
    keys: taskSortKeys(orderBy),
    args: page,
    map: toTask,
  });
}
