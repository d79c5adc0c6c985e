import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Bounded, LONG_TEXT_MAX, PEOPLE_COUNT_MAX } from '../../shared/graphql/input-bounds.js';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator } from '../../shared/graphql/filter.js';
import { inputOf } from '../../shared/graphql/payload.js';
import {
  DecisionOutcome,
  DecisionProcedure,
  DecisionStatus,
  OpinionMethod,
  ReviewVerdict,
  RiskDimension,
  RiskLevel,
} from './risk-assessment.enums.js';

const DecisionStatusComparator = EnumComparator<DecisionStatus>(DecisionStatus, 'DecisionStatus');
const RiskLevelComparator = EnumComparator<RiskLevel>(RiskLevel, 'RiskLevel');

@InputType({ description: 'Which major matters to list. Fields combine with AND; use `and`/`or` for more.' })
export class MajorDecisionFilter {
  @Field(() => IDComparator, { nullable: true, description: 'Decision category, by ID.' })
  category?: IDComparator | null;

  @Field(() => DecisionStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof DecisionStatusComparator> | null;

  @Field(() => IDComparator, { nullable: true, description: 'Decision body (决策主体), by ID.' })
  decisionBody?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'Assessing unit (评估主体), by ID.' })
  assessingUnit?: IDComparator | null;

  @Field(() => RiskLevelComparator, { nullable: true, description: 'Level of the current assessment (matters without one never match).' })
  level?: InstanceType<typeof RiskLevelComparator> | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: approved matters whose follow-up review is due (today or earlier); false: all others.',
  })
  followUpDue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text in the title, ignoring case.' })
  text?: string | null;

  @Field(() => [MajorDecisionFilter], { nullable: true, description: 'All of these filters.' })
  and?: MajorDecisionFilter[] | null;

  @Field(() => [MajorDecisionFilter], { nullable: true, description: 'Any of these filters.' })
  or?: MajorDecisionFilter[] | null;
}

export enum MajorDecisionOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(MajorDecisionOrderField, {
  name: 'MajorDecisionOrderField',
  description: 'Fields major matters can be ordered by. 重大决策事项可排序的字段。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class MajorDecisionOrder {
  @Field(() => MajorDecisionOrderField, { description: 'Field to order by.' })
  field!: MajorDecisionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new major matter.' })
export class CreateMajorDecisionInput {
  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;

  @Field(() => ID, { description: 'One of the 11 decision categories.' })
  categoryId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'The plan (方案) to be decided.' })
  @Bounded({ maxLength: LONG_TEXT_MAX })
  planText!: string;

  @Field(() => ID, { description: 'The decision body (决策主体).' })
  decisionBodyId!: string;

  @Field(() => ID, { description: 'The assessing unit (评估主体).' })
  assessingUnitId!: string;

  @Field(() => DecisionProcedure, { description: 'FULL or SIMPLIFIED.' })
  procedure!: DecisionProcedure;
}

@InputType({ description: 'A revised plan or category; a filed assessment then turns STALE.' })
export class UpdateMajorDecisionPlanInput {
  @Field(() => ID, { description: 'The matter.' })
  decisionId!: string;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'The revised plan.' })
  @Bounded({ maxLength: LONG_TEXT_MAX })
  planText?: string | null;

  @Field(() => ID, { nullable: true, description: 'Another category.' })
  categoryId?: string | null;
}

@InputType({ description: 'The matter whose assessment starts.' })
export class StartRiskAssessmentInput {
  @Field(() => ID, { description: 'The matter.' })
  decisionId!: string;
}

@InputType({ description: 'An opinion collection to record.' })
export class RecordOpinionCollectionInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => OpinionMethod, { description: 'Method.' })
  method!: OpinionMethod;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  startedOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day.' })
  endedOn!: string;

  @Field(() => Int, { description: `Respondents, at most ${PEOPLE_COUNT_MAX}.` })
  @Bounded({ max: PEOPLE_COUNT_MAX })
  respondents!: number;

  @Field(() => NonEmptyStringResolver, { description: 'What was heard.' })
  summary!: string;
}

