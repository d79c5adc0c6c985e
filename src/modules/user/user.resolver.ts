import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { canSeeUser } from './user.access.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { loadRequired } from '../../shared/db/loader.js';
import { UnitType } from '../unit/unit.types.js';
import { UserType } from './user.types.js';

registerNodeType('User', {
  load: (ctx, key) => ctx.loaders.user.byKey.load(key),
  visible: (ctx, node) => canSeeUser(ctx.viewer, node.key),
});

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { description: 'The signed-in user.' })
  viewer(@Ctx() ctx: Context): Promise<UserType> {
    return loadRequired(ctx.loaders.user.byKey, ctx.viewer.key, 'user');
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the user works for.' })
  unit(@Root() user: UserType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return user.unitKey ? ctx.loaders.unit.byKey.load(user.unitKey) : null;
  }
}
