import type { Knex } from '@mikro-orm/postgresql';
import type { Role } from '../../shared/auth/role.js';
import type { Context, Grant } from '../../shared/context.js';
import { withTimestamps } from '../../shared/db/values.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered, textInAny, type EnumComparatorShape, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { UserOrderField, type UserFilter, type UserOrder } from './user.inputs.js';
import { UserType } from './user.types.js';

// Users are read as plain rows, their grants in the same statement (the viewer costs one query).

export const selectUsers = (db: Knex) =>
  db('app_user as a').select({
    key: 'a.id',
    username: 'a.username',
    displayName: 'a.display_name',
    unitKey: 'a.unit_id',
    personKey: 'a.person_id',
    active: 'a.active',
    language: 'a.language',
    createdAt: 'a.created_at',
    grants: db.raw(
      `coalesce((select json_agg(json_build_object('role', g.role, 'unitKey', g.unit_id::text) order by g.role, g.unit_id) from role_grant g where g.user_id = a.id), '[]'::json)`,
    ),
  });

export function toUser(row: Record<string, unknown>): UserType {
  const user = withTimestamps(nodeRow(UserType, 'User', row as unknown as UserType), 'createdAt');
  user.roles = [...new Set((row.grants as Grant[]).map((g) => g.role))];
  return user;
}

const roleHeld = (db: Knex, roles: Role[]) => (q: Knex.QueryBuilder) =>
  void q.whereExists(db('role_grant as rg').select(db.raw('1')).whereRaw('rg.user_id = a.id').whereIn('rg.role', roles));

const userFilterFields = (db: Knex): Record<string, FilterField> => ({
  text: textInAny(['a.username', 'a.display_name']),
  unit: { column: 'a.unit_id', kind: 'id', typename: 'Unit' },
  active: { column: 'a.active', kind: 'boolean' },
  role: {
    kind: 'custom',
    apply: (qb, value) => {
      const c = value as EnumComparatorShape<Role>;
      if (c.eq != null) void qb.where(roleHeld(db, [c.eq]));
      if (c.in != null) void qb.where(roleHeld(db, c.in));
      if (c.neq != null) void qb.whereNot(roleHeld(db, [c.neq]));
      if (c.nin != null && c.nin.length > 0) void qb.whereNot(roleHeld(db, c.nin));
    },
  },
});

const userOrderColumns: Record<UserOrderField, Omit<SortKey, 'direction'>> = {
  [UserOrderField.LOGIN]: { column: 'a.username', property: 'username' },
  [UserOrderField.DISPLAY_NAME]: { column: 'a.display_name', property: 'displayName' },
  [UserOrderField.CREATED_AT]: { column: 'a.created_at', property: 'createdAt', type: 'timestamp' },
};

/** Users, filtered and ordered (by login unless asked otherwise). */
export function listUsers(ctx: Context, page: PageArgs, filter?: UserFilter | null, orderBy?: UserOrder[] | null): Promise<Page<UserType>> {
  const terms = orderBy?.length ? orderBy : [{ field: UserOrderField.LOGIN, direction: 'ASC' }];
  return paginate({
    db: ctx.db,
    query: filtered(() => selectUsers(ctx.db), filter, userFilterFields(ctx.db)),
    keys: orderKeys(userOrderColumns, terms, 'a.id'),
    args: page,
    map: toUser,
  });
}
