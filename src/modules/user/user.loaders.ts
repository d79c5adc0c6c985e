import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader } from '../../shared/db/loader.js';
import { selectUsers, toUser } from './user.read.js';

export function userLoaders(db: Knex) {
  return {
    byKey: columnLoader(
      () => selectUsers(db),
      'a.id',
      toUser,
      (u) => u.key,
    ),
    byUsername: columnLoader(
      () => selectUsers(db),
      'a.username',
      toUser,
      (u) => u.username,
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    user: ReturnType<typeof userLoaders>;
  }
}
