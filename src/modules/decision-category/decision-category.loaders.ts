import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader } from '../../shared/db/loader.js';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { DecisionCategoryType } from './decision-category.types.js';

export const selectCategories = (db: Knex) =>
  db('decision_category as c').select({ key: 'c.id', code: 'c.code', ordinal: 'c.ordinal', name: 'c.name', description: 'c.description' });

export const toCategory = (row: Record<string, unknown>) =>
  nodeRow(DecisionCategoryType, 'DecisionCategory', row as unknown as DecisionCategoryType);

export const categorySortKeys = withTiebreaker([{ column: 'c.ordinal', property: 'ordinal', direction: 'asc', type: 'integer' }], 'c.id');

export function decisionCategoryLoaders(db: Knex) {
  return {
    byKey: columnLoader(
      () => selectCategories(db),
      'c.id',
      toCategory,
      (c) => c.key,
    ),
    byCode: columnLoader(
      () => selectCategories(db),
      'c.code',
      toCategory,
      (c) => c.code,
    ),
  };
}
