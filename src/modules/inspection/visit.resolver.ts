import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { ReformTaskType } from '../reform-ledger/index.js';
import { RegionType, UnitType } from '../unit/index.js';
import { FindingFilter, FindingOrder, RecordFindingInput, RecordInspectionVisitInput } from './inspection.inputs.js';
import { listFindings } from './inspection.read.js';
import {
  FindingConnection,
  FindingType,
  InspectionGroupType,
  InspectionRoundType,
  InspectionVisitType,
  RectificationNoticeType,
  TaskCheckType,
} from './inspection.types.js';
import { recordFinding, recordInspectionVisit } from './visit.service.js';

registerNodeType('InspectionVisit', { load: (ctx, key) => ctx.loaders.inspection.visitByKey.load(key) });
registerNodeType('InspectionFinding', { load: (ctx, key) => ctx.loaders.inspection.findingByKey.load(key) });

@ObjectType({ description: 'Result of `recordInspectionVisit`.' })
class InspectionVisitPayload {
  @Field(() => InspectionVisitType, { nullable: true, description: 'The visit; null when `userErrors` is not empty.' })
  inspectionVisit?: InspectionVisitType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `recordFinding`.' })
class InspectionFindingPayload {
  @Field(() => FindingType, { nullable: true, description: 'The finding; null when `userErrors` is not empty.' })
  finding?: FindingType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => InspectionVisitType)
export class InspectionVisitResolver {
  @Mutation(() => InspectionVisitPayload, {
    description:
      'Records a visit of a group to its assigned region (NOT_ASSIGNED_REGION otherwise) while the round is ACTIVE, with the tasks checked; a return visit needs an earlier visit to the region (NO_EARLIER_VISIT). Inspectors and commission staff.',
  })
  recordInspectionVisit(
    @Arg('input', () => RecordInspectionVisitInput, { description: 'The visit.' }) input: RecordInspectionVisitInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionVisitPayload> {
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
    return withUserErrors(async () => ({
      inspectionVisit: await ctx.loaders.inspection.visitByKey.load(await recordInspectionVisit(ctx, fields)),
    }));
  }

  @FieldResolver(() => InspectionRoundType, { description: 'The round.' })
  round(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<InspectionRoundType> {
    return loadRequired(ctx.loaders.inspection.roundByKey, visit.roundKey, 'round');
  }

  @FieldResolver(() => InspectionGroupType, { description: 'The group that visited.' })
  group(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, visit.groupKey, 'group');
  }

  @FieldResolver(() => RegionType, { description: 'The region visited.' })
  region(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, visit.regionKey, 'region');
  }

  @FieldResolver(() => [UnitType], { description: 'The units visited.' })
  async unitsVisited(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<UnitType[]> {
    const units = await ctx.loaders.unit.byKey.loadMany(visit.unitKeys);
    return units.filter((u): u is UnitType => u !== null && !(u instanceof Error));
  }

  @FieldResolver(() => [TaskCheckType], { description: 'The reform tasks checked, with their verdicts.' })
  checks(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<TaskCheckType[]> {
    return ctx.loaders.inspection.checksOf.load(visit.key);
  }

  @FieldResolver(() => [FindingType], { description: 'The problems it found, in the order recorded.' })
  findings(@Root() visit: InspectionVisitType, @Ctx() ctx: Context): Promise<FindingType[]> {
    return ctx.loaders.inspection.findingsOfVisit.load(visit.key);
  }
}

@Resolver(() => TaskCheckType)
export class TaskCheckResolver {
  @FieldResolver(() => ReformTaskType, { description: 'The task checked.' })
  task(@Root() check: TaskCheckType, @Ctx() ctx: Context): Promise<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, check.taskKey, 'task');
  }
}

@Resolver(() => FindingType)
export class FindingResolver {
  @Query(() => FindingConnection, {
    description: 'Findings of the inspections, most recently found first unless `orderBy` says otherwise.',
  })
  findings(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'Which findings.' }) filter?: FindingFilter | null,
    @Arg('orderBy', () => [FindingOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: FindingOrder[] | null,
  ): Promise<Page<FindingType>> {
    return listFindings(ctx, page, filter, orderBy);
  }

  @Mutation(() => InspectionFindingPayload, {
    description:
      'Records a problem a visit found, on a reform task, with the responsible unit (one of the region’s), while the round is ACTIVE. Inspectors and commission staff.',
  })
  recordFinding(
    @Arg('input', () => RecordFindingInput, { description: 'The finding.' }) input: RecordFindingInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionFindingPayload> {
    const fields = {
      visitKey: keyOf(input.visitId, 'InspectionVisit', 'input.visitId'),
      taskKey: keyOf(input.taskId, 'ReformTask', 'input.taskId'),
      unitKey: keyOf(input.unitId, 'Unit', 'input.unitId'),
      description: input.description,
      severity: input.severity,
    };
    return withUserErrors(async () => ({ finding: await ctx.loaders.inspection.findingByKey.load(await recordFinding(ctx, fields)) }));
  }

  @FieldResolver(() => InspectionVisitType, { description: 'The visit that found it.' })
  visit(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<InspectionVisitType> {
    return loadRequired(ctx.loaders.inspection.visitByKey, finding.visitKey, 'visit');
  }

  @FieldResolver(() => InspectionGroupType, { description: 'The group that found it.' })
  group(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, finding.groupKey, 'group');
  }

  @FieldResolver(() => InspectionRoundType, { description: 'The round.' })
  round(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<InspectionRoundType> {
    return loadRequired(ctx.loaders.inspection.roundByKey, finding.roundKey, 'round');
  }

  @FieldResolver(() => RegionType, { description: 'The region where it was found.' })
  region(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, finding.regionKey, 'region');
  }

  @FieldResolver(() => ReformTaskType, { description: 'The reform task concerned.' })
  task(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, finding.taskKey, 'task');
  }

  @FieldResolver(() => UnitType, { description: 'The unit responsible.' })
  unit(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, finding.unitKey, 'unit');
  }

  @FieldResolver(() => RectificationNoticeType, { nullable: true, description: 'Its rectification notice; null until issued.' })
  notice(@Root() finding: FindingType, @Ctx() ctx: Context): Promise<RectificationNoticeType | null> {
    return finding.noticeKey ? ctx.loaders.inspection.noticeByKey.load(finding.noticeKey) : Promise.resolve(null);
  }
}
