import { defineModule } from '../../shared/module.js';
import { seedUsers } from './user.seed.js';
import { RoleGrant } from './role-grant.entity.js';
import { User } from './user.entity.js';
import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import type { AccountErrorCode } from './user.errors.js';
import { userCodes, userMessages } from './user.messages.js';
import { userLoaders } from './user.loaders.js';
import { RoleGrantResolver, UserResolver } from './user.resolver.js';

/** Those who sign in, their unit, the person they are, and the roles they hold (per unit where the role is unit-bound). */
export const userModule = defineModule({
  name: 'user',
  entities: [User, RoleGrant],
  resolvers: [UserResolver, RoleGrantResolver],
  loaders: userLoaders,
  errorCodes: userCodes satisfies ErrorCodeDescriptions<AccountErrorCode>,
  messages: userMessages,
  seed: seedUsers,
});

export { RoleGrant, User };
export { UserType } from './user.types.js';
export { userMessages } from './user.messages.js';
export { users as demoUsers } from './user.seed.js';
