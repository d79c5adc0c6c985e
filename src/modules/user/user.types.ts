import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Role } from '../../shared/auth/role.js';
import type { Grant } from '../../shared/context.js';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import type { Language } from '../../shared/i18n/language.js';

@ObjectType('User', {
  implements: Node,
  description:
    'Someone who signs in. Name, unit, person and whether the account is active are visible to every signed-in user; roles, grants and language only to themselves and to admins.',
})
export class UserType extends Node {
  @Field(() => String, { name: 'login', description: 'Login name; the `sub` claim of their tokens.' })
  username!: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName!: string;

  @Field(() => Boolean, { description: 'Whether the account may sign in; a deactivated user’s tokens are refused.' })
  active!: boolean;

  @Field(() => DateTimeResolver, { description: 'When the account was created.' })
  createdAt!: Date;

  grants!: Grant[];
  roles!: Role[];
  unitKey!: string | null;
  personKey!: string | null;
  language!: Language | null;
}

@ObjectType('RoleGrant', { description: 'A role a user holds: for one unit where the role is unit-bound, province-wide otherwise.' })
export class RoleGrantType {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  unitKey!: string | null;
}

export const UserConnection = ConnectionType(UserType, 'User');
