import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { DecisionCategoryType } from '../decision-category/index.js';
import { UnitType } from '../unit/index.js';
import { canSeeAssessment, canSeeContents, isParty, mayDecide } from './risk-assessment.access.js';
import { readinessOf, type DecisionFacts } from './decision-rules.js';
import {
  AddMitigationMeasureInput,
  AddRiskPointInput,
  AssessmentActionInput,
  CreateMajorDecisionInput,
  DecideMajorDecisionInput,
  MajorDecisionFilter,
  MajorDecisionOrder,
  RecordFollowUpReviewInput,
  RecordNoSignificantRiskInput,
  RecordOpinionCollectionInput,
  RemoveRiskPointInput,
  ReviewRiskAssessmentInput,
  StartRiskAssessmentInput,
  UpdateMajorDecisionPlanInput,
  UpdateRiskPointInput,
} from './risk-assessment.inputs.js';
import { RiskLevel } from './risk-assessment.enums.js';
import { listDecisions } from './risk-assessment.read.js';
import { highest, HIGH_FROM, levelOf, matrixCells, MEDIUM_FROM } from './risk-matrix.js';
import * as service from './risk-assessment.service.js';
import {
  DecisionReadiness,
  DecisionRecordType,
  DimensionFindingType,
  FollowUpReviewType,
  MajorDecisionConnection,
  MajorDecisionType,
  MitigationMeasureType,
  OpinionCollectionType,
  RiskAssessmentType,
  RiskMatrix,
  RiskPointType,
} from './risk-assessment.types.js';

registerNodeType('MajorDecision', { load: (ctx, key) => ctx.loaders.riskAssessment.decisionByKey.load(key) });
registerNodeType('RiskAssessment', {
  load: (ctx, key) => ctx.loaders.riskAssessment.assessmentByKey.load(key),
  visible: (ctx, node) => canSeeAssessment(ctx, node as RiskAssessmentType),
});
registerNodeType('RiskPoint', {
  load: (ctx, key) => ctx.loaders.riskAssessment.pointByKey.load(key),
  visible: async (ctx, node) => {
    const assessment = await ctx.loaders.riskAssessment.assessmentByKey.load((node as RiskPointType).assessmentKey);
    return assessment !== null && canSeeAssessment(ctx, assessment);
  },
});
registerNodeType('MitigationMeasure', {
  load: (ctx, key) => ctx.loaders.riskAssessment.mitigationByKey.load(key),
  visible: async (ctx, node) => {
    const point = await ctx.loaders.riskAssessment.pointByKey.load((node as MitigationMeasureType).pointKey);
    const assessment = point && (await ctx.loaders.riskAssessment.assessmentByKey.load(point.assessmentKey));
    return !!assessment && canSeeAssessment(ctx, assessment);
  },
});

@ObjectType({ description: 'Result of a mutation on a major matter.' })
class MajorDecisionPayload {
  @Field(() => MajorDecisionType, { nullable: true, description: 'The matter as it now is; null when `userErrors` is not empty.' })
  majorDecision?: MajorDecisionType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a mutation on a risk assessment.' })
class RiskAssessmentPayload {
  @Field(() => RiskAssessmentType, { nullable: true, description: 'The assessment as it now is; null when `userErrors` is not empty.' })
  riskAssessment?: RiskAssessmentType | null;