@InputType({ description: 'An explicit finding that a dimension holds no significant risk.' })
export class RecordNoSignificantRiskInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => RiskDimension, { description: 'The dimension.' })
  dimension!: RiskDimension;

  @Field(() => NonEmptyStringResolver, { description: 'Why there is no significant risk.' })
  reasoning!: string;
}

/** The description of a risk point, shared by adding and updating. */
@InputType({ description: 'The description of a risk point.' })
class RiskPointFields {
  @Field(() => RiskDimension, { description: 'Dimension.' })
  dimension!: RiskDimension;

  @Field(() => NonEmptyStringResolver, { description: 'What the risk is.' })
  description!: string;

  @Field(() => Int, { description: 'Likelihood, 1–5.' })
  likelihood!: number;

  @Field(() => Int, { description: 'Impact, 1–5.' })
  impact!: number;
}

@InputType({ description: 'A risk point.' })
export class AddRiskPointInput extends RiskPointFields {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  // Declared on each input, not on RiskPointFields: type-graphql leaves the extensions (the bound)
  // of an inherited input field behind.
  @Field(() => Int, { defaultValue: 0, description: `People affected, at most ${PEOPLE_COUNT_MAX}.` })
  @Bounded({ max: PEOPLE_COUNT_MAX })
  peopleAffected!: number;
}

@InputType({ description: 'A risk point, described anew.' })
export class UpdateRiskPointInput extends RiskPointFields {
  @Field(() => ID, { description: 'The point.' })
  pointId!: string;

  // Declared on each input, not on RiskPointFields: type-graphql leaves the extensions (the bound)
  // of an inherited input field behind.
  @Field(() => Int, { defaultValue: 0, description: `People affected, at most ${PEOPLE_COUNT_MAX}.` })
  @Bounded({ max: PEOPLE_COUNT_MAX })
  peopleAffected!: number;
}

@InputType({ description: 'The point to remove.' })
export class RemoveRiskPointInput {
  @Field(() => ID, { description: 'The point.' })
  pointId!: string;
}

@InputType({ description: 'A mitigation measure on a point.' })
export class AddMitigationMeasureInput {
  @Field(() => ID, { description: 'The point.' })
  pointId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What will be done.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The unit that owns it (needed for it to count).' })
  ownerUnitId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'By when (needed for it to count).' })
  dueDate?: string | null;
}

/** The assessment a state change acts on, shared by submitting and filing. */
@InputType('RiskAssessmentFields', { description: 'The assessment to act on.' })
abstract class AssessmentActionFields {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;
}

export const SubmitRiskAssessmentInput = inputOf('submitRiskAssessment', AssessmentActionFields, 'The assessment to submit for review.');
export type SubmitRiskAssessmentInput = AssessmentActionFields;
export const FileRiskAssessmentInput = inputOf('fileRiskAssessment', AssessmentActionFields, 'The assessment to file (备案).');
export type FileRiskAssessmentInput = AssessmentActionFields;

@InputType({ description: 'An expert review.' })
export class ReviewRiskAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => ReviewVerdict, { description: 'PASS or RETURN.' })
  verdict!: ReviewVerdict;

  @Field(() => String, { defaultValue: '', description: 'Comments.' })
  comments!: string;
}

@InputType({ description: 'A decision on a major matter.' })
export class DecideMajorDecisionInput {
  @Field(() => ID, { description: 'The matter.' })
  decisionId!: string;

  @Field(() => DecisionOutcome, { description: 'APPROVE, POSTPONE or REJECT.' })
  outcome!: DecisionOutcome;

  @Field(() => NonEmptyStringResolver, { description: 'Why.' })
  rationale!: string;
}

@InputType({ description: 'A follow-up review of an approved matter.' })
export class RecordFollowUpReviewInput {
  @Field(() => ID, { description: 'The matter.' })
  decisionId!: string;

  @Field(() => LocalDateResolver, { description: 'The day of the review (not in the future).' })
  reviewedOn!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What was found.' })
  findings!: string;
}
