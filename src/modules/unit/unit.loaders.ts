import type { Knex } from '@mikro-orm/postgresql';
import { type PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { columnLoader, countBy, groupLoader, type LoaderCache } from '../../shared/db/loader.js';
import { primer } from '../../shared/db/joined.js';
import { filtered } from '../../shared/graphql/filter.js';
import type { PersonFilter, PersonOrder, UnitOrder } from './unit.inputs.js';
import {
  personFilterFields,
  personSortKeys,
  selectPeople,
  selectRegions,
  selectUnits,
  toPerson,
  toRegion,
  toUnit,
  unitSortKeys,
} from './unit.read.js';

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

  const byKey = columnLoader(
    () => selectUnits(db),
    'u.id',
    toUnit,
    (u) => u.key,
  );
  return {
    byKey,
    /** Units read by another statement (`unitJson`, `unitsJson`) serve `byKey` from then on; the units, in their order. */
    primeUnits: primer(byKey, toUnit),
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

    /** `Unit.people`, filtered and ordered: every unit of the request in one statement, counts in one more. */
    peopleOfUnit: (args: PageArgs, filter: PersonFilter | null | undefined, orderBy: PersonOrder[] | null | undefined) =>
      cache.get('Unit.people', [args, filter, orderBy], () => {
        const people = filtered(() => selectPeople(db), filter, personFilterFields);
        return groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: people,
            keys: personSortKeys(orderBy),
            args,
            map: toPerson,
            group: { column: 'p.unit_id', property: 'unitKey' },
            groupKeys,
            countGroups: async (keys) => {
              const rows: { key: unknown; count: unknown }[] = await people()
                .clearSelect()
                .select({ key: 'p.unit_id' })
                .count({ count: '*' })
                .whereIn('p.unit_id', [...keys])
                .groupBy('p.unit_id');
              return new Map(rows.map((r) => [String(r.key), Number(r.count)]));
            },
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
