import type { Knex } from '@mikro-orm/postgresql';
import { jsonRow } from '../../shared/db/joined.js';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { DecisionCategoryType } from './decision-category.types.js';

export const selectCategories = (db: Knex) =>
  db('decision_category as c').select({ key: 'c.id', code: 'c.code', ordinal: 'c.ordinal', name: 'c.name', description: 'c.description' });

/** The category `keyColumn` points at, read in the statement that holds the column (for `primeCategories`). */
export const categoryJson = (db: Knex, keyColumn: string) => jsonRow(db, selectCategories(db).whereRaw('c.id = ??', [keyColumn]));

export const toCategory = (row: Record<string, unknown>) =>
  nodeRow(DecisionCategoryType, 'DecisionCategory', row as unknown as DecisionCategoryType);

const categorySortKeys = withTiebreaker([{ column: 'c.ordinal', property: 'ordinal', direction: 'asc', type: 'integer' }], 'c.id');

/** The categories in official order; readable by every authenticated user. */
export function listCategories(ctx: Context, page: PageArgs): Promise<Page<DecisionCategoryType>> {
  return paginate({ db: ctx.db, query: () => selectCategories(ctx.db), keys: categorySortKeys, args: page, map: toCategory });
}
