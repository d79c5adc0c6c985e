import { defineModule } from '../../shared/module.js';
import { seedUsers } from './user.seed.js';
import { RoleGrant } from './role-grant.entity.js';
import { User } from './user.entity.js';
import { userErrorDescriptions } from './user.errors.js';
import { userLoaders } from './user.loaders.js';
import { RoleGrantResolver, UserResolver } from './user.resolver.js';

/** Those who sign in, their unit, the person they are, and the roles they hold (per unit where the role is unit-bound). */
export const userModule = defineModule({
  name: 'user',
  entities: [User, RoleGrant],
  resolvers: [UserResolver, RoleGrantResolver],
  loaders: userLoaders,
  errorCodes: userErrorDescriptions,
  seed: seedUsers,
});

export { RoleGrant, User };
export { UserType } from './user.types.js';
export { userMessages } from './user.messages.js';
export { users as demoUsers } from './user.seed.js';
