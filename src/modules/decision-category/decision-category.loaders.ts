import type { Knex } from '@mikro-orm/postgresql';
import { rowLoader } from '../../shared/db/loader.js';
import { withTiebreaker } from '../../shared/graphql/connection.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { DecisionCategoryType } from './decision-category.types.js';

export const selectCategories = (db: Knex) =>
  db('decision_category as c').select({ key: 'c.id', code: 'c.code', ordinal: 'c.ordinal', name: 'c.name', description: 'c.description' });

export const toCategory = (row: Record<string, unknown>) =>
  nodeRow(DecisionCategoryType, 'DecisionCategory', row as unknown as DecisionCategoryType);

export const categorySortKeys = withTiebreaker([{ column: 'c.ordinal', property: 'ordinal', direction: 'asc' }], 'c.id');

export function decisionCategoryLoaders(db: Knex) {
  return {
    byKey: rowLoader<DecisionCategoryType>(
      async (keys) => ((await selectCategories(db).whereIn('c.id', [...keys])) as Record<string, unknown>[]).map(toCategory),
      (c) => c.key,
    ),
    byCode: rowLoader<DecisionCategoryType>(
      async (codes) => ((await selectCategories(db).whereIn('c.code', [...codes])) as Record<string, unknown>[]).map(toCategory),
      (c) => c.code,
    ),
  };
}
