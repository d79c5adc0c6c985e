import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import type { Page, PageArgs } from '../../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../../shared/graphql/cursor.js';
import { filtered, type FilterField } from '../../../shared/graphql/filter.js';
import { nodeRow } from '../../../shared/graphql/node.js';
import { paginate } from '../../../shared/graphql/paginate.js';
import { withTimestamps } from '../../../shared/db/values.js';
import { InspectionRoundOrderField, type InspectionRoundFilter, type InspectionRoundOrder } from './rounds.inputs.js';
import { GroupMemberType, InspectionGroupType, InspectionRoundType } from './rounds.types.js';

// Reads select plain rows shaped like the GraphQL types; every signed-in user may read inspections.

type Row = Record<string, unknown>;

export const selectRounds = (db: Knex) =>
  db('inspection_round as ir').select({
    key: 'ir.id',
    year: 'ir.year',
    title: 'ir.title',
    status: 'ir.status',
    rotationAssignedAt: 'ir.rotation_assigned_at',
    startedOn: 'ir.started_on',
    closedOn: 'ir.closed_on',
  });

export const toRound = (row: Row) =>
  withTimestamps(nodeRow(InspectionRoundType, 'InspectionRound', row as unknown as InspectionRoundType), 'rotationAssignedAt');

const roundFields: Record<string, FilterField> = { status: { column: 'ir.status', kind: 'enum' } };

const roundOrderColumns: Record<InspectionRoundOrderField, Omit<SortKey, 'direction'>> = {
  [InspectionRoundOrderField.YEAR]: { column: 'ir.year', property: 'year', type: 'integer' },
};

/** Newest year first unless `orderBy` says otherwise. */
export function listRounds(
  ctx: Context,
  page: PageArgs,
  filter?: InspectionRoundFilter | null,
  orderBy?: InspectionRoundOrder[] | null,
): Promise<Page<InspectionRoundType>> {
  const terms = orderBy?.length ? orderBy : [{ field: InspectionRoundOrderField.YEAR, direction: 'DESC' }];
  return paginate({
    db: ctx.db,
    query: filtered(() => selectRounds(ctx.db), filter, roundFields),
    keys: orderKeys(roundOrderColumns, terms, 'ir.id'),
    args: page,
    map: toRound,
  });
}

export const selectGroups = (db: Knex) =>
  db('inspection_group as g').select({
    key: 'g.id',
    ordinal: 'g.ordinal',
    name: 'g.name',
    roundKey: 'g.round_id',
    leaderKey: 'g.leader_id',
    leaderHomeRegionKey: 'g.leader_home_region_id',
    homeRegionKey: 'g.home_region_id',
    assignedRegionKey: 'g.assigned_region_id',
  });

export const toGroup = (row: Row) => nodeRow(InspectionGroupType, 'InspectionGroup', row as unknown as InspectionGroupType);
export const groupSortKeys = withTiebreaker([{ column: 'g.ordinal', property: 'ordinal', direction: 'asc', type: 'integer' }], 'g.id');

export const selectMembers = (db: Knex) =>
  db('inspection_group_member as m').select({
    key: 'm.id',
    addedAt: 'm.added_at',
    personKey: 'm.person_id',
    homeRegionKey: 'm.home_region_id',
    groupKey: 'm.group_id',
  });

export const toMember = (row: Row) => withTimestamps(nodeRow(GroupMemberType, 'GroupMember', row as unknown as GroupMemberType), 'addedAt');
