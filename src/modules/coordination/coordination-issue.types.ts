import { Field, ObjectType } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { IssueKind, IssueStatus, ParticipantRole } from './coordination.enums.js';

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

@ObjectType('IssueParticipant', { implements: Node, description: 'A unit taking part in an issue.' })
export class IssueParticipantType extends Node {
  @Field(() => ParticipantRole, { description: 'Its part.' })
  role!: ParticipantRole;

  @Field(() => DateTimeResolver, { description: 'When it was added.' })
  addedAt!: Date;

  unitKey!: string;
  issueKey!: string;
}

@ObjectType('Meeting', { implements: Node, description: 'A coordination meeting with its minutes (会议纪要) and resolutions.' })
export class MeetingType extends Node {
  @Field(() => LocalDateResolver, { description: 'When it was held.' })
  heldOn!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'The minutes.' })
  minutes!: string;

  @Cost({ bound: 20 })
  @Field(() => [String], { description: 'What was resolved.' })
  resolutions!: string[];

  attendingUnitKeys!: string[];
  issueKey!: string;
}

export const CoordinationIssueConnection = ConnectionType(CoordinationIssueType, 'CoordinationIssue');
