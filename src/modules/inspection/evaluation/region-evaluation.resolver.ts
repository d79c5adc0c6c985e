import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { ConnectionArgs, MAX_PAGE_SIZE, type Page } from '../../../shared/graphql/connection.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { Expensive } from '../../../shared/limits/expensive.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { RegionType } from '../../unit/index.js';
import { recomputeRegionEvaluations, setDailyPerformanceScore } from './evaluation.service.js';
import { RecomputeRegionEvaluationsInput, SetDailyPerformanceScoreInput } from './evaluation.inputs.js';
import { listRanking } from './evaluation.read.js';
import { RegionEvaluationConnection, RegionEvaluationType } from './evaluation.types.js';

registerNodeType('RegionEvaluation', { load: (ctx, key) => ctx.loaders.inspection.evaluationByKey.load(key) });

@ObjectType('RegionEvaluationsResult')
class RegionEvaluationsResult extends MutationResult {
  @Cost({ bound: 30 })
  @Field(() => [RegionEvaluationType], { nullable: true, description: 'Every region’s evaluation for the year as it now is, best first.' })
  regionEvaluations?: RegionEvaluationType[] | null;
}

const SetDailyPerformanceScorePayload = payloadOf('setDailyPerformanceScore', RegionEvaluationsResult);
const RecomputeRegionEvaluationsPayload = payloadOf('recomputeRegionEvaluations', RegionEvaluationsResult);

/** A year's evaluations, one per region (a bounded list), as the mutations on them answer. */
const yearPayload = (ctx: Context) => async (year: number) => ({
  regionEvaluations: (await listRanking(ctx, { first: MAX_PAGE_SIZE }, year)).nodes,
});

@Resolver(() => RegionEvaluationType)
export class RegionEvaluationResolver {
  @Query(() => RegionEvaluationConnection, {
    nullable: true,
    description: 'The regions’ evaluations for a year, best first (as last computed: `recomputeRegionEvaluations` brings them up to date).',
  })
  @Cost({ weight: 50 })
  @UseMiddleware(Expensive)
  regionRanking(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<RegionEvaluationType>> {
    return listRanking(ctx, page, year);
  }

  @Mutation(() => SetDailyPerformanceScorePayload, {
    description: 'Enters a region’s daily-performance score for a year and recomputes the year’s evaluations. Commission staff.',
  })
  @UseMiddleware(Expensive)
  setDailyPerformanceScore(
    @Arg('input', () => SetDailyPerformanceScoreInput, { description: 'The score.' }) input: SetDailyPerformanceScoreInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<RegionEvaluationsResult>> {
    const fields = {
      regionKey: keyOf(input.regionId, 'Region', 'input.regionId'),
      year: input.year,
      score: input.score,
      notes: input.notes,
    };
    return mutation(() => setDailyPerformanceScore(ctx, fields), yearPayload(ctx));
  }

  @Mutation(() => RecomputeRegionEvaluationsPayload, {
    description: 'Recomputes every region’s evaluation for the year from the round’s checks, findings and notices. Commission staff.',
  })
  // Recomputes and writes every region’s evaluation for the year.
  @Cost({ weight: 2_000 })
  @UseMiddleware(Expensive)
  recomputeRegionEvaluations(
    @Arg('input', () => RecomputeRegionEvaluationsInput, { description: 'The year.' }) input: RecomputeRegionEvaluationsInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<RegionEvaluationsResult>> {
    return mutation(() => recomputeRegionEvaluations(ctx, input.year), yearPayload(ctx));
  }

  @FieldResolver(() => RegionType, { description: 'The region.' })
  region(@Root() evaluation: RegionEvaluationType, @Ctx() ctx: Context): Loaded<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, evaluation.regionKey, 'region');
  }
}
