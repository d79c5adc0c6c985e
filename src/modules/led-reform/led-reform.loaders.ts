import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader } from '../../shared/db/loader.js';
import { selectLedReforms, toLedReform } from './led-reform.read.js';

export function ledReformLoaders(db: Knex) {
  return {
    byKey: columnLoader(
      () => selectLedReforms(db),
      'lr.id',
      toLedReform,
      (r) => r.key,
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    ledReform: ReturnType<typeof ledReformLoaders>;
  }
}
