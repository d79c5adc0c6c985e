import { defineModule } from '../../shared/module.js';
import { seedUsers } from './user.seed.js';
import { User } from './user.entity.js';
import { userLoaders } from './user.loaders.js';
import { UserResolver } from './user.resolver.js';

/** Those who sign in, their unit and their roles. */
export const userModule = defineModule({
  name: 'user',
  entities: [User],
  resolvers: [UserResolver],
  loaders: userLoaders,
  seed: seedUsers,
});

export { User };
export { UserType } from './user.types.js';
export { users as demoUsers } from './user.seed.js';
