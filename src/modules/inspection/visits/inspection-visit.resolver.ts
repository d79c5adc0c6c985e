import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { RegionType, UnitType } from '../../unit/index.js';
import { UserType } from '../../user/index.js';
import { InspectionGroupType, InspectionRoundType } from '../rounds/rounds.types.js';
import { recordInspectionVisit } from './visit.service.js';
import { RecordInspectionVisitInput } from './visits.inputs.js';
import { FindingType, InspectionVisitType, TaskCheckType } from './visits.types.js';

registerNodeType('InspectionVisit', { load: (ctx, key) => ctx.loaders.inspection.visitByKey.load(key) });

@ObjectType('InspectionVisitResult')
class InspectionVisitResult extends MutationResult {
  @Field(() => InspectionVisitType, { nullable: true, description: 'The visit; null when `userErrors` is not empty.' })
  inspectionVisit?: InspectionVisitType | null;
}

const RecordInspectionVisitPayload = payloadOf('recordInspectionVisit', InspectionVisitResult);

@Resolver(() => InspectionVisitType)
export class InspectionVisitResolver {
  @Mutation(() => RecordInspectionVisitPayload, {
    description:
      'Records a visit of a group to its assigned region (NOT_ASSIGNED_REGION otherwise) while the round is ACTIVE, with the tasks checked; a return visit needs an earlier visit to the region (NO_EARLIER_VISIT). Inspectors and commission staff.',
  })
  recordInspectionVisit(
    @Arg('input', () => RecordInspectionVisitInput, { description: 'The visit.' }) input: RecordInspectionVisitInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionVisitResult>> {
    const fields = {
      groupKey: keyOf(input.groupId, 'InspectionGroup', 'input.groupId'),
      regionKey: keyOf(input.regionId, 'Region', 'input.regionId'),
      visitedOn: input.visitedOn,
      kind: input.kind,
      methods: input.methods,
      unitKeys: input.unitIds.map((id, i) => keyOf(id, 'Unit', `input.unitIds.${i}`)),
      summary: input.summary,
      checks: input.checks.map((c, i) => ({
        taskKey: keyOf(c.taskId, 'ReformTask', `input.checks.${i}.taskId`),
        quantity: c.quantity,
        results: c.results,
        quality: c.quality,
        notes: c.notes,
      })),
    };
    return mutation(
      () => recordInspectionVisit(ctx, fields),
      async (key) => ({ inspectionVisit: await ctx.loaders.inspection.visitByKey.load(key) }),
    );
  }

  @FieldResolver(() => InspectionRoundType, { description: 'The round.' })
  round(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Loaded<InspectionRoundType> {
    return loadRequired(ctx.loaders.inspection.roundByKey, visit.roundKey, 'round');
  }

  @FieldResolver(() => InspectionGroupType, { description: 'The group that visited.' })
  group(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Loaded<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, visit.groupKey, 'group');
  }

  @FieldResolver(() => RegionType, { description: 'The region visited.' })
  region(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Loaded<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, visit.regionKey, 'region');
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [UnitType], { description: 'The units visited.' })
  async unitsVisited(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<UnitType[]> {
    const units = await ctx.loaders.unit.byKey.loadMany(visit.unitKeys);
    return units.filter((u): u is UnitType => u !== null && !(u instanceof Error));
  }

  @Cost({ bound: 50 })
  @FieldResolver(() => [TaskCheckType], { description: 'The reform tasks checked, with their verdicts.' })
  checks(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<TaskCheckType[]> {
    return ctx.loaders.inspection.checksOf.load(visit.key);
  }

  @Cost({ bound: 50 })
  @FieldResolver(() => [FindingType], { description: 'The problems it found, in the order recorded.' })
  findings(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<FindingType[]> {
    return ctx.loaders.inspection.findingsOfVisit.load(visit.key);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who recorded it.' })
  recordedBy(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<UserType | null> {
    return visit.recordedByKey ? ctx.loaders.user.byKey.load(visit.recordedByKey) : Promise.resolve(null);
  }
}
