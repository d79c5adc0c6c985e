import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../shared/auth/role.js';
import { Node } from '../../shared/graphql/node.js';

@ObjectType('User', {
  implements: Node,
  description: 'Someone who signs in. Name and unit are visible to every signed-in user; roles only to themselves and to admins.',
})
export class UserType extends Node {
  @Field(() => String, { name: 'login', description: 'Login name; the `sub` claim of their tokens.' })
  username!: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName!: string;

  roles!: Role[];
  unitKey!: string | null;
  active!: boolean;
}
