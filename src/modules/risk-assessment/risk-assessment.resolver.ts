import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { allLoaded, load, loadRequired, mapLoaded, type Loaded } from '../../shared/db/loader.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UserType } from '../user/index.js';
import { canSeeAssessment, canSeeAssessmentOf } from './risk-assessment.access.js';
import { RiskDimension, RiskLevel } from './risk-assessment.enums.js';
import {
  FileRiskAssessmentInput,
  RecordNoSignificantRiskInput,
  RecordOpinionCollectionInput,
  ReviewRiskAssessmentInput,
  StartRiskAssessmentInput,
  SubmitRiskAssessmentInput,
} from './risk-assessment.inputs.js';
import { assessmentKeyOf, decisionKeyOf } from './risk-assessment.keys.js';
import {
  FileRiskAssessmentPayload,
  RecordNoSignificantRiskPayload,
  RecordOpinionCollectionPayload,
  ReviewRiskAssessmentPayload,
  StartRiskAssessmentPayload,
  SubmitRiskAssessmentPayload,
  type RiskAssessmentResult,
} from './risk-assessment.payloads.js';
import * as service from './risk-assessment.service.js';
import {
  DimensionFindingType,
  MajorDecisionType,
  OpinionCollectionType,
  RiskAssessmentType,
  RiskPointType,
} from './risk-assessment.types.js';
import { levelOfPoints } from './risk-matrix.js';

registerNodeType('RiskAssessment', {
  load: (ctx, key) => ctx.loaders.riskAssessment.assessmentByKey.load(key),
  visible: (ctx, node) => canSeeAssessment(ctx, node as RiskAssessmentType),
});
// What is kept on an assessment is shown with its contents, to those who may see the assessment.
registerNodeType('OpinionCollection', {
  load: (ctx, key) => ctx.loaders.riskAssessment.opinionByKey.load(key),
  visible: (ctx, node) => canSeeAssessmentOf(ctx, (node as OpinionCollectionType).assessmentKey),
});
registerNodeType('DimensionFinding', {
  load: (ctx, key) => ctx.loaders.riskAssessment.findingByKey.load(key),
  visible: (ctx, node) => canSeeAssessmentOf(ctx, (node as DimensionFindingType).assessmentKey),
});

type Payload = Promise<Partial<RiskAssessmentResult>>;
const assessmentOf = (ctx: Context) => async (key: string) => ({
  riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.load(key),
});
const userOf = (ctx: Context, key: string | null) => (key === null ? null : ctx.loaders.user.byKey.load(key));

@Resolver(() => RiskAssessmentType)
export class RiskAssessmentResolver {
  @Mutation(() => StartRiskAssessmentPayload, {
    description: 'Starts a risk assessment of the matter’s current plan. An assessor of the assessing unit.',
  })
  startRiskAssessment(
    @Arg('input', () => StartRiskAssessmentInput, { description: 'The matter.' }) input: StartRiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = decisionKeyOf(input.decisionId);
    return mutation(() => service.startRiskAssessment(ctx, key), assessmentOf(ctx));
  }

  @Mutation(() => RecordOpinionCollectionPayload, {
    description: 'Records how opinions were collected. An assessor of the assessing unit, while the assessment is a draft.',
  })
  recordOpinionCollection(
    @Arg('input', () => RecordOpinionCollectionInput, { description: 'The collection.' }) input: RecordOpinionCollectionInput,
    @Ctx() ctx: Context,
  ): Payload {
    const { assessmentId, ...props } = input;
    const key = assessmentKeyOf(assessmentId);
    return mutation(() => service.recordOpinionCollection(ctx, key, props), assessmentOf(ctx));
  }

  @Mutation(() => RecordNoSignificantRiskPayload, {
    description: 'Records that a dimension holds no significant risk, with the reasoning.',
  })
  recordNoSignificantRisk(
    @Arg('input', () => RecordNoSignificantRiskInput, { description: 'The finding.' }) input: RecordNoSignificantRiskInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = assessmentKeyOf(input.assessmentId);
    return mutation(() => service.recordDimensionFinding(ctx, key, input.dimension, input.reasoning), assessmentOf(ctx));
  }

