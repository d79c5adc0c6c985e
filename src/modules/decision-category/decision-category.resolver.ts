import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ConnectionArgs, paginate, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { categorySortKeys, selectCategories, toCategory } from './decision-category.loaders.js';
import { DecisionCategoryConnection, DecisionCategoryType } from './decision-category.types.js';

registerNodeType('DecisionCategory', { load: (ctx, key) => ctx.loaders.decisionCategory.byKey.load(key) });

@Resolver(() => DecisionCategoryType)
export class DecisionCategoryResolver {
  @Query(() => DecisionCategoryConnection, { description: 'The categories of major matters, in official order.' })
  decisionCategories(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<DecisionCategoryType>> {
    return paginate({ db: ctx.db, query: () => selectCategories(ctx.db), keys: categorySortKeys, args: page, map: toCategory });
  }

  @Query(() => DecisionCategoryType, { nullable: true, description: 'The category with this code, or null.' })
  decisionCategory(
    @Arg('code', () => String, { description: 'Category code.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<DecisionCategoryType | null> {
    return ctx.loaders.decisionCategory.byCode.load(code);
  }
}
