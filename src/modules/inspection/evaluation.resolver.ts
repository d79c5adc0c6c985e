import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, MAX_PAGE_SIZE, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { RegionType } from '../unit/index.js';
import { recomputeRegionEvaluations, setDailyPerformanceScore, updateEvaluationWeights } from './evaluation.service.js';
import { RecomputeRegionEvaluationsInput, SetDailyPerformanceScoreInput, UpdateEvaluationWeightsInput } from './inspection.inputs.js';
import { listRanking, readWeights } from './inspection.read.js';
import { EvaluationWeightsType, RegionEvaluationConnection, RegionEvaluationType } from './inspection.types.js';

registerNodeType('RegionEvaluation', { load: (ctx, key) => ctx.loaders.inspection.evaluationByKey.load(key) });

@ObjectType({ description: 'Result of a mutation on a year’s evaluations.' })
class RegionEvaluationsPayload {
  @Field(() => [RegionEvaluationType], { nullable: true, description: 'Every region’s evaluation for the year as it now is, best first.' })
  regionEvaluations?: RegionEvaluationType[] | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `updateEvaluationWeights`.' })
class EvaluationWeightsPayload {
  @Field(() => EvaluationWeightsType, { nullable: true, description: 'The weights as they now are.' })
  evaluationWeights?: EvaluationWeightsType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

/** A year's evaluations, one per region: a bounded list. */
async function yearOf(ctx: Context, year: number): Promise<RegionEvaluationType[]> {
  return (await listRanking(ctx, { first: MAX_PAGE_SIZE }, year)).nodes;
}

@Resolver(() => RegionEvaluationType)
export class RegionEvaluationResolver {
  @Query(() => RegionEvaluationConnection, {
    description: 'The regions’ evaluations for a year, best first (as last computed: `recomputeRegionEvaluations` brings them up to date).',
  })
  regionRanking(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<RegionEvaluationType>> {
    return listRanking(ctx, page, year);
  }

  @Query(() => EvaluationWeightsType, { description: 'How evaluations are weighed.' })
  evaluationWeights(@Ctx() ctx: Context): Promise<EvaluationWeightsType> {
    return readWeights(ctx.db);
  }

  @Mutation(() => RegionEvaluationsPayload, {
    description: 'Enters a region’s daily-performance score for a year and recomputes the year’s evaluations. Commission staff.',
  })
  setDailyPerformanceScore(
    @Arg('input', () => SetDailyPerformanceScoreInput, { description: 'The score.' }) input: SetDailyPerformanceScoreInput,
    @Ctx() ctx: Context,
  ): Promise<RegionEvaluationsPayload> {
    const fields = {
      regionKey: keyOf(input.regionId, 'Region', 'input.regionId'),
      year: input.year,
      score: input.score,
      notes: input.notes,
    };
    return withUserErrors(async () => ({ regionEvaluations: await yearOf(ctx, await setDailyPerformanceScore(ctx, fields)) }));
  }

  @Mutation(() => RegionEvaluationsPayload, {
    description: 'Recomputes every region’s evaluation for the year from the round’s checks, findings and notices. Commission staff.',
  })
  recomputeRegionEvaluations(
    @Arg('input', () => RecomputeRegionEvaluationsInput, { description: 'The year.' }) input: RecomputeRegionEvaluationsInput,
    @Ctx() ctx: Context,
  ): Promise<RegionEvaluationsPayload> {
    return withUserErrors(async () => ({ regionEvaluations: await yearOf(ctx, await recomputeRegionEvaluations(ctx, input.year)) }));
  }

  @Mutation(() => EvaluationWeightsPayload, {
    description: 'Replaces the evaluation weights; evaluations change when next computed. Commission staff and admins.',
  })
  updateEvaluationWeights(
    @Arg('input', () => UpdateEvaluationWeightsInput, { description: 'The weights.' }) input: UpdateEvaluationWeightsInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationWeightsPayload> {
    return withUserErrors(async () => {
      await updateEvaluationWeights(ctx, input);
      return { evaluationWeights: await readWeights(ctx.db) };
    });
  }

  @FieldResolver(() => RegionType, { description: 'The region.' })
  region(@Root() evaluation: RegionEvaluationType, @Ctx() ctx: Context): Promise<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, evaluation.regionKey, 'region');
  }
}
