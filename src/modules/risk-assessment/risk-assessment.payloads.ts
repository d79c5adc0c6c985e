import { Field, ObjectType } from 'type-graphql';
import { MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { MajorDecisionType, MitigationMeasureType, RiskAssessmentType, RiskPointType } from './risk-assessment.types.js';

// What the module's mutations hand back: one payload per mutation, sharing these field sets.

@ObjectType('MajorDecisionResult')
export class MajorDecisionResult extends MutationResult {
  @Field(() => MajorDecisionType, { nullable: true, description: 'The matter as it now is; null when `userErrors` is not empty.' })
  majorDecision?: MajorDecisionType | null;
}

@ObjectType('RiskAssessmentResult')
export class RiskAssessmentResult extends MutationResult {
  @Field(() => RiskAssessmentType, { nullable: true, description: 'The assessment as it now is; null when `userErrors` is not empty.' })
  riskAssessment?: RiskAssessmentType | null;
}

@ObjectType('RiskPointResult')
export class RiskPointResult extends RiskAssessmentResult {
  @Field(() => RiskPointType, { nullable: true, description: 'The risk point added or changed; null when `userErrors` is not empty.' })
  riskPoint?: RiskPointType | null;
}

@ObjectType('MitigationMeasureResult')
export class MitigationMeasureResult extends RiskPointResult {
  @Field(() => MitigationMeasureType, { nullable: true, description: 'The measure added; null when `userErrors` is not empty.' })
  mitigationMeasure?: MitigationMeasureType | null;
}

export const CreateMajorDecisionPayload = payloadOf('createMajorDecision', MajorDecisionResult);
export const UpdateMajorDecisionPlanPayload = payloadOf('updateMajorDecisionPlan', MajorDecisionResult);
export const DecideMajorDecisionPayload = payloadOf('decideMajorDecision', MajorDecisionResult);
export const RecordFollowUpReviewPayload = payloadOf('recordFollowUpReview', MajorDecisionResult);

export const StartRiskAssessmentPayload = payloadOf('startRiskAssessment', RiskAssessmentResult);
export const RecordOpinionCollectionPayload = payloadOf('recordOpinionCollection', RiskAssessmentResult);
export const RecordNoSignificantRiskPayload = payloadOf('recordNoSignificantRisk', RiskAssessmentResult);
export const SubmitRiskAssessmentPayload = payloadOf('submitRiskAssessment', RiskAssessmentResult);
export const ReviewRiskAssessmentPayload = payloadOf('reviewRiskAssessment', RiskAssessmentResult);
export const FileRiskAssessmentPayload = payloadOf('fileRiskAssessment', RiskAssessmentResult);

export const AddRiskPointPayload = payloadOf('addRiskPoint', RiskPointResult);
export const UpdateRiskPointPayload = payloadOf('updateRiskPoint', RiskPointResult);
export const RemoveRiskPointPayload = payloadOf('removeRiskPoint', RiskAssessmentResult);
export const AddMitigationMeasurePayload = payloadOf('addMitigationMeasure', MitigationMeasureResult);
