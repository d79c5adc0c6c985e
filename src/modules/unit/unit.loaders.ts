import type { Knex } from '@mikro-orm/postgresql';
import { type PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { columnLoader, countBy, groupLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { UnitOrder } from './unit.inputs.js';
import { personSortKeys, selectPeople, selectRegions, selectUnits, toPerson, toRegion, toUnit, unitSortKeys } from './unit.read.js';

export function unitLoaders(db: Knex, cache: LoaderCache) {
  /** Units paged per parent row (per parent unit, per region…), every parent of the request in one statement. */
  const unitsBy =
    (name: string, group: { column: string; property: string }, countColumn: string) =>
    (args: PageArgs, orderBy: UnitOrder[] | null | undefined) =>
      cache.get(name, [args, orderBy], () =>
        groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => selectUnits(db),
            keys: unitSortKeys(orderBy),
            args,
            map: toUnit,
            group,
            groupKeys,
            countGroups: (keys) => countBy(db, 'unit', countColumn, keys),
          }),
        ),
      );

  return {
    byKey: columnLoader(
      () => selectUnits(db),
      'u.id',
      toUnit,
      (u) => u.key,
    ),
    byCode: columnLoader(
      () => selectUnits(db),
      'u.code',
      toUnit,
      (u) => u.code,
    ),
    regionByKey: columnLoader(
      () => selectRegions(db),
      'r.id',
      toRegion,
      (r) => r.key,
    ),
    personByKey: columnLoader(
      () => selectPeople(db),
      'p.id',
      toPerson,
      (p) => p.key,
    ),

    /** `Unit.children`. */
    children: unitsBy('Unit.children', { column: 'u.parent_id', property: 'parentKey' }, 'parent_id'),
    /** `Region.units`. */
    unitsOfRegion: unitsBy('Region.units', { column: 'u.region_id', property: 'regionKey' }, 'region_id'),

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

declare module '../../shared/context.js' {
  interface Loaders {
    unit: ReturnType<typeof unitLoaders>;
  }
}
