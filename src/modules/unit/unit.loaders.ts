import type { Knex } from '@mikro-orm/postgresql';
import { paginateGroups, type PageArgs } from '../../shared/graphql/connection.js';
import { groupLoader, LoaderCache, rowLoader } from '../../shared/db/loader.js';
import type { PersonType, RegionType, UnitType } from './unit.types.js';
import type { UnitOrder } from './unit.inputs.js';
import {
  personSortKeys,
  selectPeople,
  selectRegions,
  selectUnits,
  toPerson,
  toRegion,
  toUnit,
  unitSortKeys,
  type Row,
} from './unit.read.js';

async function countBy(
  db: Knex,
  table: string,
  column: string,
  keys: readonly string[],
  where?: (qb: Knex.QueryBuilder) => void,
): Promise<Map<string, number>> {
  const qb = db(table)
    .select({ key: column })
    .count({ count: '*' })
    .whereIn(column, [...keys])
    .groupBy(column);
  where?.(qb);
  const rows = (await qb) as { key: string; count: string }[];
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}

export function unitLoaders(db: Knex, cache: LoaderCache) {
  return {
    byKey: rowLoader<UnitType>(
      async (keys) => ((await selectUnits(db).whereIn('u.id', [...keys])) as Row[]).map(toUnit),
      (u) => u.key,
    ),
    byCode: rowLoader<UnitType>(
      async (codes) => ((await selectUnits(db).whereIn('u.code', [...codes])) as Row[]).map(toUnit),
      (u) => u.code,
    ),
    regionByKey: rowLoader<RegionType>(
      async (keys) => ((await selectRegions(db).whereIn('r.id', [...keys])) as Row[]).map(toRegion),
      (r) => r.key,
    ),
    personByKey: rowLoader<PersonType>(
      async (keys) => ((await selectPeople(db).whereIn('p.id', [...keys])) as Row[]).map(toPerson),
      (p) => p.key,
    ),

    /** `Unit.children`: one page per parent, every parent of the request in one statement. */
    children: (args: PageArgs, orderBy: UnitOrder[] | null | undefined) =>
      cache.get('Unit.children', [args, orderBy], () =>
        groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => selectUnits(db),
            keys: unitSortKeys(orderBy),
            args,
            map: toUnit,
            group: { column: 'u.parent_id', property: 'parentKey' },
            groupKeys,
            countGroups: (keys) => countBy(db, 'unit', 'parent_id', keys),
          }),
        ),
      ),

    /** `Region.units`. */
    unitsOfRegion: (args: PageArgs, orderBy: UnitOrder[] | null | undefined) =>
      cache.get('Region.units', [args, orderBy], () =>
        groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => selectUnits(db),
            keys: unitSortKeys(orderBy),
            args,
            map: toUnit,
            group: { column: 'u.region_id', property: 'regionKey' },
            groupKeys,
            countGroups: (keys) => countBy(db, 'unit', 'region_id', keys),
          }),
        ),
      ),

    /** `Unit.people`, optionally only principal heads. */
    peopleOfUnit: (args: PageArgs, isPrincipalHead: boolean | null | undefined) =>
      cache.get('Unit.people', [args, isPrincipalHead], () => {
        const onlyHeads = (qb: Knex.QueryBuilder, column: string) => {
          if (isPrincipalHead != null) void qb.where(column, isPrincipalHead);
        };
        return groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => {
              const qb = selectPeople(db);
              onlyHeads(qb, 'p.is_principal_head');
              return qb;
            },
            keys: personSortKeys,
            args,
            map: toPerson,
            group: { column: 'p.unit_id', property: 'unitKey' },
            groupKeys,
            countGroups: (keys) => countBy(db, 'person', 'unit_id', keys, (qb) => onlyHeads(qb, 'is_principal_head')),
          }),
        );
      }),
  };
}
