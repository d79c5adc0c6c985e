import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { Node } from '../../shared/graphql/node.js';
import { ActionItemStatus, FundTransactionKind, IssueKind, IssueStatus, ParticipantRole } from './coordination.enums.js';

@ObjectType('CoordinationIssue', {
  implements: Node,
  description: 'A cross-department coordination issue (跨部门协调事项), tracked to a verified close.',
})
export class CoordinationIssueType extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'What the problem is.' })
  description!: string;

  @Field(() => IssueKind, { description: 'What it is about.' })
  kind!: IssueKind;

  @Field(() => IssueStatus, { description: 'Where it stands.' })
  status!: IssueStatus;

  @Field(() => LocalDateResolver, { description: 'When it was opened.' })
  openedOn!: string;

  @Field(() => LocalDateResolver, { description: 'When it should be settled.' })
  targetDate!: string;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  leadUnitKey!: string;
}

@ObjectType({ description: 'A unit taking part in an issue.' })
export class IssueParticipantType {
  @Field(() => ParticipantRole, { description: 'Its part.' })
  role!: ParticipantRole;

  @Field(() => DateTimeResolver, { description: 'When it was added.' })
  addedAt!: Date;

  unitKey!: string;
  issueKey!: string;
}

export interface FenTotals {
  obligated: bigint;
  transferred: bigint;
  disbursed: bigint;
}

@ObjectType({ description: 'Exact money totals, in yuan.' })
export class FundTotals {
  @Field(() => DecimalScalar, { description: 'Owed in all.' })
  obligated!: string;

  @Field(() => DecimalScalar, { description: 'Transferred from payers to payees.' })
  transferred!: string;

  @Field(() => DecimalScalar, { description: 'Disbursed to beneficiaries.' })
  disbursed!: string;

  @Field(() => DecimalScalar, { description: 'Still to disburse: obligated minus disbursed.' })
  outstanding!: string;
}

@ObjectType('FundObligation', { implements: Node, description: 'Money one unit owes another under an issue.' })
export class FundObligationType extends Node {
  @Field(() => String, { description: 'What the money is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'The amount owed, in yuan.' })
  amount!: string;

  @Field(() => Int, { description: 'How many people it is for.' })
  beneficiaries!: number;

  @Field(() => FundTotals, { description: 'What moved so far.' })
  totals!: FundTotals;

  issueKey!: string;
  payerKey!: string;
  payeeKey!: string;
  /** The same sums in exact fen, for adding up across obligations. */
  fen!: FenTotals;
}

@ObjectType({ description: 'Money that moved under an obligation.' })
export class FundTransactionType {
  @Field(() => FundTransactionKind, { description: 'Which way.' })
  kind!: FundTransactionKind;

  @Field(() => DecimalScalar, { description: 'How much, in yuan.' })
  amount!: string;

  @Field(() => LocalDateResolver, { description: 'When.' })
  occurredOn!: string;

  @Field(() => String, { description: 'The payment reference.' })
  reference!: string;

  obligationKey!: string;
}

export const CoordinationIssueConnection = ConnectionType(CoordinationIssueType, 'CoordinationIssue');

@ObjectType('ActionItem', { implements: Node, description: 'Something a unit must do for an issue, by a date.' })
export class ActionItemType extends Node {
  @Field(() => String, { description: 'What is to be done.' })
  description!: string;

  @Field(() => LocalDateResolver, { description: 'By when.' })
  dueDate!: string;

  @Field(() => ActionItemStatus, { description: 'Where it stands.' })
  status!: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'DONE: the evidence of completion; CANCELLED: the reason.' })
  evidence!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was completed or cancelled.' })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who completed or cancelled it.' })
  completedByName!: string | null;

  issueKey!: string;
  assignedUnitKey!: string;
  meetingKey!: string | null;
}

@ObjectType({ description: 'A coordination meeting with its minutes (会议纪要) and resolutions.' })
export class MeetingType {
  @Field(() => LocalDateResolver, { description: 'When it was held.' })
  heldOn!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'The minutes.' })
  minutes!: string;

  @Field(() => [String], { description: 'What was resolved.' })
  resolutions!: string[];

  attendingUnitKeys!: string[];
  issueKey!: string;
}

@ObjectType('IssueEvent', { implements: Node, description: 'One event in an issue’s history, as the audit trail recorded it.' })
export class IssueEvent extends Node {
  @Field(() => String, { description: 'What happened, e.g. `coordinationIssue.recordMeeting`.' })
  action!: string;

  @Field(() => String, { description: 'Who did it (a username, or `system`).' })
  actor!: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  at!: Date;

  @Field(() => JSONResolver, { nullable: true, description: 'The state before, where it matters.' })
  from!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'What changed.' })
  to!: unknown;

  objectId!: string;
}

@ObjectType({ description: 'An obligation not yet fully disbursed.' })
export class UnsettledObligation {
  @Field(() => String, { description: 'What it is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'Still to disburse, in yuan.' })
  outstanding!: string;

  key!: string;
}

@ObjectType({ description: 'What keeps an issue from closing: the rule `closeCoordinationIssue` enforces.' })
export class ClosureBlockersType {
  @Field(() => [ActionItemType], { description: 'Action items still open.' })
  openActionItems!: ActionItemType[];

  @Field(() => [UnsettledObligation], { description: 'Obligations with money still outstanding.' })
  unsettledObligations!: UnsettledObligation[];

  @Field(() => Boolean, { description: 'Whether nothing is left open.' })
  clear!: boolean;
}

export const ActionItemConnection = ConnectionType(ActionItemType, 'ActionItem');
export const IssueEventConnection = ConnectionType(IssueEvent, 'IssueEvent');
