import { Field, Int, ObjectType } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { UserErrorCode } from '../../shared/graphql/user-error.js';
import {
  AssessmentStatus,
  DecisionOutcome,
  DecisionProcedure,
  DecisionStatus,
  OpinionMethod,
  ReviewVerdict,
  RiskDimension,
  RiskLevel,
} from './risk-assessment.enums.js';

@ObjectType('MajorDecision', {
  implements: Node,
  description:
    'A major matter that needs a filed social-stability risk assessment before its decision body decides. Its plan and assessments are visible only to the decision body, the assessing unit, reviewers, commission staff and admins.',
})
export class MajorDecisionType extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => DecisionProcedure, { description: 'FULL or SIMPLIFIED assessment procedure.' })
  procedure!: DecisionProcedure;

  @Field(() => DecisionStatus, { description: 'Where the matter stands.' })
  status!: DecisionStatus;

  @Field(() => DecisionOutcome, { nullable: true, description: 'The latest decision’s outcome, if any.' })
  outcome!: DecisionOutcome | null;

  @Field(() => DateTimeResolver, { description: 'When the matter was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the matter last changed.' })
  updatedAt!: Date;

  planText!: string;
  categoryKey!: string;
  decisionBodyKey!: string;
  assessingUnitKey!: string;
  currentAssessmentKey!: string | null;
  nextFollowUpDue!: string | null;
}

@ObjectType('RiskAssessment', {
  implements: Node,
  description: 'A social-stability risk assessment (稳评) of one version of a matter’s plan.',
})
export class RiskAssessmentType extends Node {
  @Field(() => AssessmentStatus, { description: 'Where the assessment stands.' })
  status!: AssessmentStatus;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last submitted for review.' })
  submittedAt!: Date | null;

  @Field(() => ReviewVerdict, { nullable: true, description: 'The expert reviewer’s verdict.' })
  verdict!: ReviewVerdict | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s comments.' })
  reviewComments!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was reviewed.' })
  reviewedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was filed (备案).' })
  filedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was started.' })
  createdAt!: Date;

  decisionKey!: string;
  reviewerKey!: string | null;
  filedByKey!: string | null;
}

@ObjectType('RiskPoint', { implements: Node, description: 'A risk found on one dimension; its level comes from the matrix.' })
export class RiskPointType extends Node {
  @Field(() => RiskDimension, { description: 'The dimension.' })
  dimension!: RiskDimension;

  @Field(() => String, { description: 'What the risk is.' })
  description!: string;

  @Field(() => Int, { description: 'Likelihood, 1–5.' })
  likelihood!: number;

  @Field(() => Int, { description: 'Impact, 1–5.' })
  impact!: number;

  @Field(() => Int, { description: 'People affected.' })
  peopleAffected!: number;

  assessmentKey!: string;
}

@ObjectType('MitigationMeasure', { implements: Node, description: 'A measure against a risk point.' })
export class MitigationMeasureType extends Node {
  @Field(() => String, { description: 'What will be done.' })
  description!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'By when.' })
  dueDate!: string | null;

  pointKey!: string;
  ownerUnitKey!: string | null;
}

@ObjectType('OpinionCollection', { implements: Node, description: 'How opinions were collected.' })
export class OpinionCollectionType extends Node {
  @Field(() => OpinionMethod, { description: 'Method.' })
  method!: OpinionMethod;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  startedOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day.' })
  endedOn!: string;

  @Field(() => Int, { description: 'Number of respondents.' })
  respondents!: number;

  @Field(() => String, { description: 'What was heard.' })
  summary!: string;

  assessmentKey!: string;
}

@ObjectType('DimensionFinding', { implements: Node, description: 'An explicit “no significant risk” finding on a dimension.' })
export class DimensionFindingType extends Node {
  @Field(() => RiskDimension, { description: 'The dimension.' })
  dimension!: RiskDimension;

  @Field(() => String, { description: 'Why there is no significant risk.' })
  reasoning!: string;

  assessmentKey!: string;
}

@ObjectType('DecisionRecord', { implements: Node, description: 'A decision taken on a matter.' })
export class DecisionRecordType extends Node {
  @Field(() => DecisionOutcome, { description: 'Outcome.' })
  outcome!: DecisionOutcome;

  @Field(() => String, { description: 'Why.' })
  rationale!: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  decidedAt!: Date;

  @Field(() => RiskLevel, { description: 'The level of the assessment relied on, when it was relied on.' })
  level!: RiskLevel;

  decidedByKey!: string;
  assessmentKey!: string;
  decisionKey!: string;
}

@ObjectType('FollowUpReview', { implements: Node, description: 'A follow-up review of an approved matter.' })
export class FollowUpReviewType extends Node {
  @Field(() => LocalDateResolver, { description: 'The day of the review.' })
  reviewedOn!: string;

  @Field(() => String, { description: 'What was found.' })
  findings!: string;

  decisionKey!: string;
  reviewerKey!: string;
}

@ObjectType({ description: 'A reason the server would refuse a decision.' })
export class BlockingReason {
  @Field(() => UserErrorCode, { description: 'The code `decideMajorDecision` would return.' })
  code!: string;

  @Field(() => String, { description: 'The message it would return.' })
  message!: string;
}

@ObjectType({ description: 'What may be decided now, computed by the rule `decideMajorDecision` enforces.' })
export class DecisionReadiness {
  @Field(() => Boolean, { description: 'Whether APPROVE would be accepted.' })
  canApprove!: boolean;

  @Cost({ bound: Object.keys(DecisionOutcome).length })
  @Field(() => [DecisionOutcome], { description: 'Outcomes that would be accepted now.' })
  allowedOutcomes!: DecisionOutcome[];

  @Cost({ bound: 20 })
  @Field(() => [BlockingReason], { description: 'Why APPROVE would be refused; empty when it would not.' })
  blockingReasons!: BlockingReason[];

  @Field(() => Boolean, { description: 'Whether you may decide this matter (a decision maker of its decision body).' })
  viewerMayDecide!: boolean;
}

@ObjectType({ description: 'One cell of the risk matrix.' })
export class RiskMatrixCell {
  @Field(() => Int, { description: 'Likelihood, 1–5.' })
  likelihood!: number;

  @Field(() => Int, { description: 'Impact, 1–5.' })
  impact!: number;

  @Field(() => Int, { description: 'likelihood × impact.' })
  score!: number;

  @Field(() => RiskLevel, { description: 'The level of this cell.' })
  level!: RiskLevel;
}

@ObjectType({ description: 'The likelihood × impact matrix the server grades risk points with, so frontends draw the same grid.' })
export class RiskMatrix {
  @Field(() => Int, { description: 'Scores from this one up are HIGH.' })
  highFrom!: number;

  @Field(() => Int, { description: 'Scores from this one up (below highFrom) are MEDIUM; lower ones LOW.' })
  mediumFrom!: number;

  @Cost({ bound: 25 })
  @Field(() => [RiskMatrixCell], { description: 'All 25 cells, by likelihood then impact.' })
  cells!: RiskMatrixCell[];
}

export const MajorDecisionConnection = ConnectionType(MajorDecisionType, 'MajorDecision');
