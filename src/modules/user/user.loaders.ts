import type { Knex } from '@mikro-orm/postgresql';
import { rowLoader } from '../../shared/db/loader.js';
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
    byKey: rowLoader<UserType>(
      async (keys) => ((await selectUsers(db).whereIn('a.id', [...keys])) as Record<string, unknown>[]).map(toUser),
      (u) => u.key,
    ),
    byUsername: rowLoader<UserType>(
      async (names) => ((await selectUsers(db).whereIn('a.username', [...names])) as Record<string, unknown>[]).map(toUser),
      (u) => u.username,
    ),
  };
}
