import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, countBy, groupLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { fileSortKeys, selectFiles, toFile } from './evidence.read.js';

export function evidenceLoaders(db: Knex, cache: LoaderCache) {
  return {
    fileByKey: columnLoader(
      () => selectFiles(db),
      'f.id',
      toFile,
      (f) => f.key,
    ),
    /** The files attached to objects of one type, a page per object, every object of the request in one statement. */
    filesOf: (typename: string, args: PageArgs) =>
      cache.get(`evidence:${typename}`, args, () =>
        groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () => selectFiles(db).where('f.attached_type', typename),
            keys: fileSortKeys,
            args,
            map: toFile,
            group: { column: 'f.attached_key', property: 'attachedKey', type: 'text' },
            groupKeys,
            countGroups: (keys) => countBy(db, 'evidence_file', 'attached_key', keys, (qb) => void qb.where('attached_type', typename)),
          }),
        ),
      ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    evidence: ReturnType<typeof evidenceLoaders>;
  }
}
