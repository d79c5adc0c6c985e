import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { UpdateDecisionCategoryInput } from './decision-category.inputs.js';
import { updateDecisionCategory } from './decision-category.service.js';
import { listCategories } from './decision-category.read.js';
import { DecisionCategoryConnection, DecisionCategoryType } from './decision-category.types.js';

registerNodeType('DecisionCategory', { load: (ctx, key) => ctx.loaders.decisionCategory.byKey.load(key) });

@ObjectType('DecisionCategoryResult')
class DecisionCategoryResult extends MutationResult {
  @Field(() => DecisionCategoryType, { nullable: true, description: 'The category as changed; null when `userErrors` is not empty.' })
  decisionCategory?: DecisionCategoryType | null;
}

const UpdateDecisionCategoryPayload = payloadOf('updateDecisionCategory', DecisionCategoryResult);

@Resolver(() => DecisionCategoryType)
export class DecisionCategoryResolver {
  @Query(() => DecisionCategoryConnection, { nullable: true, description: 'The categories of major matters, in official order.' })
  decisionCategories(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<DecisionCategoryType>> {
    return listCategories(ctx, page);
  }

  @Query(() => DecisionCategoryType, { nullable: true, description: 'The category with this code, or null.' })
  decisionCategory(
    @Arg('code', () => String, { description: 'Category code.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<DecisionCategoryType | null> {
    return ctx.loaders.decisionCategory.byCode.load(code);
  }

  @Mutation(() => UpdateDecisionCategoryPayload, { description: 'Changes the wording of a decision category. Admins only.' })
  updateDecisionCategory(
    @Arg('input', () => UpdateDecisionCategoryInput, { description: 'The category and its new wording.' })
    input: UpdateDecisionCategoryInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<DecisionCategoryResult>> {
    const categoryKey = keyOf(input.id, 'DecisionCategory', 'input.id');
    return mutation(
      () => updateDecisionCategory(ctx, categoryKey, input),
      async (key) => ({ decisionCategory: await ctx.loaders.decisionCategory.byKey.load(key) }),
    );
  }
}
