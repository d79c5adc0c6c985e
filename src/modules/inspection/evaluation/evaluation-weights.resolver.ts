import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { updateEvaluationWeights } from './evaluation.service.js';
import { UpdateEvaluationWeightsInput } from './evaluation.inputs.js';
import { readWeights } from './evaluation.read.js';
import { EvaluationWeightsType } from './evaluation.types.js';

@ObjectType('EvaluationWeightsResult')
class EvaluationWeightsResult extends MutationResult {
  @Field(() => EvaluationWeightsType, { nullable: true, description: 'The weights as they now are.' })
  evaluationWeights?: EvaluationWeightsType | null;
}

const UpdateEvaluationWeightsPayload = payloadOf('updateEvaluationWeights', EvaluationWeightsResult);

@Resolver(() => EvaluationWeightsType)
export class EvaluationWeightsResolver {
  @Query(() => EvaluationWeightsType, { description: 'How evaluations are weighed.' })
  evaluationWeights(@Ctx() ctx: Context): Promise<EvaluationWeightsType> {
    return readWeights(ctx.db);
  }

  @Mutation(() => UpdateEvaluationWeightsPayload, {
    description: 'Replaces the evaluation weights; evaluations change when next computed. Commission staff and admins.',
  })
  updateEvaluationWeights(
    @Arg('input', () => UpdateEvaluationWeightsInput, { description: 'The weights.' }) input: UpdateEvaluationWeightsInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<EvaluationWeightsResult>> {
    return mutation(
      () => updateEvaluationWeights(ctx, input),
      async () => ({ evaluationWeights: await readWeights(ctx.db) }),
    );
  }
}
