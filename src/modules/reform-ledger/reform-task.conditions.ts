import type { Knex } from '@mikro-orm/postgresql';
import { textInAny, whereEither, type FilterField } from '../../shared/graphql/filter.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { CLOSED_STATUSES } from './reform-task.entity.js';

// How `ReformTaskFilter` reads in SQL. Every condition is on `reform_task as t`.

/** The SQL twin of `isOverdue()`: deadline before today, neither completed nor cancelled. */
export function overdueSql(db: Knex, today: string): Knex.Raw {
  return db.raw(`(t.deadline < ?::date and t.status not in (${CLOSED_STATUSES.map(() => '?').join(', ')}))`, [today, ...CLOSED_STATUSES]);
}

/** Tasks that are overdue `today`, or (`overdue` false) those that are not. */
export function whereOverdue(qb: Knex.QueryBuilder, db: Knex, today: string, overdue: boolean): void {
  whereEither(qb, (q) => void q.where(overdueSql(db, today)), overdue);
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

/** The fields of `ReformTaskFilter`; `overdue` is counted against the request's `today`. */
export function taskFilterFields(db: Knex, today: string): Record<string, FilterField> {
  return {
    ledger: { column: 't.ledger_id', kind: 'id', typename: 'Ledger' },
    section: { column: 't.section_id', kind: 'id', typename: 'LedgerSection' },
    status: { column: 't.status', kind: 'enum' },
    leadUnit: { column: 't.lead_unit_id', kind: 'id', typename: 'Unit' },
    deadline: { column: 't.deadline', kind: 'date' },
    supportingUnit: { kind: 'custom', apply: (qb, value, path) => whereSupportedBy(qb, db, value as UnitComparator, path) },
    unit: { kind: 'custom', apply: (qb, value, path) => whereInvolves(qb, db, value as UnitComparator, path) },
    overdue: { kind: 'custom', apply: (qb, value) => whereOverdue(qb, db, today, Boolean(value)) },
    text: textInAny(['t.code', 't.title']),
  };
}
