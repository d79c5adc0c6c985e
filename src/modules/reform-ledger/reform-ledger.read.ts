import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { applyFilter, filtered, type FilterField } from '../../shared/graphql/filter.js';
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
  const condition = (q: Knex.QueryBuilder) => void q.where('t.deadline', '<', today).whereNotIn('t.status', [...CLOSED_STATUSES]);
  void (overdue ? qb.where(condition) : qb.whereNot(condition));
}

/** Tasks a unit supports: through the pivot table, so one task appears once. */
function whereSupportedBy(
  qb: Knex.QueryBuilder,
  db: Knex,
  comparator: { eq?: string | null; neq?: string | null; in?: string[] | null; nin?: string[] | null },
  path: string,
): void {
  const keys = (ids: string[]) => ids.map((id) => keyOf(id, 'Unit', path));
  const supported = (unitKeys: string[]) =>
    db('reform_task_supporting_unit as su').select(db.raw('1')).whereRaw('su.task_id = t.id').whereIn('su.unit_id', unitKeys);
  if (comparator.eq != null) void qb.whereExists(supported(keys([comparator.eq])));
  if (comparator.in != null) void qb.whereExists(supported(keys(comparator.in)));
  if (comparator.neq != null) void qb.whereNotExists(supported(keys([comparator.neq])));
  if (comparator.nin != null && comparator.nin.length > 0) void qb.whereNotExists(supported(keys(comparator.nin)));
}

export function taskFilterFields(db: Knex, today: string): Record<string, FilterField> {
  return {
    ledger: { column: 't.ledger_id', kind: 'id', typename: 'Ledger' },
    section: { column: 't.section_id', kind: 'id', typename: 'LedgerSection' },
    status: { column: 't.status', kind: 'enum' },
    leadUnit: { column: 't.lead_unit_id', kind: 'id', typename: 'Unit' },
    deadline: { column: 't.deadline', kind: 'date' },
    supportingUnit: { kind: 'custom', apply: (qb, value, path) => whereSupportedBy(qb, db, value as never, path) },
    unit: {
      kind: 'custom',
      apply: (qb, value, path) => {
        // Lead or supporting: one OR of the two conditions, each built by its own filter.
        void qb.where((either) => {
          void either.orWhere((lead) =>
            applyFilter(lead, { leadUnit: value }, { leadUnit: { column: 't.lead_unit_id', kind: 'id', typename: 'Unit' } }, path),
          );
          void either.orWhere((support) => whereSupportedBy(support, db, value as never, path));
        });
      },
    },
    isOverdue: { kind: 'custom', apply: (qb, value) => whereOverdue(qb, today, Boolean(value)) },
    text: {
      kind: 'custom',
      apply: (qb, value) => {
        const text = String(value);
        void qb.where(
          (q) => void q.whereRaw('strpos(lower(t.code), lower(?)) > 0', [text]).orWhereRaw('strpos(lower(t.title), lower(?)) > 0', [text]),
        );
      },
    },
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
  return withTiebreaker(
    terms.map((t) => ({ ...taskOrderColumns[t.field], direction: t.direction === 'DESC' ? 'desc' : 'asc' })),
    't.id',
  );
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
