import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader } from '../../shared/db/loader.js';
import { primer } from '../../shared/db/joined.js';
import { selectCategories, toCategory } from './decision-category.read.js';

export function decisionCategoryLoaders(db: Knex) {
  const byKey = columnLoader(
    () => selectCategories(db),
    'c.id',
    toCategory,
    (c) => c.key,
  );
  return {
    byKey,
    /** Categories read by another statement (`categoryJson`) serve `byKey` from then on. */
    primeCategories: primer(byKey, toCategory),
    byCode: columnLoader(
      () => selectCategories(db),
      'c.code',
      toCategory,
      (c) => c.code,
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    decisionCategory: ReturnType<typeof decisionCategoryLoaders>;
  }
}
