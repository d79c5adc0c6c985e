import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { load, loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../../shared/graphql/connection.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { nodeFields } from '../../../shared/graphql/look-ahead.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { ReformTaskType } from '../../reform-ledger/index.js';
import { RegionType, UnitType } from '../../unit/index.js';
import { UserType } from '../../user/index.js';
import { RectificationNoticeType } from '../notices/notices.types.js';
import { InspectionGroupType, InspectionRoundType } from '../rounds/rounds.types.js';
import { recordFinding } from './finding.service.js';
import { FindingFilter, FindingOrder, RecordFindingInput } from './visits.inputs.js';
import { listFindings } from './visits.read.js';
import { FindingConnection, FindingType, InspectionVisitType } from './visits.types.js';

registerNodeType('InspectionFinding', { load: (ctx, key) => ctx.loaders.inspection.findingByKey.load(key) });

@ObjectType('InspectionFindingResult')
class FindingResult extends MutationResult {
  @Field(() => FindingType, { nullable: true, description: 'The finding; null when `userErrors` is not empty.' })
  finding?: FindingType | null;
}

const RecordFindingPayload = payloadOf('recordFinding', FindingResult);

@Resolver(() => FindingType)
export class FindingResolver {
  @Query(() => FindingConnection, {
    nullable: true,
    description: 'Findings of the inspections, most recently found first unless `orderBy` says otherwise.',
  })
  findings(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'Which findings.' }) filter?: FindingFilter | null,
    @Arg('orderBy', () => [FindingOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: FindingOrder[] | null,
  ): Promise<Page<FindingType>> {
    const fields = nodeFields(info);
    return listFindings(ctx, page, { unit: fields.has('unit'), notice: fields.has('notice') }, filter, orderBy);
  }

  @Mutation(() => RecordFindingPayload, {
    description:
      'Records a problem a visit found, on a reform task, with the responsible unit (one of the region’s), while the round is ACTIVE. Inspectors and commission staff.',
  })
  recordFinding(
    @Arg('input', () => RecordFindingInput, { description: 'The finding.' }) input: RecordFindingInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<FindingResult>> {
    const fields = {
      visitKey: keyOf(input.visitId, 'InspectionVisit', 'input.visitId'),
      taskKey: keyOf(input.taskId, 'ReformTask', 'input.taskId'),
      unitKey: keyOf(input.unitId, 'Unit', 'input.unitId'),
      description: input.description,
      severity: input.severity,
    };
    return mutation(
      () => recordFinding(ctx, fields),
      async (key) => ({ finding: await ctx.loaders.inspection.findingByKey.load(key) }),
    );
  }

  @FieldResolver(() => InspectionVisitType, { description: 'The visit that found it.' })
  visit(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<InspectionVisitType> {
    return loadRequired(ctx.loaders.inspection.visitByKey, finding.visitKey, 'visit');
  }

  @FieldResolver(() => InspectionGroupType, { description: 'The group that found it.' })
  group(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, finding.groupKey, 'group');
  }

  @FieldResolver(() => InspectionRoundType, { description: 'The round.' })
  round(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<InspectionRoundType> {
    return loadRequired(ctx.loaders.inspection.roundByKey, finding.roundKey, 'round');
  }

  @FieldResolver(() => RegionType, { description: 'The region where it was found.' })
  region(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, finding.regionKey, 'region');
  }

  @FieldResolver(() => ReformTaskType, { description: 'The reform task concerned.' })
  task(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, finding.taskKey, 'task');
  }

  @FieldResolver(() => UnitType, { description: 'The unit responsible.' })
  unit(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, finding.unitKey, 'unit');
  }

  @FieldResolver(() => RectificationNoticeType, { nullable: true, description: 'Its rectification notice; null until issued.' })
  notice(@Root() finding: FindingType, @Ctx() ctx: Context): Loaded<RectificationNoticeType | null> {
    return finding.noticeKey ? load(ctx.loaders.inspection.noticeByKey, finding.noticeKey) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who recorded it.' })
  recordedBy(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<UserType | null> {
    return finding.recordedByKey ? ctx.loaders.user.byKey.load(finding.recordedByKey) : Promise.resolve(null);
  }
}
