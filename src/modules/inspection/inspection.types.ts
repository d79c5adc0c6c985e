import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { CheckVerdict, FindingSeverity, NoticeStatus, RoundStatus, VisitKind, VisitMethod } from './inspection.enums.js';

@ObjectType('InspectionRound', { implements: Node, description: 'One year’s rotating inspection (推磨式督察).' })
export class InspectionRoundType extends Node {
  @Field(() => Int, { description: 'The year inspected.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => RoundStatus, { description: 'Where the round stands.' })
  status!: RoundStatus;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the rotation was assigned; null while there is none.' })
  rotationAssignedAt!: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the round started (became ACTIVE).' })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the round closed.' })
  closedOn!: string | null;
}

@ObjectType('InspectionGroup', {
  implements: Node,
  description: 'An inspection group: led by a provincial cadre, with members from the regions; seated at its home region in the ring.',
})
export class InspectionGroupType extends Node {
  @Field(() => Int, { description: 'Its number in the round, from 1.' })
  ordinal!: number;

  @Field(() => String, { description: 'Name, e.g. 第一督察组.' })
  name!: string;

  roundKey!: string;
  leaderKey!: string;
  leaderHomeRegionKey!: string | null;
  homeRegionKey!: string;
  assignedRegionKey!: string | null;
}

@ObjectType({ description: 'A cadre serving in a group, with the region they come from.' })
export class GroupMemberType {
  @Field(() => DateTimeResolver, { description: 'When they joined the group.' })
  addedAt!: Date;

  personKey!: string;
  homeRegionKey!: string | null;
  groupKey!: string;
}

@ObjectType({ description: 'One link of the ring: a group, seated at its home region, inspects another region.' })
export class RotationAssignmentType {
  groupKey!: string;
  fromRegionKey!: string;
  regionKey!: string;
}

@ObjectType('InspectionVisit', { implements: Node, description: 'A group’s visit to its assigned region.' })
export class InspectionVisitType extends Node {
  @Field(() => LocalDateResolver, { description: 'When.' })
  visitedOn!: string;

  @Field(() => VisitKind, { description: 'Unannounced (四不两直) or a return visit (杀回马枪).' })
  kind!: VisitKind;

  @Field(() => [VisitMethod], { description: 'How it checked.' })
  methods!: VisitMethod[];

  @Field(() => String, { description: 'What the group saw.' })
  summary!: string;

  roundKey!: string;
  groupKey!: string;
  regionKey!: string;
  unitKeys!: string[];
}

@ObjectType({ description: 'A reform task checked on a visit: quantity, results and quality.' })
export class TaskCheckType {
  @Field(() => CheckVerdict, { description: 'Was as much done as the task asks?' })
  quantity!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Did it achieve what it was meant to?' })
  results!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Was it done well?' })
  quality!: CheckVerdict;

  @Field(() => String, { description: 'Notes.' })
  notes!: string;

  taskKey!: string;
  visitKey!: string;
}

@ObjectType('InspectionFinding', { implements: Node, description: 'A problem an inspection found, with the unit responsible.' })
export class FindingType extends Node {
  @Field(() => String, { description: 'What is wrong.' })
  description!: string;

  @Field(() => FindingSeverity, { description: 'How grave it is.' })
  severity!: FindingSeverity;

  @Field(() => LocalDateResolver, { description: 'The day of the visit that found it.' })
  foundOn!: string;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  createdAt!: Date;

  visitKey!: string;
  groupKey!: string;
  roundKey!: string;
  regionKey!: string;
  taskKey!: string;
  unitKey!: string;
  noticeKey!: string | null;
}

@ObjectType('RectificationNotice', {
  implements: Node,
  description: 'A rectification notice (整改意见书): root-cause analysis, immediate correction and feedback by a deadline.',
})
export class RectificationNoticeType extends Node {
  @Field(() => LocalDateResolver, { description: 'When it was issued.' })
  issuedOn!: string;

  @Field(() => LocalDateResolver, { description: 'When the feedback is due.' })
  deadline!: string;

  @Field(() => String, { description: 'What the unit must do.' })
  requirements!: string;

  @Field(() => NoticeStatus, { description: 'Where it stands.' })
  status!: NoticeStatus;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' })
  reopenReason!: string | null;

  @Field(() => Int, { description: 'How often the feedback was sent back.' })
  reopenCount!: number;

  @Field(() => String, { nullable: true, description: 'What the inspectors noted on verifying.' })
  verificationNote!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was verified.' })
  verifiedAt!: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was closed.' })
  closedOn!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Once closed: whether the feedback that was accepted came in by the deadline.',
  })
  closedOnTime!: boolean | null;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  findingKey!: string;
  unitKey!: string;
}