  @Mutation(() => SubmitRiskAssessmentPayload, {
    description:
      'Submits the assessment for expert review (ASSESSMENT_INCOMPLETE names what is missing). An assessor of the assessing unit.',
  })
  submitRiskAssessment(
    @Arg('input', () => SubmitRiskAssessmentInput, { description: 'The assessment.' }) input: SubmitRiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = assessmentKeyOf(input.assessmentId);
    return mutation(() => service.submitRiskAssessment(ctx, key), assessmentOf(ctx));
  }

  @Mutation(() => ReviewRiskAssessmentPayload, {
    description: 'Expert review: PASS or RETURN. An expert reviewer who wrote none of it (REVIEWER_CONFLICT otherwise).',
  })
  reviewRiskAssessment(
    @Arg('input', () => ReviewRiskAssessmentInput, { description: 'The review.' }) input: ReviewRiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = assessmentKeyOf(input.assessmentId);
    return mutation(() => service.reviewRiskAssessment(ctx, key, input.verdict, input.comments), assessmentOf(ctx));
  }

  @Mutation(() => FileRiskAssessmentPayload, {
    description: 'Files (备案) a passed assessment; the matter becomes READY. Commission staff.',
  })
  fileRiskAssessment(
    @Arg('input', () => FileRiskAssessmentInput, { description: 'The assessment.' }) input: FileRiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = assessmentKeyOf(input.assessmentId);
    return mutation(() => service.fileRiskAssessment(ctx, key), assessmentOf(ctx));
  }

  @FieldResolver(() => RiskLevel, { description: 'The highest level of its points (LOW without any), computed, never typed in.' })
  level(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Loaded<RiskLevel> {
    return mapLoaded(load(ctx.loaders.riskAssessment.pointsOfAssessment, assessment.key), levelOfPoints);
  }

  @FieldResolver(() => Int, {
    description: 'Which version of the matter’s plan it assesses: 1 for the matter’s first assessment, 2 for the next, and so on.',
  })
  version(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Loaded<number> {
    // Among all of the matter's assessments, seen or not: the number belongs to the document.
    return mapLoaded(
      load(ctx.loaders.riskAssessment.assessmentsOfDecision, assessment.decisionKey),
      (all) => all.findIndex((a) => a.key === assessment.key) + 1,
    );
  }

  @FieldResolver(() => MajorDecisionType, { description: 'The matter assessed.' })
  decision(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Loaded<MajorDecisionType> {
    return loadRequired(ctx.loaders.riskAssessment.decisionByKey, assessment.decisionKey, 'decision');
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [UserType], { description: 'Who wrote it (whoever edited or submitted it), by name.' })
  async authors(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<UserType[]> {
    const keys = await ctx.loaders.riskAssessment.authorKeysOfAssessment.load(assessment.key);
    return allLoaded(keys.map((key) => loadRequired(ctx.loaders.user.byKey, key, 'user')));
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The expert reviewer; null until it is reviewed.' })
  reviewer(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<UserType | null> | null {
    return userOf(ctx, assessment.reviewerKey);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who filed it (备案); null until it is filed.' })
  filedBy(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<UserType | null> | null {
    return userOf(ctx, assessment.filedByKey);
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [OpinionCollectionType], { description: 'Opinion collections, by start date.' })
  opinionCollections(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<OpinionCollectionType[]> {
    return ctx.loaders.riskAssessment.opinionsOfAssessment.load(assessment.key);
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [RiskPointType], { description: 'Risk points, in the order recorded.' })
  points(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Loaded<RiskPointType[]> {
    return load(ctx.loaders.riskAssessment.pointsOfAssessment, assessment.key);
  }

  @Cost({ bound: Object.keys(RiskDimension).length })
  @FieldResolver(() => [DimensionFindingType], { description: '“No significant risk” findings.' })
  noSignificantRiskFindings(@Root() assessment: RiskAssessmentType, @Ctx() ctx: Context): Promise<DimensionFindingType[]> {
    return ctx.loaders.riskAssessment.findingsOfAssessment.load(assessment.key);
  }
}
