import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { EnumComparator, IDComparator, LocalDateComparator } from '../../shared/graphql/filter.js';
import { ActionItemStatus, FundTransactionKind, IssueKind, IssueStatus, ParticipantRole } from './coordination.enums.js';

const IssueStatusComparator = EnumComparator<IssueStatus>(IssueStatus, 'IssueStatus');
const IssueKindComparator = EnumComparator<IssueKind>(IssueKind, 'IssueKind');

@InputType({ description: 'Which coordination issues to list.' })
export class CoordinationIssueFilter {
  @Field(() => IssueStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof IssueStatusComparator> | null;

  @Field(() => IssueKindComparator, { nullable: true, description: 'Kind.' })
  kind?: InstanceType<typeof IssueKindComparator> | null;

  @Field(() => IDComparator, { nullable: true, description: 'The lead coordinating unit, by ID.' })
  leadUnit?: IDComparator | null;

  @Field(() => ID, { nullable: true, description: 'A unit that leads or takes part.' })
  participatingUnit?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the target date and not resolved or closed (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text in the title or description, ignoring case.' })
  text?: string | null;
}

export enum CoordinationIssueOrderField {
  OPENED_ON = 'OPENED_ON',
  TARGET_DATE = 'TARGET_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CoordinationIssueOrderField, {
  name: 'CoordinationIssueOrderField',
  description: 'Fields coordination issues can be ordered by.',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class CoordinationIssueOrder {
  @Field(() => CoordinationIssueOrderField, { description: 'Field to order by.' })
  field!: CoordinationIssueOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new coordination issue.' })
export class OpenCoordinationIssueInput {
  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the problem is.' })
  description!: string;

  @Field(() => IssueKind, { description: 'What it is about.' })
  kind!: IssueKind;

  @Field(() => ID, { description: 'The lead coordinating unit.' })
  leadUnitId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was opened; today when omitted.' })
  openedOn?: string | null;

  @Field(() => LocalDateResolver, { description: 'When it should be settled.' })
  targetDate!: string;
}

@InputType({ description: 'A unit to add to an issue.' })
export class AddIssueParticipantInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => ParticipantRole, { description: 'Its part.' })
  role!: ParticipantRole;
}

@InputType({ description: 'Money one unit owes another under an issue.' })
export class CreateFundObligationInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => ID, { description: 'Who pays.' })
  payerUnitId!: string;

  @Field(() => ID, { description: 'Who receives and disburses.' })
  payeeUnitId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What the money is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'The amount in yuan, e.g. "34000000.12".' })
  amount!: string;

  @Field(() => Int, { defaultValue: 0, description: 'How many people it is for.' })
  beneficiaries!: number;
}

@InputType({ description: 'Money that moved under an obligation.' })
export class RecordFundTransactionInput {
  @Field(() => ID, { description: 'The obligation.' })
  obligationId!: string;

  @Field(() => FundTransactionKind, { description: 'TRANSFER (payer → payee) or DISBURSEMENT (payee → beneficiaries).' })
  kind!: FundTransactionKind;

  @Field(() => DecimalScalar, { description: 'The amount in yuan, positive, at most two decimals.' })
  amount!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When; today when omitted.' })
  occurredOn?: string | null;

  @Field(() => String, { defaultValue: '', description: 'The payment reference.' })
  reference!: string;
}

const ActionItemStatusComparator = EnumComparator<ActionItemStatus>(ActionItemStatus, 'ActionItemStatus');

@InputType({ description: 'Which action items to list: a unit’s inbox.' })
export class ActionItemFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The assigned unit, by ID.' })
  assignedUnit?: IDComparator | null;

  @Field(() => ActionItemStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof ActionItemStatusComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past due (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'Due-date range.' })
  dueDate?: LocalDateComparator | null;
}

@InputType({ description: 'An action decided at a meeting.' })
export class MeetingActionInput {
  @Field(() => NonEmptyStringResolver, { description: 'What is to be done.' })
  description!: string;

  @Field(() => ID, { description: 'The unit that must do it.' })
  assignedUnitId!: string;

  @Field(() => LocalDateResolver, { description: 'By when.' })
  dueDate!: string;
}

@InputType({ description: 'A resolution of a meeting, with the actions it assigns.' })
export class MeetingResolutionInput {
  @Field(() => NonEmptyStringResolver, { description: 'What was resolved.' })
  text!: string;

  @Field(() => [MeetingActionInput], { defaultValue: [], description: 'Action items it creates.' })
  actions!: MeetingActionInput[];
}

@InputType({ description: 'A coordination meeting.' })
export class RecordMeetingInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => LocalDateResolver, { description: 'When it was held (not in the future).' })
  heldOn!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'The minutes (会议纪要).' })
  minutes!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Attending units.' })
  attendingUnitIds!: string[];

  @Field(() => [MeetingResolutionInput], { defaultValue: [], description: 'Resolutions, each with its actions.' })
  resolutions!: MeetingResolutionInput[];
}

@InputType({ description: 'An action item outside a meeting.' })
export class AddActionItemInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What is to be done.' })
  description!: string;

  @Field(() => ID, { description: 'The unit that must do it.' })
  assignedUnitId!: string;

  @Field(() => LocalDateResolver, { description: 'By when.' })
  dueDate!: string;
}

@InputType({ description: 'An action item done, with its evidence.' })
export class CompleteActionItemInput {
  @Field(() => ID, { description: 'The item.' })
  actionItemId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What shows it was done.' })
  evidence!: string;
}

@InputType({ description: 'An action item no longer needed.' })
export class CancelActionItemInput {
  @Field(() => ID, { description: 'The item.' })
  actionItemId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'The issue to resolve or close.' })
export class IssueActionInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;
}

@InputType({ description: 'The issue to reopen.' })
export class ReopenCoordinationIssueInput {
  @Field(() => ID, { description: 'The issue, RESOLVED or CLOSED.' })
  issueId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why it is reopened.' })
  reason!: string;
}
