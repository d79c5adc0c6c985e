import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader } from '../../shared/db/loader.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { UserType } from './user.types.js';

const selectUsers = (db: Knex) =>
  db('app_user as a').select({
    key: 'a.id',
    username: 'a.username',
    displayName: 'a.display_name',
    roles: 'a.roles',
    unitKey: 'a.unit_id',
    active: 'a.active',
  });

const toUser = (row: Record<string, unknown>) => nodeRow(UserType, 'User', row as unknown as UserType);

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
