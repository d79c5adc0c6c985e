import { Field, ObjectType } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import { DateTimeResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';

@ObjectType('FieldChange', { description: 'One value an event set, as text: what it was before (where recorded) and what it became.' })
export class FieldChange {
  @Field(() => String, { description: 'The field, e.g. `status`, `amount`, `resolutions`.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before; null when the event recorded none.' })
  from!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value after; null when the event cleared it. Lists are written as JSON arrays.',
  })
  to!: string | null;
}

@ObjectType('IssueEvent', { implements: Node, description: 'One event in an issue’s history, as the audit trail recorded it.' })
export class IssueEvent extends Node {
  @Field(() => String, { description: 'What happened, e.g. `coordinationIssue.recordMeeting`.' })
  action!: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  at!: Date;

  @Cost({ bound: 20 })
  @Field(() => [FieldChange], { description: 'What the event set, one entry per field whose value changed or was recorded.' })
  changes!: FieldChange[];

  /** Username of who did it, or `system`. */
  actorName!: string;
  objectId!: string;
}

export const IssueEventConnection = ConnectionType(IssueEvent, 'IssueEvent');
