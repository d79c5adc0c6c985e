import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { canSeeAccount } from './user.access.js';
import { Role } from '../../shared/auth/role.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { loadRequired } from '../../shared/db/loader.js';
import { UnitType } from '../unit/index.js';
import { UserType } from './user.types.js';

registerNodeType('User', { load: (ctx, key) => ctx.loaders.user.byKey.load(key) });

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { description: 'The signed-in user.' })
  viewer(@Ctx() ctx: Context): Promise<UserType> {
    return loadRequired(ctx.loaders.user.byKey, ctx.viewer.key, 'user');
  }

  @FieldResolver(() => [Role], { nullable: true, description: 'What the user may do; null to anyone but themselves and admins.' })
  roles(@Root() user: UserType, @Ctx() ctx: Context): Role[] | null {
    return canSeeAccount(ctx.viewer, user.key) ? user.roles : null;
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the user works for.' })
  unit(@Root() user: UserType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return user.unitKey ? ctx.loaders.unit.byKey.load(user.unitKey) : null;
  }
}