@ObjectType({ description: 'The responsible unit’s report on a notice.' })
export class RectificationFeedbackType {
  @Field(() => String, { description: 'Why the problem arose (root-cause analysis).' })
  rootCauseAnalysis!: string;

  @Field(() => String, { description: 'What was done about it.' })
  measuresTaken!: string;

  @Field(() => String, { description: 'What shows it.' })
  evidence!: string;

  @Field(() => LocalDateResolver, { description: 'The day it came in.' })
  submittedOn!: string;

  @Field(() => String, { nullable: true, description: 'Who submitted it.' })
  submittedByName!: string | null;

  noticeKey!: string;
}

@ObjectType({ description: 'Findings counted by severity.' })
export class SeverityCounts {
  @Field(() => Int, { description: 'MINOR.' })
  minor!: number;

  @Field(() => Int, { description: 'SERIOUS.' })
  serious!: number;

  @Field(() => Int, { description: 'CRITICAL.' })
  critical!: number;
}

@ObjectType('RegionEvaluation', {
  implements: Node,
  description: 'A region’s evaluation for a year: daily performance plus inspection results, weighed by `evaluationWeights`.',
})
export class RegionEvaluationType extends Node {
  @Field(() => Int, { description: 'The year evaluated.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Daily-performance score, 0–100, entered by commission staff; null until entered.' })
  dailyScore!: number | null;

  @Field(() => String, { description: 'Notes on the daily-performance score.' })
  dailyNotes!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Inspection score, 0–100: the mean value of every verdict of the round’s task checks in the region; null without checks.',
  })
  inspectionScore!: number | null;

  @Field(() => Int, { description: 'Task checks the score rests on.' })
  checks!: number;

  @Field(() => SeverityCounts, { description: 'Findings in the region in the round, by severity.' })
  findings!: SeverityCounts;

  @Field(() => Int, { description: 'Rectification notices on those findings.' })
  notices!: number;

  @Field(() => Int, { description: 'Notices closed with feedback in by the deadline.' })
  noticesClosedOnTime!: number;

  @Field(() => Int, { description: 'Notices closed with feedback after the deadline.' })
  noticesClosedLate!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Rectification score, 0–100: notices closed on time count fully, late ones by the late-closure credit, open ones not at all (100 without notices).',
  })
  rectificationScore!: number | null;

  @Field(() => Float, { description: 'Points deducted for findings, by severity.' })
  deduction!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted total, 0–100, two decimals; null while the daily or the inspection score is missing.',
  })
  total!: number | null;

  @Field(() => Int, { description: 'Place in the year’s ranking (equal totals share a place; regions without a total come last).' })
  rank!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last computed.' })
  computedAt!: Date | null;

  regionKey!: string;
}

@ObjectType({ description: 'How evaluations are weighed: configuration kept in the database.' })
export class EvaluationWeightsType {
  @Field(() => Float, { description: 'Weight of the daily-performance score; the three weights add up to 1.' })
  dailyPerformance!: number;

  @Field(() => Float, { description: 'Weight of the inspection score.' })
  inspection!: number;

  @Field(() => Float, { description: 'Weight of the rectification score.' })
  rectification!: number;

  @Field(() => Float, { description: 'What a MET verdict is worth, 0–1.' })
  metValue!: number;

  @Field(() => Float, { description: 'What a PARTLY_MET verdict is worth, 0–1.' })
  partlyMetValue!: number;

  @Field(() => Float, { description: 'What a NOT_MET verdict is worth, 0–1.' })
  notMetValue!: number;

  @Field(() => Float, { description: 'Points deducted per MINOR finding.' })
  minorDeduction!: number;

  @Field(() => Float, { description: 'Points deducted per SERIOUS finding.' })
  seriousDeduction!: number;

  @Field(() => Float, { description: 'Points deducted per CRITICAL finding.' })
  criticalDeduction!: number;

  @Field(() => Float, { description: 'Share of full credit a notice closed late earns, 0–1.' })
  lateClosureCredit!: number;

  @Field(() => DateTimeResolver, { description: 'When the weights last changed.' })
  updatedAt!: Date;
}

export const InspectionRoundConnection = ConnectionType(InspectionRoundType, 'InspectionRound');
export const InspectionGroupConnection = ConnectionType(InspectionGroupType, 'InspectionGroup');
export const InspectionVisitConnection = ConnectionType(InspectionVisitType, 'InspectionVisit');
export const FindingConnection = ConnectionType(FindingType, 'InspectionFinding');
export const RectificationNoticeConnection = ConnectionType(RectificationNoticeType, 'RectificationNotice');
export const RegionEvaluationConnection = ConnectionType(RegionEvaluationType, 'RegionEvaluation');
