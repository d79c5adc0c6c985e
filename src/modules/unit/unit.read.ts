import type { Knex } from '@mikro-orm/postgresql';
import type { SortKey } from '../../shared/graphql/cursor.js';
import { orderKeys, withTiebreaker } from '../../shared/graphql/cursor.js';
import { paginate } from '../../shared/graphql/paginate.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { filtered, textInAny } from '../../shared/graphql/filter.js';
import type { Context } from '../../shared/context.js';
import type { FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { withTimestamps } from '../../shared/db/values.js';
import { jsonRow, jsonRows } from '../../shared/db/joined.js';
import { PersonType, RegionType, UnitType } from './unit.types.js';
import { PersonOrderField, UnitOrderField, type PersonFilter, type PersonOrder, type UnitFilter, type UnitOrder } from './unit.inputs.js';

// Reads select plain rows shaped like the GraphQL types; no entity is hydrated on the read path.

export type Row = Record<string, unknown>;

const unitColumns = {
  key: 'u.id',
  code: 'u.code',
  name: 'u.name',
  kind: 'u.kind',
  level: 'u.level',
  parentKey: 'u.parent_id',
  regionKey: 'u.region_id',
  createdAt: 'u.created_at',
  updatedAt: 'u.updated_at',
};

export const selectUnits = (db: Knex) => db('unit as u').select(unitColumns);

export const toUnit = (row: Row) => withTimestamps(nodeRow(UnitType, 'Unit', row as unknown as UnitType), 'createdAt', 'updatedAt');

/** The unit `keyColumn` points at, read in the statement that holds the column (for `primeUnits`). */
export const unitJson = (db: Knex, keyColumn: string) => jsonRow(db, selectUnits(db).whereRaw('u.id = ??', [keyColumn]));

/**
 * `query` joined to the unit its required `keyColumn` points at (as `u`), which it selects as `unitJson`
 * the way `unitJson` reads it: the statement hashes the unit table once instead of scanning it for
 * every row.
 */
export const withUnitJson = (db: Knex, query: Knex.QueryBuilder, keyColumn: string) =>
  query.join('unit as u', 'u.id', keyColumn).select({ unitJson: jsonRow(db, db.select(unitColumns)) });

/**
 * The units of an array of ids (SQL), by code as JavaScript compares strings (byte order: codes are
 * ASCII), read in the statement that holds it (for `primeUnits`).
 */
export const unitsJson = (db: Knex, keys: Knex.Raw) =>
  jsonRows(db, selectUnits(db).whereRaw('u.id = any(?)', [keys]).orderByRaw('u.code collate "C"'));

export const unitFilterFields: Record<string, FilterField> = {
  code: { column: 'u.code', kind: 'text' },
  text: textInAny(['u.name', 'u.code']),
  kind: { column: 'u.kind', kind: 'enum' },
  level: { column: 'u.level', kind: 'enum' },
  region: { column: 'u.region_id', kind: 'id', typename: 'Region' },
  parent: { column: 'u.parent_id', kind: 'id', typename: 'Unit' },
};

const unitOrderColumns: Record<UnitOrderField, Omit<SortKey, 'direction'>> = {
  [UnitOrderField.CODE]: { column: 'u.code', property: 'code' },
  [UnitOrderField.NAME]: { column: 'u.name', property: 'name' },
  [UnitOrderField.CREATED_AT]: { column: 'u.created_at', property: 'createdAt', type: 'timestamp' },
  [UnitOrderField.UPDATED_AT]: { column: 'u.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Sort keys for an `orderBy` (default: by code), always ending with the id tiebreaker. */
export function unitSortKeys(orderBy: UnitOrder[] | null | undefined): SortKey[] {
  const terms = orderBy?.length ? orderBy : [{ field: UnitOrderField.CODE, direction: 'ASC' }];
  return orderKeys(unitOrderColumns, terms, 'u.id');
}

export const selectRegions = (db: Knex) => db('region as r').select({ key: 'r.id', code: 'r.code', name: 'r.name' });

export const toRegion = (row: Row) => nodeRow(RegionType, 'Region', row as unknown as RegionType);

export const regionSortKeys: SortKey[] = withTiebreaker([{ column: 'r.code', property: 'code', direction: 'asc' }], 'r.id');

export const selectPeople = (db: Knex) =>
  db('person as p').select({
    key: 'p.id',
    name: 'p.name',
    title: 'p.title',
    isPrincipalHead: 'p.is_principal_head',
    unitKey: 'p.unit_id',
  });

export const toPerson = (row: Row) => nodeRow(PersonType, 'Person', row as unknown as PersonType);

export const personFilterFields: Record<string, FilterField> = {
  unit: { column: 'p.unit_id', kind: 'id', typename: 'Unit' },
  text: textInAny(['p.name', 'p.title']),
  isPrincipalHead: { column: 'p.is_principal_head', kind: 'boolean' },
};

const personOrderColumns: Record<PersonOrderField, Omit<SortKey, 'direction'>> = {
  [PersonOrderField.NAME]: { column: 'p.name', property: 'name' },
  [PersonOrderField.TITLE]: { column: 'p.title', property: 'title' },
};

/** Sort keys for an `orderBy` (default: by name), always ending with the id tiebreaker. */
export function personSortKeys(orderBy: PersonOrder[] | null | undefined): SortKey[] {
  return orderKeys(personOrderColumns, orderBy?.length ? orderBy : [{ field: PersonOrderField.NAME, direction: 'ASC' }], 'p.id');
}

/** Units, filtered and ordered (by code unless asked otherwise). Every authenticated user may read units. */
export function listUnits(ctx: Context, page: PageArgs, filter?: UnitFilter | null, orderBy?: UnitOrder[] | null): Promise<Page<UnitType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectUnits(ctx.db), filter, unitFilterFields),
    keys: unitSortKeys(orderBy),
    args: page,
    map: toUnit,
  });
}

export function listRegions(ctx: Context, page: PageArgs): Promise<Page<RegionType>> {
  return paginate({ db: ctx.db, query: () => selectRegions(ctx.db), keys: regionSortKeys, args: page, map: toRegion });
}

export function listPeople(
  ctx: Context,
  page: PageArgs,
  filter?: PersonFilter | null,
  orderBy?: PersonOrder[] | null,
): Promise<Page<PersonType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectPeople(ctx.db), filter, personFilterFields),
    keys: personSortKeys(orderBy),
    args: page,
    map: toPerson,
  });
}
