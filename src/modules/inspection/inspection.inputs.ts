import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator, LocalDateComparator } from '../../shared/graphql/filter.js';
import { CheckVerdict, FindingSeverity, NoticeStatus, RoundStatus, VisitKind, VisitMethod } from './inspection.enums.js';

const RoundStatusComparator = EnumComparator<RoundStatus>(RoundStatus, 'InspectionRoundStatus');
const SeverityComparator = EnumComparator<FindingSeverity>(FindingSeverity, 'FindingSeverity');
const NoticeStatusComparator = EnumComparator<NoticeStatus>(NoticeStatus, 'RectificationNoticeStatus');

@InputType({ description: 'Which rounds to list.' })
export class InspectionRoundFilter {
  @Field(() => RoundStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof RoundStatusComparator> | null;
}

@InputType({ description: 'A new inspection round.' })
export class CreateInspectionRoundInput {
  @Field(() => Int, { description: 'The year inspected; one round per year.' })
  year!: number;

  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;
}

@InputType({ description: 'The round to act on.' })
export class InspectionRoundActionInput {
  @Field(() => ID, { description: 'The round.' })
  roundId!: string;
}

@InputType({ description: 'A new group of a round.' })
export class AddInspectionGroupInput {
  @Field(() => ID, { description: 'The round, PLANNING and without a rotation.' })
  roundId!: string;

  @Field(() => ID, { description: 'The leader: a Person of a provincial unit.' })
  leaderId!: string;

  @Field(() => ID, { description: 'The group’s home region: the region its members are drawn from, its seat in the ring.' })
  homeRegionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Where the leader comes from, when that is a region (a provincial cadre who served there); the group may not inspect it.',
  })
  leaderHomeRegionId?: string | null;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'Name; 第N督察组 when omitted.' })
  name?: string | null;
}

@InputType({ description: 'A group’s leader and name, replaced.' })
export class UpdateInspectionGroupInput {
  @Field(() => ID, { description: 'The group, of a round still PLANNING.' })
  groupId!: string;

  @Field(() => ID, { description: 'The leader: a Person of a provincial unit.' })
  leaderId!: string;

  @Field(() => ID, { nullable: true, description: 'Where the leader comes from, when that is a region; none when omitted.' })
  leaderHomeRegionId?: string | null;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'Name; 第N督察组 when omitted.' })
  name?: string | null;
}

@InputType({ description: 'A cadre joining a group.' })
export class AddGroupMemberInput {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The cadre.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The region they come from; their unit’s region when omitted.' })
  homeRegionId?: string | null;
}

@InputType({ description: 'A cadre leaving a group.' })
export class RemoveGroupMemberInput {
  @Field(() => ID, { description: 'The group, of a round still PLANNING.' })
  groupId!: string;

  @Field(() => ID, { description: 'The cadre.' })
  personId!: string;
}

@InputType({ description: 'One group sent to one region.' })
export class RotationAssignmentInput {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The region it inspects.' })
  regionId!: string;
}

@InputType({ description: 'The rotation of a round: give `order` (the ring) or `assignments` (each group’s region), not both.' })
export class AssignRotationInput {
  @Field(() => ID, { description: 'The round, PLANNING and without a rotation.' })
  roundId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Regions in ring order: the group seated at each inspects the next one, the last group the first region.',
  })
  order?: string[] | null;

  @Field(() => [RotationAssignmentInput], { nullable: true, description: 'Each group with the region it inspects.' })
  assignments?: RotationAssignmentInput[] | null;
}

@InputType({ description: 'Find a valid ring for a round.' })
export class GenerateRotationInput {
  @Field(() => ID, { description: 'The round.' })
  roundId!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Assign the ring found, as `assignRotation` would; otherwise it is only proposed and nothing is written.',
  })
  apply!: boolean;
}

@InputType({ description: 'A reform task checked on a visit.' })
export class TaskCheckInput {
  @Field(() => ID, { description: 'The reform task.' })
  taskId!: string;

  @Field(() => CheckVerdict, { description: 'Was as much done as the task asks?' })
  quantity!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Did it achieve what it was meant to?' })
  results!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Was it done well?' })
  quality!: CheckVerdict;

  @Field(() => String, { defaultValue: '', description: 'Notes.' })
  notes!: string;
}

@InputType({ description: 'A visit a group made.' })
export class RecordInspectionVisitInput {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The region visited: the group’s assigned region.' })
  regionId!: string;

  @Field(() => LocalDateResolver, { description: 'When (not in the future).' })
  visitedOn!: string;

  @Field(() => VisitKind, { description: 'UNANNOUNCED, or RETURN_VISIT after an earlier visit to the region.' })
  kind!: VisitKind;

  @Field(() => [VisitMethod], { description: 'How it checked (at least one).' })
  methods!: VisitMethod[];

  @Field(() => [ID], { defaultValue: [], description: 'Units visited, all of the region.' })
  unitIds!: string[];

  @Field(() => String, { defaultValue: '', description: 'What the group saw.' })
  summary!: string;

  @Field(() => [TaskCheckInput], { defaultValue: [], description: 'The reform tasks checked, each once.' })
  checks!: TaskCheckInput[];
}

@InputType({ description: 'A problem a visit found.' })
export class RecordFindingInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId!: string;

  @Field(() => ID, { description: 'The reform task concerned.' })
  taskId!: string;

  @Field(() => ID, { description: 'The unit responsible, of the region visited.' })
  unitId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What is wrong.' })
  description!: string;

  @Field(() => FindingSeverity, { description: 'How grave it is.' })
  severity!: FindingSeverity;
}

