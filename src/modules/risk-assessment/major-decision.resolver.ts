import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../shared/context.js';
import { allLoaded, load, loadRequired, mapLoaded, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { nodeFields } from '../../shared/graphql/look-ahead.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { DecisionCategoryType } from '../decision-category/index.js';
import { UnitType } from '../unit/index.js';
import { factsFromRows } from './decision-facts.js';
import { isFollowUpDue, readinessOf } from './decision-rules.js';
import { textIn } from '../../shared/i18n/text.js';
import * as service from './major-decision.service.js';
import { canSeeContents, isParty, mayDecide } from './risk-assessment.access.js';
import {
  CreateMajorDecisionInput,
  DecideMajorDecisionInput,
  MajorDecisionFilter,
  MajorDecisionOrder,
  UpdateMajorDecisionPlanInput,
} from './risk-assessment.inputs.js';
import { decisionKeyOf, matterCode } from './risk-assessment.keys.js';
import {
  CreateMajorDecisionPayload,
  DecideMajorDecisionPayload,
  UpdateMajorDecisionPlanPayload,
  type MajorDecisionResult,
} from './risk-assessment.payloads.js';
import { listDecisions } from './risk-assessment.read.js';
import {
  DecisionReadiness,
  DecisionRecordType,
  FollowUpReviewType,
  MajorDecisionConnection,
  MajorDecisionType,
  RiskAssessmentType,
} from './risk-assessment.types.js';

registerNodeType('MajorDecision', { load: (ctx, key) => ctx.loaders.riskAssessment.decisionByKey.load(key) });

type Payload = Promise<Partial<MajorDecisionResult>>;
const decisionOf = (ctx: Context) => async (key: string) => ({ majorDecision: await ctx.loaders.riskAssessment.decisionByKey.load(key) });

@Resolver(() => MajorDecisionType)
export class MajorDecisionResolver {
  @Query(() => MajorDecisionConnection, { nullable: true, description: 'Major matters, newest first unless `orderBy` says otherwise.' })
  majorDecisions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => MajorDecisionFilter, { nullable: true, description: 'Which matters.' }) filter?: MajorDecisionFilter | null,
    @Arg('orderBy', () => [MajorDecisionOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: MajorDecisionOrder[] | null,
  ): Promise<Page<MajorDecisionType>> {
    const fields = nodeFields(info);
    const joins = {
      category: fields.has('category'),
      decisionBody: fields.has('decisionBody'),
      currentAssessment: fields.has('currentAssessment'),
    };
    return listDecisions(ctx, page, joins, filter, orderBy);
  }

  @Mutation(() => CreateMajorDecisionPayload, {
    description: 'Records a major matter. A decision maker of its decision body, or commission staff.',
  })
  createMajorDecision(
    @Arg('input', () => CreateMajorDecisionInput, { description: 'The matter.' }) input: CreateMajorDecisionInput,
    @Ctx() ctx: Context,
  ): Payload {
    const fields = {
      title: input.title,
      planText: input.planText,
      procedure: input.procedure,
      categoryKey: keyOf(input.categoryId, 'DecisionCategory', 'input.categoryId'),
      decisionBodyKey: keyOf(input.decisionBodyId, 'Unit', 'input.decisionBodyId'),
      assessingUnitKey: keyOf(input.assessingUnitId, 'Unit', 'input.assessingUnitId'),
    };
    return mutation(() => service.createMajorDecision(ctx, fields), decisionOf(ctx));
  }

  @Mutation(() => UpdateMajorDecisionPlanPayload, {
    description: 'Revises the plan or category; a FILED assessment turns STALE and the matter goes back to ASSESSING.',
  })
  updateMajorDecisionPlan(
    @Arg('input', () => UpdateMajorDecisionPlanInput, { description: 'The matter and its revision.' }) input: UpdateMajorDecisionPlanInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = decisionKeyOf(input.decisionId);
    const changes = {
      planText: input.planText ?? undefined,
      categoryKey: optionalKeyOf(input.categoryId, 'DecisionCategory', 'input.categoryId') ?? undefined,
    };
    return mutation(() => service.updateMajorDecisionPlan(ctx, key, changes), decisionOf(ctx));
  }

  @Mutation(() => DecideMajorDecisionPayload, {
    description:
      'Decides a matter. Refused without a FILED assessment (ASSESSMENT_REQUIRED), on HIGH risk for APPROVE (RISK_TOO_HIGH), on MEDIUM risk without mitigations (MITIGATION_REQUIRED), and once decided (DECISION_FINAL). A decision maker of the decision body.',
  })
  decideMajorDecision(
    @Arg('input', () => DecideMajorDecisionInput, { description: 'The decision.' }) input: DecideMajorDecisionInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = decisionKeyOf(input.decisionId);
    return mutation(() => service.decideMajorDecision(ctx, key, input.outcome, input.rationale), decisionOf(ctx));
  }

  @FieldResolver(() => String, {
    description: 'The matter’s reference (事项编号), as its documents carry it: `ZD` and its number, e.g. `ZD000007`. Never changes.',
  })
  code(@Root() decision: MajorDecisionType): string {
    return matterCode(decision.key);
  }

  @FieldResolver(() => DecisionCategoryType, { description: 'The category of major matter.' })
  category(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Loaded<DecisionCategoryType> {
    return loadRequired(ctx.loaders.decisionCategory.byKey, decision.categoryKey, 'category');
  }

  @FieldResolver(() => UnitType, { description: 'The decision body (决策主体).' })
  decisionBody(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, decision.decisionBodyKey, 'unit');
  }

  @FieldResolver(() => UnitType, { description: 'The assessing unit (评估主体).' })
  assessingUnit(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, decision.assessingUnitKey, 'unit');
  }

  @FieldResolver(() => String, { nullable: true, description: 'The plan (方案); null for those who may not see the matter’s contents.' })
  async planText(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<string | null> {
    return (await canSeeContents(ctx, decision)) ? decision.planText : null;
  }

  @FieldResolver(() => RiskAssessmentType, {
    nullable: true,
    description: 'The assessment the matter is to be decided on; null without one, or for those who may not see it.',
  })
  currentAssessment(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Loaded<RiskAssessmentType | null> {
    const key = decision.currentAssessmentKey;
    if (!key) return null;
    return mapLoaded(canSeeContents(ctx, decision), (may) => (may ? load(ctx.loaders.riskAssessment.assessmentByKey, key) : null));
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [RiskAssessmentType], { description: 'The assessments of the matter you may see, oldest first.' })
  async assessments(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<RiskAssessmentType[]> {
    const all = await ctx.loaders.riskAssessment.assessmentsOfDecision.load(decision.key);
    const visible = await allLoaded(all.map((a) => canSeeContents(ctx, decision, a)));
    return all.filter((_, i) => visible[i]);
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [DecisionRecordType], {
    description:
      'Decisions taken, oldest first (a POSTPONE may precede the final one); for the decision body, the assessing unit, commission staff and admins.',
  })
  async decisions(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<DecisionRecordType[]> {
    return isParty(ctx, decision) ? ctx.loaders.riskAssessment.recordsOfDecision.load(decision.key) : [];
  }

  @FieldResolver(() => DecisionReadiness, {
    nullable: true,
    description: 'What may be decided now, by the same rule the mutation enforces; null for those who may not see the matter’s contents.',
  })
  // Reads the facts the decision rule weighs, as decideMajorDecision does.
  @Cost({ weight: 20 })
  async readiness(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<DecisionReadiness | null> {
    if (!(await canSeeContents(ctx, decision))) return null;
    const readiness = readinessOf(await factsFromRows(ctx, decision));
    const blockingReasons = readiness.blockingReasons.map(({ code, text }) => ({ code, message: textIn(text, ctx.language) }));
    return { ...readiness, blockingReasons, viewerMayDecide: mayDecide(ctx, decision.decisionBodyKey) };
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'When the next follow-up review falls due (approved matters).' })
  async nextFollowUpDue(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<string | null> {
    // The date gives away the level (90 or 180 days after approval): contents, like the level.
    return (await canSeeContents(ctx, decision)) ? decision.nextFollowUpDue : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether an approved matter’s follow-up review is due (today or earlier).' })
  async isFollowUpDue(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<boolean> {
    return isFollowUpDue(await this.nextFollowUpDue(decision, ctx), ctx.today);
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [FollowUpReviewType], {
    description: 'Follow-up reviews, oldest first; empty for those who may not see the matter’s contents.',
  })
  async followUpReviews(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<FollowUpReviewType[]> {
    return isParty(ctx, decision) ? ctx.loaders.riskAssessment.followUpsOfDecision.load(decision.key) : [];
  }
}