  @Field(() => RiskPointType, { nullable: true, description: 'The risk point added or changed, where there is one.' })
  riskPoint?: RiskPointType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

/** The facts `blockersFor` looks at, read from rows through the request's loaders. */
async function factsFromRows(ctx: Context, decision: MajorDecisionType): Promise<DecisionFacts> {
  const loaders = ctx.loaders.riskAssessment;
  const assessment = decision.currentAssessmentKey ? await loaders.assessmentByKey.load(decision.currentAssessmentKey) : null;
  if (!assessment) return { status: decision.status, assessment: null };
  const points = await loaders.pointsOfAssessment.load(assessment.key);
  const mitigations = await loaders.mitigationsOfPoint.loadMany(points.map((p) => p.key));
  return {
    status: decision.status,
    assessment: {
      status: assessment.status,
      points: points.map((p, i) => {
        const measures = mitigations[i];
        return {
          description: p.description,
          level: levelOf(p.likelihood, p.impact),
          mitigated: Array.isArray(measures) && measures.some((m) => m.ownerUnitKey !== null && m.dueDate !== null),
        };
      }),
    },
  };
}

const decisionKeyOf = (id: string) => keyOf(id, 'MajorDecision', 'input.decisionId');
const assessmentKeyOf = (id: string) => keyOf(id, 'RiskAssessment', 'input.assessmentId');
const pointKeyOf = (id: string) => keyOf(id, 'RiskPoint', 'input.pointId');

@Resolver(() => MajorDecisionType)
export class MajorDecisionResolver {
  @Query(() => MajorDecisionConnection, { description: 'Major matters, newest first unless `orderBy` says otherwise.' })
  majorDecisions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => MajorDecisionFilter, { nullable: true, description: 'Which matters.' }) filter?: MajorDecisionFilter | null,
    @Arg('orderBy', () => [MajorDecisionOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: MajorDecisionOrder[] | null,
  ): Promise<Page<MajorDecisionType>> {
    return listDecisions(ctx, page, filter, orderBy);
  }

  @Query(() => RiskMatrix, { description: 'The likelihood × impact matrix that grades risk points.' })
  riskMatrix(): RiskMatrix {
    return { highFrom: HIGH_FROM, mediumFrom: MEDIUM_FROM, cells: matrixCells() };
  }

  @Mutation(() => MajorDecisionPayload, {
    description: 'Records a major matter. A decision maker of its decision body, or commission staff.',
  })
  createMajorDecision(
    @Arg('input', () => CreateMajorDecisionInput, { description: 'The matter.' }) input: CreateMajorDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<MajorDecisionPayload> {
    const fields = {
      title: input.title,
      planText: input.planText,
      procedure: input.procedure,
      categoryKey: keyOf(input.categoryId, 'DecisionCategory', 'input.categoryId'),
      decisionBodyKey: keyOf(input.decisionBodyId, 'Unit', 'input.decisionBodyId'),
      assessingUnitKey: keyOf(input.assessingUnitId, 'Unit', 'input.assessingUnitId'),
    };
    return withUserErrors(async () => ({
      majorDecision: await ctx.loaders.riskAssessment.decisionByKey.load(await service.createMajorDecision(ctx, fields)),
    }));
  }

  @Mutation(() => MajorDecisionPayload, {
    description: 'Revises the plan or category; a FILED assessment turns STALE and the matter goes back to ASSESSING.',
  })
  updateMajorDecisionPlan(
    @Arg('input', () => UpdateMajorDecisionPlanInput, { description: 'The matter and its revision.' }) input: UpdateMajorDecisionPlanInput,
    @Ctx() ctx: Context,
  ): Promise<MajorDecisionPayload> {
    const key = decisionKeyOf(input.decisionId);
    const changes = {
      planText: input.planText ?? undefined,
      categoryKey: optionalKeyOf(input.categoryId, 'DecisionCategory', 'input.categoryId') ?? undefined,
    };
    return withUserErrors(async () => ({
      majorDecision: await ctx.loaders.riskAssessment.decisionByKey
        .clear(await service.updateMajorDecisionPlan(ctx, key, changes))
        .load(key),
    }));
  }

  @Mutation(() => MajorDecisionPayload, {
    description:
      'Decides a matter. Refused without a FILED assessment (ASSESSMENT_REQUIRED), on HIGH risk for APPROVE (RISK_TOO_HIGH), on MEDIUM risk without mitigations (MITIGATION_REQUIRED), and once decided (DECISION_FINAL). A decision maker of the decision body.',
  })
  decideMajorDecision(
    @Arg('input', () => DecideMajorDecisionInput, { description: 'The decision.' }) input: DecideMajorDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<MajorDecisionPayload> {
    const key = decisionKeyOf(input.decisionId);
    return withUserErrors(async () => ({
      majorDecision: await ctx.loaders.riskAssessment.decisionByKey
        .clear(await service.decideMajorDecision(ctx, key, input.outcome, input.rationale))
        .load(key),
    }));
  }

  @Mutation(() => MajorDecisionPayload, {
    description: 'Records a follow-up review of an approved matter; the next one falls due 90 (MEDIUM) or 180 (LOW) days later.',
  })
  recordFollowUpReview(
    @Arg('input', () => RecordFollowUpReviewInput, { description: 'The review.' }) input: RecordFollowUpReviewInput,
    @Ctx() ctx: Context,
  ): Promise<MajorDecisionPayload> {
    const key = decisionKeyOf(input.decisionId);
    return withUserErrors(async () => ({
      majorDecision: await ctx.loaders.riskAssessment.decisionByKey.clear(await service.recordFollowUpReview(ctx, key, input)).load(key),
    }));
  }

  @FieldResolver(() => DecisionCategoryType, { description: 'The category of major matter.' })
  category(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<DecisionCategoryType> {
    return loadRequired(ctx.loaders.decisionCategory.byKey, decision.categoryKey, 'category');
  }

  @FieldResolver(() => UnitType, { description: 'The decision body (决策主体).' })
  decisionBody(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, decision.decisionBodyKey, 'unit');
  }

  @FieldResolver(() => UnitType, { description: 'The assessing unit (评估主体).' })
  assessingUnit(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<UnitType> {
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
  async currentAssessment(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<RiskAssessmentType | null> {
    if (!decision.currentAssessmentKey || !(await canSeeContents(ctx, decision))) return null;
    return ctx.loaders.riskAssessment.assessmentByKey.load(decision.currentAssessmentKey);
  }

  @FieldResolver(() => [RiskAssessmentType], { description: 'The assessments of the matter you may see, oldest first.' })
  async assessments(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<RiskAssessmentType[]> {
    const all = await ctx.loaders.riskAssessment.assessmentsOfDecision.load(decision.key);
    const visible = await Promise.all(all.map((a) => canSeeContents(ctx, decision, a)));
    return all.filter((_, i) => visible[i]);
  }

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
  async readiness(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<DecisionReadiness | null> {
    if (!(await canSeeContents(ctx, decision))) return null;
    const readiness = readinessOf(await factsFromRows(ctx, decision));
    return { ...readiness, viewerMayDecide: mayDecide(ctx, decision.decisionBodyKey) };
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'When the next follow-up review falls due (approved matters).' })
  async nextFollowUpDue(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<string | null> {
    // The date gives away the level (90 or 180 days after approval): contents, like the level.
    return (await canSeeContents(ctx, decision)) ? decision.nextFollowUpDue : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether an approved matter’s follow-up review is due (today or earlier).' })
  async isFollowUpDue(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<boolean> {
    const due = await this.nextFollowUpDue(decision, ctx);
    return due !== null && due <= ctx.today;
  }

  @FieldResolver(() => [FollowUpReviewType], {
    description: 'Follow-up reviews, oldest first; empty for those who may not see the matter’s contents.',
  })
  async followUpReviews(@Root() decision: MajorDecisionType, @Ctx() ctx: Context): Promise<FollowUpReviewType[]> {
    return isParty(ctx, decision) ? ctx.loaders.riskAssessment.followUpsOfDecision.load(decision.key) : [];
  }
}

@Resolver(() => RiskAssessmentType)
export class RiskAssessmentResolver {
  @Mutation(() => RiskAssessmentPayload, {
    description: 'Starts a risk assessment of the matter’s current plan. An assessor of the assessing unit.',
  })
  startRiskAssessment(
    @Arg('input', () => StartRiskAssessmentInput, { description: 'The matter.' }) input: StartRiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const key = decisionKeyOf(input.decisionId);
    return withUserErrors(async () => ({
      riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.load(await service.startRiskAssessment(ctx, key)),
    }));
  }

  @Mutation(() => RiskAssessmentPayload, {
    description: 'Records how opinions were collected. An assessor of the assessing unit, while the assessment is a draft.',
  })
  recordOpinionCollection(
    @Arg('input', () => RecordOpinionCollectionInput, { description: 'The collection.' }) input: RecordOpinionCollectionInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const { assessmentId, ...props } = input;
    const key = assessmentKeyOf(assessmentId);
    return withUserErrors(async () => ({
      riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey
        .clear(await service.recordOpinionCollection(ctx, key, props))
        .load(key),
    }));
  }

  @Mutation(() => RiskAssessmentPayload, { description: 'Records that a dimension holds no significant risk, with the reasoning.' })
  recordNoSignificantRisk(
    @Arg('input', () => RecordNoSignificantRiskInput, { description: 'The finding.' }) input: RecordNoSignificantRiskInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const key = assessmentKeyOf(input.assessmentId);
    return withUserErrors(async () => ({
      riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey
        .clear(await service.recordDimensionFinding(ctx, key, input.dimension, input.reasoning))
        .load(key),
    }));
  }

  @Mutation(() => RiskAssessmentPayload, { description: 'Adds a risk point; its level comes from the matrix.' })
  addRiskPoint(
    @Arg('input', () => AddRiskPointInput, { description: 'The point.' }) input: AddRiskPointInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const { assessmentId, ...props } = input;
    const key = assessmentKeyOf(assessmentId);
    return withUserErrors(async () => {
      const pointKey = await service.addRiskPoint(ctx, key, props);
      return {
        riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.clear(key).load(key),
        riskPoint: await ctx.loaders.riskAssessment.pointByKey.load(pointKey),
      };
    });
  }

  @Mutation(() => RiskAssessmentPayload, { description: 'Describes a risk point anew.' })
  updateRiskPoint(
    @Arg('input', () => UpdateRiskPointInput, { description: 'The point.' }) input: UpdateRiskPointInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const { pointId, ...props } = input;
    const pointKey = pointKeyOf(pointId);
    return withUserErrors(async () => {
      const key = await service.updateRiskPoint(ctx, pointKey, props);
      return {
        riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.clear(key).load(key),
        riskPoint: await ctx.loaders.riskAssessment.pointByKey.clear(pointKey).load(pointKey),
      };
    });
  }

  @Mutation(() => RiskAssessmentPayload, { description: 'Removes a risk point and its mitigations.' })
  removeRiskPoint(
    @Arg('input', () => RemoveRiskPointInput, { description: 'The point.' }) input: RemoveRiskPointInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const pointKey = pointKeyOf(input.pointId);
    return withUserErrors(async () => {
      const key = await service.removeRiskPoint(ctx, pointKey);
      return { riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.clear(key).load(key) };
    });
  }

  @Mutation(() => RiskAssessmentPayload, {
    description: 'Adds a mitigation measure to a risk point; it counts for approval only with an owner unit and a due date.',
  })
  addMitigationMeasure(
    @Arg('input', () => AddMitigationMeasureInput, { description: 'The measure.' }) input: AddMitigationMeasureInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const pointKey = pointKeyOf(input.pointId);
    const props = {
      description: input.description,
      ownerUnitKey: optionalKeyOf(input.ownerUnitId, 'Unit', 'input.ownerUnitId') ?? null,
      dueDate: input.dueDate ?? null,
    };
    return withUserErrors(async () => {
      const key = await service.addMitigationMeasure(ctx, pointKey, props);
      return {
        riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.clear(key).load(key),
        riskPoint: await ctx.loaders.riskAssessment.pointByKey.load(pointKey),
      };
    });
  }

  @Mutation(() => RiskAssessmentPayload, {
    description:
      'Submits the assessment for expert review (ASSESSMENT_INCOMPLETE names what is missing). An assessor of the assessing unit.',
  })
  submitRiskAssessment(
    @Arg('input', () => AssessmentActionInput, { description: 'The assessment.' }) input: AssessmentActionInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const key = assessmentKeyOf(input.assessmentId);
    return withUserErrors(async () => ({
      riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.clear(await service.submitRiskAssessment(ctx, key)).load(key),
    }));
  }

  @Mutation(() => RiskAssessmentPayload, {
    description: 'Expert review: PASS or RETURN. An expert reviewer who wrote none of it (REVIEWER_CONFLICT otherwise).',
  })
  reviewRiskAssessment(
    @Arg('input', () => ReviewRiskAssessmentInput, { description: 'The review.' }) input: ReviewRiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const key = assessmentKeyOf(input.assessmentId);
    return withUserErrors(async () => ({
      riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey
        .clear(await service.reviewRiskAssessment(ctx, key, input.verdict, input.comments))
        .load(key),
    }));
  }

  @Mutation(() => RiskAssessmentPayload, { description: 'Files (备案) a passed assessment; the matter becomes READY. Commission staff.' })
  fileRiskAssessment(
    @Arg('input', () => AssessmentActionInput, { description: 'The assessment.' }) input: AssessmentActionInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessmentPayload> {
    const key = assessmentKeyOf(input.assessmentId);
    return withUserErrors(async () => ({
      riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.clear(await service.fileRiskAssessment(ctx, key)).load(key),
    }));
  }

  @FieldResolver(() => RiskLevel, { description: 'The highest level of its points (LOW without any), computed, never typed in.' })
  async level(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<RiskLevel> {
    const points = await ctx.loaders.riskAssessment.pointsOfAssessment.load(assessment.key);
    return highest(points.map((p) => levelOf(p.likelihood, p.impact)));
  }

  @FieldResolver(() => MajorDecisionType, { description: 'The matter assessed.' })
  decision(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<MajorDecisionType> {
    return loadRequired(ctx.loaders.riskAssessment.decisionByKey, assessment.decisionKey, 'decision');
  }

  @FieldResolver(() => [String], { description: 'Names of its authors.' })
  authorNames(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.riskAssessment.authorNamesOfAssessment.load(assessment.key);
  }

  @FieldResolver(() => [OpinionCollectionType], { description: 'Opinion collections, by start date.' })
  opinionCollections(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<OpinionCollectionType[]> {
    return ctx.loaders.riskAssessment.opinionsOfAssessment.load(assessment.key);
  }

  @FieldResolver(() => [RiskPointType], { description: 'Risk points, in the order recorded.' })
  points(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<RiskPointType[]> {
    return ctx.loaders.riskAssessment.pointsOfAssessment.load(assessment.key);
  }

  @FieldResolver(() => [DimensionFindingType], { description: '“No significant risk” findings.' })
  noSignificantRiskFindings(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<DimensionFindingType[]> {
    return ctx.loaders.riskAssessment.findingsOfAssessment.load(assessment.key);
  }
}

@Resolver(() => DecisionRecordType)
export class DecisionRecordResolver {
  @FieldResolver(() => RiskAssessmentType, {
    nullable: true,
    description: 'The assessment the decision relied on (null if you may not see it).',
  })
  async assessment(@Root() record: DecisionRecordType, @Ctx() ctx: Context): Promise<RiskAssessmentType | null> {
    const assessment = await ctx.loaders.riskAssessment.assessmentByKey.load(record.assessmentKey);
    return assessment && (await canSeeAssessment(ctx, assessment)) ? assessment : null;
  }
}

@Resolver(() => RiskPointType)
export class RiskPointResolver {
  @FieldResolver(() => Int, { description: 'likelihood × impact.' })
  score(@Root() point: RiskPointType): number {
    return point.likelihood * point.impact;
  }

  @FieldResolver(() => RiskLevel, { description: 'From the matrix: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW.' })
  level(@Root() point: RiskPointType): RiskLevel {
    return levelOf(point.likelihood, point.impact);
  }

  @FieldResolver(() => [MitigationMeasureType], { description: 'Mitigation measures, in the order recorded.' })
  mitigations(@Root() point: RiskPointType, @Ctx() ctx: Context): Promise<MitigationMeasureType[]> {
    return ctx.loaders.riskAssessment.mitigationsOfPoint.load(point.key);
  }
}

@Resolver(() => MitigationMeasureType)
export class MitigationMeasureResolver {
  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit that owns the measure.' })
  ownerUnit(@Root() measure: MitigationMeasureType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return measure.ownerUnitKey ? ctx.loaders.unit.byKey.load(measure.ownerUnitKey) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Owned and dated, so it counts for a MEDIUM-risk approval.' })
  isActionable(@Root() measure: MitigationMeasureType): boolean {
    return measure.ownerUnitKey !== null && measure.dueDate !== null;
  }
}
