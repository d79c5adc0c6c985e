import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered, textInAny, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { badUserInput } from '../../shared/graphql/errors.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { withTimestamps } from '../../shared/db/values.js';
import { LedReformOrderField, type LedReformFilter, type LedReformOrder } from './led-reform.filter.js';
import { LedReformType } from './led-reform.types.js';

export const selectLedReforms = (db: Knex) =>
  db('led_reform as lr').select({
    key: 'lr.id',
    theme: 'lr.theme',
    year: 'lr.year',
    status: 'lr.status',
    completedAt: 'lr.completed_at',
    updatedAt: 'lr.updated_at',
    leaderKey: 'lr.leader_id',
    unitKey: 'lr.unit_id',
  });

export const toLedReform = (row: Record<string, unknown>) =>
  withTimestamps(nodeRow(LedReformType, 'LedReform', row as unknown as LedReformType), 'completedAt', 'updatedAt');

const fields: Record<string, FilterField> = {
  year: {
    kind: 'custom',
    apply: (qb, value, path) => {
      const year = Number(value);
      if (year < 1900 || year > 2100) throw badUserInput(platformMessages.year(path, 1900, 2100, year), path);
      void qb.where('lr.year', year);
    },
  },
  unit: { column: 'lr.unit_id', kind: 'id', typename: 'Unit' },
  leader: { column: 'lr.leader_id', kind: 'id', typename: 'Person' },
  status: { column: 'lr.status', kind: 'enum' },
  text: textInAny(['lr.theme']),
};

const orderColumns: Record<LedReformOrderField, Omit<SortKey, 'direction'>> = {
  [LedReformOrderField.YEAR]: { column: 'lr.year', property: 'year', type: 'integer' },
  [LedReformOrderField.THEME]: { column: 'lr.theme', property: 'theme' },
  [LedReformOrderField.UPDATED_AT]: { column: 'lr.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Sort keys for an `orderBy` (default: newest year first), always ending with the id tiebreaker. */
function sortKeys(orderBy: LedReformOrder[] | null | undefined): SortKey[] {
  return orderKeys(orderColumns, orderBy?.length ? orderBy : [{ field: LedReformOrderField.YEAR, direction: 'DESC' }], 'lr.id');
}

export function listLedReforms(
  ctx: Context,
  page: PageArgs,
  filter?: LedReformFilter | null,
  orderBy?: LedReformOrder[] | null,
): Promise<Page<LedReformType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectLedReforms(ctx.db), filter, fields),
    keys: sortKeys(orderBy),
    args: page,
    map: toLedReform,
  });
}