@InputType({ description: 'A rectification notice on a finding.' })
export class IssueRectificationNoticeInput {
  @Field(() => ID, { description: 'The finding; one notice per finding.' })
  findingId!: string;

  @Field(() => LocalDateResolver, { description: 'When the feedback is due.' })
  deadline!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What the unit must do.' })
  requirements!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was issued; today when omitted.' })
  issuedOn?: string | null;
}

@InputType({ description: 'The notice to act on.' })
export class NoticeActionInput {
  @Field(() => ID, { description: 'The notice.' })
  noticeId!: string;
}

@InputType({ description: 'The responsible unit’s feedback on a notice.' })
export class SubmitRectificationFeedbackInput {
  @Field(() => ID, { description: 'The notice, RECTIFYING.' })
  noticeId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why the problem arose.' })
  rootCauseAnalysis!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What was done about it.' })
  measuresTaken!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What shows it.' })
  evidence!: string;
}

@InputType({ description: 'Verifying a rectification.' })
export class VerifyRectificationInput {
  @Field(() => ID, { description: 'The notice, FEEDBACK_SUBMITTED.' })
  noticeId!: string;

  @Field(() => String, { defaultValue: '', description: 'What the inspectors found on checking.' })
  note!: string;
}

@InputType({ description: 'Sending feedback back.' })
export class ReopenRectificationNoticeInput {
  @Field(() => ID, { description: 'The notice, FEEDBACK_SUBMITTED.' })
  noticeId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why the feedback is not accepted.' })
  reason!: string;
}

@InputType({ description: 'Which findings to list.' })
export class FindingFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The round.' })
  round?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The region inspected.' })
  region?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The unit responsible.' })
  unit?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The group that found it.' })
  group?: IDComparator | null;

  @Field(() => SeverityComparator, { nullable: true, description: 'Severity.' })
  severity?: InstanceType<typeof SeverityComparator> | null;

  @Field(() => NoticeStatusComparator, { nullable: true, description: 'The status of its notice (findings without one never match).' })
  noticeStatus?: InstanceType<typeof NoticeStatusComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Has a notice (true) or none yet (false).' })
  hasNotice?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Its notice is past its deadline while the unit still owes feedback (true), or not (false).',
  })
  overdue?: boolean | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'When it was found.' })
  foundOn?: LocalDateComparator | null;

  @Field(() => String, { nullable: true, description: 'Text in the description, ignoring case.' })
  text?: string | null;
}

export enum FindingOrderField {
  FOUND_ON = 'FOUND_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(FindingOrderField, { name: 'FindingOrderField', description: 'Fields findings can be ordered by.' });

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class FindingOrder {
  @Field(() => FindingOrderField, { description: 'Field to order by.' })
  field!: FindingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Which notices to list: with `unit` and the open statuses, a unit’s inbox.' })
export class RectificationNoticeFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The responsible unit.' })
  unit?: IDComparator | null;

  @Field(() => NoticeStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof NoticeStatusComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the deadline while the unit still owes feedback (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => IDComparator, { nullable: true, description: 'The round of its finding.' })
  round?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The region of its finding.' })
  region?: IDComparator | null;

  @Field(() => SeverityComparator, { nullable: true, description: 'The severity of its finding.' })
  severity?: InstanceType<typeof SeverityComparator> | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'Deadline range.' })
  deadline?: LocalDateComparator | null;
}

export enum NoticeOrderField {
  DEADLINE = 'DEADLINE',
  ISSUED_ON = 'ISSUED_ON',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(NoticeOrderField, { name: 'RectificationNoticeOrderField', description: 'Fields notices can be ordered by.' });

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class NoticeOrder {
  @Field(() => NoticeOrderField, { description: 'Field to order by.' })
  field!: NoticeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A region’s daily-performance score for a year.' })
export class SetDailyPerformanceScoreInput {
  @Field(() => ID, { description: 'The region.' })
  regionId!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Float, { description: 'The score, 0–100 (kept to two decimals).' })
  score!: number;

  @Field(() => String, { defaultValue: '', description: 'Notes.' })
  notes!: string;
}

@InputType({ description: 'The year to evaluate.' })
export class RecomputeRegionEvaluationsInput {
  @Field(() => Int, { description: 'The year; it needs an inspection round.' })
  year!: number;
}

@InputType({ description: 'New evaluation weights; all are replaced.' })
export class UpdateEvaluationWeightsInput {
  @Field(() => Float, { description: 'Weight of the daily-performance score.' })
  dailyPerformance!: number;

  @Field(() => Float, { description: 'Weight of the inspection score.' })
  inspection!: number;

  @Field(() => Float, { description: 'Weight of the rectification score; the three add up to 1.' })
  rectification!: number;

  @Field(() => Float, { description: 'What a MET verdict is worth, 0–1.' })
  metValue!: number;

  @Field(() => Float, { description: 'What a PARTLY_MET verdict is worth, 0–1.' })
  partlyMetValue!: number;

  @Field(() => Float, { description: 'What a NOT_MET verdict is worth, 0–1.' })
  notMetValue!: number;

  @Field(() => Float, { description: 'Points per MINOR finding.' })
  minorDeduction!: number;

  @Field(() => Float, { description: 'Points per SERIOUS finding.' })
  seriousDeduction!: number;

  @Field(() => Float, { description: 'Points per CRITICAL finding.' })
  criticalDeduction!: number;

  @Field(() => Float, { description: 'Share of full credit for a notice closed late, 0–1.' })
  lateClosureCredit!: number;
}
