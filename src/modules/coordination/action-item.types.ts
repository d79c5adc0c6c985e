import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { ActionItemStatus } from './coordination.enums.js';

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

  issueKey!: string;
  assignedUnitKey!: string;
  meetingKey!: string | null;
  completedByKey!: string | null;
}

export const ActionItemConnection = ConnectionType(ActionItemType, 'ActionItem');
