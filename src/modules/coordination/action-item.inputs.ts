import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Bounded, LONG_TEXT_MAX } from '../../shared/graphql/input-bounds.js';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator, LocalDateComparator } from '../../shared/graphql/filter.js';
import { ActionItemStatus } from './coordination.enums.js';

const ActionItemStatusComparator = EnumComparator<ActionItemStatus>(ActionItemStatus, 'ActionItemStatus');

@InputType({ description: 'Which action items to list: a unit’s inbox. Fields combine with AND; use `and`/`or` for more.' })
export class ActionItemFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The assigned unit, by ID.' })
  assignedUnit?: IDComparator | null;

  @Field(() => ActionItemStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof ActionItemStatusComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past due (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'Due-date range.' })
  dueDate?: LocalDateComparator | null;

  @Field(() => [ActionItemFilter], { nullable: true, description: 'All of these filters.' })
  and?: ActionItemFilter[] | null;

  @Field(() => [ActionItemFilter], { nullable: true, description: 'Any of these filters.' })
  or?: ActionItemFilter[] | null;
}

export enum ActionItemOrderField {
  DUE_DATE = 'DUE_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ActionItemOrderField, {
  name: 'ActionItemOrderField',
  description: 'Fields action items can be ordered by. 工作事项可排序的字段。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class ActionItemOrder {
  @Field(() => ActionItemOrderField, { description: 'Field to order by.' })
  field!: ActionItemOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
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
  @Bounded({ maxLength: LONG_TEXT_MAX })
  minutes!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Attending units.' })
  attendingUnitIds!: string[];

  @Field(() => [MeetingResolutionInput], { defaultValue: [], description: 'Resolutions, each with its actions.' })
  resolutions!: MeetingResolutionInput[];
}

@InputType({ description: 'An action item outside a meeting: what a meeting would assign, and the issue.' })
export class AddActionItemInput extends MeetingActionInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;
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
