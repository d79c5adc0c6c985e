import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered, textInAny, whereEither, type FilterField } from '../../shared/graphql/filter.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { timestamp } from '../../shared/db/values.js';
import { CLOSED_STATUSES } from './reform-task.entity.js';
import { ReformTaskOrderField, type ReformTaskFilter, type ReformTaskOrder } from './reform-ledger.inputs.js';
import { LedgerSectionType, LedgerType, ReformTaskType, TaskProgressReportType } from './reform-ledger.types.js';

// Reads select plain rows shaped like the GraphQL types; every authenticated user may read the ledger.

type Row = Record<string, unknown>;

export const selectLedgers = (db: Knex) =>
  db('ledger as l').select({ key: 'l.id', code: 'l.code', kind: 'l.kind', year: 'l.year', title: 'l.title' });
export const toLedger = (row: Row) => nodeRow(LedgerType, 'Ledger', row as unknown as LedgerType);
const ledgerSortKeys = withTiebreaker([{ column: 'l.code', property: 'code', direction: 'asc' }], 'l.id');

export const selectSections = (db: Knex) =>
  db('ledger_section as s').select({ key: 's.id', code: 's.code', ordinal: 's.ordinal', title: 's.title', ledgerKey: 's.ledger_id' });
export const toSection = (row: Row) => nodeRow(LedgerSectionType, 'LedgerSection', row as unknown as LedgerSectionType);

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
  });

export const toTask = (row: Row) =>
  nodeRow(ReformTaskType, 'ReformTask', {
    ...row,
    completedAt: row.completedAt == null ? null : timestamp(row.completedAt),
    createdAt: timestamp(row.createdAt),
    updatedAt: timestamp(row.updatedAt),
  } as unknown as ReformTaskType);

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
  nodeRow(TaskProgressReportType, 'TaskProgressReport', {
    ...row,
    createdAt: timestamp(row.createdAt),
  } as unknown as TaskProgressReportType);

/** Newest first. */
export const progressSortKeys: SortKey[] = withTiebreaker(
  [{ column: 'r.reported_on', property: 'reportedOn', direction: 'desc', type: 'date' }],
  'r.id',
);

/** The SQL twin of `isOverdue()`: deadline before today, neither completed nor cancelled. */
export function whereOverdue(qb: Knex.QueryBuilder, today: string, overdue: boolean): void {
  whereEither(qb, (q) => void q.where('t.deadline', '<', today).whereNotIn('t.status', [...CLOSED_STATUSES]), overdue);
}

interface UnitComparator {
  eq?: string | null;
  neq?: string | null;
  in?: string[] | null;
  nin?: string[] | null;
  isNull?: boolean | null;
}

/** The pivot rows of a task, optionally only those of some units. */
function supportRows(db: Knex, unitKeys?: string[]): Knex.QueryBuilder {
  const rows = db('reform_task_supporting_unit as su').select(db.raw('1')).whereRaw('su.task_id = t.id');
  return unitKeys ? rows.whereIn('su.unit_id', unitKeys) : rows;
}

const unitKeysOf = (ids: string[], path: string) => ids.map((id) => keyOf(id, 'Unit', path));

/** Tasks a unit supports (or does not): through the pivot table, so each task appears once. */
function whereSupportedBy(qb: Knex.QueryBuilder, db: Knex, c: UnitComparator, path: string): void {
  if (c.eq != null) void qb.whereExists(supportRows(db, unitKeysOf([c.eq], path)));
  if (c.in != null) void qb.whereExists(supportRows(db, unitKeysOf(c.in, path)));
  if (c.neq != null) void qb.whereNotExists(supportRows(db, unitKeysOf([c.neq], path)));
  if (c.nin != null && c.nin.length > 0) void qb.whereNotExists(supportRows(db, unitKeysOf(c.nin, path)));
  if (c.isNull != null) void (c.isNull ? qb.whereNotExists(supportRows(db)) : qb.whereExists(supportRows(db)));
}

/** Tasks a unit leads or supports: `eq`/`in` match either role; `neq`/`nin` exclude both. */
function whereInvolves(qb: Knex.QueryBuilder, db: Knex, c: UnitComparator, path: string): void {
  const involves = (keys: string[]) => (q: Knex.QueryBuilder) =>
    void q.whereIn('t.lead_unit_id', keys).orWhereExists(supportRows(db, keys));
  if (c.eq != null) void qb.where(involves(unitKeysOf([c.eq], path)));
  if (c.in != null) void qb.where(involves(unitKeysOf(c.in, path)));
  if (c.neq != null) void qb.whereNot(involves(unitKeysOf([c.neq], path)));
  if (c.nin != null && c.nin.length > 0) void qb.whereNot(involves(unitKeysOf(c.nin, path)));
  // Every task has a lead unit.
  if (c.isNull === true) void qb.whereRaw('false');
}

export function taskFilterFields(db: Knex, today: string): Record<string, FilterField> {
  return {
    ledger: { column: 't.ledger_id', kind: 'id', typename: 'Ledger' },
    section: { column: 't.section_id', kind: 'id', typename: 'LedgerSection' },
    status: { column: 't.status', kind: 'enum' },
    leadUnit: { column: 't.lead_unit_id', kind: 'id', typename: 'Unit' },
    deadline: { column: 't.deadline', kind: 'date' },
    supportingUnit: { kind: 'custom', apply: (qb, value, path) => whereSupportedBy(qb, db, value as UnitComparator, path) },
    unit: { kind: 'custom', apply: (qb, value, path) => whereInvolves(qb, db, value as UnitComparator, path) },
    isOverdue: { kind: 'custom', apply: (qb, value) => whereOverdue(qb, today, Boolean(value)) },
    text: textInAny(['t.code', 't.title']),
  };
}

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

export function listLedgers(ctx: Context, page: PageArgs): Promise<Page<LedgerType>> {
  return paginate({ db: ctx.db, query: () => selectLedgers(ctx.db), keys: ledgerSortKeys, args: page, map: toLedger });
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
