import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, listLoader } from '../../shared/db/loader.js';
import { selectCases, selectVisits, toCase, toVisit } from './reform-case.read.js';

export function reformCaseLoaders(db: Knex) {
  return {
    byKey: columnLoader(
      () => selectCases(db),
      'c.id',
      toCase,
      (c) => c.key,
    ),
    visitByKey: columnLoader(
      () => selectVisits(db),
      'v.id',
      toVisit,
      (v) => v.key,
    ),
    /** Every case's visits, oldest first, in one statement. */
    visitsOf: listLoader(async (caseKeys) =>
      (
        (await selectVisits(db)
          .whereIn('v.reform_case_id', [...caseKeys])
          .orderBy(['v.reform_case_id', 'v.visited_on', 'v.id'])) as Record<string, unknown>[]
      ).map((row) => ({ groupKey: String(row.caseKey), item: toVisit(row) })),
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    reformCase: ReturnType<typeof reformCaseLoaders>;
  }
}
