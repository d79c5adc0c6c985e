import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator } from '../../shared/graphql/filter.js';
import { inputOf } from '../../shared/graphql/payload.js';
import { IssueKind, IssueStatus, ParticipantRole } from './coordination.enums.js';

const IssueStatusComparator = EnumComparator<IssueStatus>(IssueStatus, 'IssueStatus');
const IssueKindComparator = EnumComparator<IssueKind>(IssueKind, 'IssueKind');

@InputType({ description: 'Which coordination issues to list. Fields combine with AND; use `and`/`or` for more.' })
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

  @Field(() => [CoordinationIssueFilter], { nullable: true, description: 'All of these filters.' })
  and?: CoordinationIssueFilter[] | null;

  @Field(() => [CoordinationIssueFilter], { nullable: true, description: 'Any of these filters.' })
  or?: CoordinationIssueFilter[] | null;
}

export enum CoordinationIssueOrderField {
  OPENED_ON = 'OPENED_ON',
  TARGET_DATE = 'TARGET_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CoordinationIssueOrderField, {
  name: 'CoordinationIssueOrderField',
  description: 'Fields coordination issues can be ordered by. 协调事项可排序的字段。',
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

@InputType('CoordinationIssueIdFields')
class IssueIdFields {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;
}

export const ResolveCoordinationIssueInput = inputOf('resolveCoordinationIssue', IssueIdFields, 'The issue to resolve.');
export type ResolveCoordinationIssueInput = IssueIdFields;
export const CloseCoordinationIssueInput = inputOf('closeCoordinationIssue', IssueIdFields, 'The issue to close, RESOLVED.');
export type CloseCoordinationIssueInput = IssueIdFields;

@InputType({ description: 'The issue to reopen.' })
export class ReopenCoordinationIssueInput {
  @Field(() => ID, { description: 'The issue, RESOLVED or CLOSED.' })
  issueId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why it is reopened.' })
  reason!: string;
}
