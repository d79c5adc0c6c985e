import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { filtered, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { badUserInput } from '../../shared/graphql/errors.js';
import { timestamp } from '../../shared/db/values.js';
import type { LedReformFilter } from './led-reform.inputs.js';
import { LedReformType } from './led-reform.types.js';

export const selectLedReforms = (db: Knex) =>
  db('led_reform as lr').select({
    key: 'lr.id',
    theme: 'lr.theme',
    year: 'lr.year',
    status: 'lr.status',
    completedAt: 'lr.completed_at',
    leaderKey: 'lr.leader_id',
    unitKey: 'lr.unit_id',
  });

export const toLedReform = (row: Record<string, unknown>) =>
  nodeRow(LedReformType, 'LedReform', {
    ...row,
    completedAt: row.completedAt == null ? null : timestamp(row.completedAt),
  } as unknown as LedReformType);

const fields: Record<string, FilterField> = {
  year: {
    kind: 'custom',
    apply: (qb, value, path) => {
      const year = Number(value);
      if (year < 1900 || year > 2100) throw badUserInput(`\`${path}\` must be a year between 1900 and 2100 (got ${year}).`, path);
      void qb.where('lr.year', year);
    },
  },
  unit: { column: 'lr.unit_id', kind: 'id', typename: 'Unit' },
  status: { column: 'lr.status', kind: 'enum' },
};

/** Newest year first. */
const sortKeys = withTiebreaker([{ column: 'lr.year', property: 'year', direction: 'desc', type: 'integer' }], 'lr.id');

export function listLedReforms(ctx: Context, page: PageArgs, filter?: LedReformFilter | null): Promise<Page<LedReformType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectLedReforms(ctx.db), filter, fields),
    keys: sortKeys,
    args: page,
    map: toLedReform,
  });
}
