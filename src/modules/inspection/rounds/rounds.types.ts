import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../shared/graphql/connection.js';
import { Node } from '../../../shared/graphql/node.js';
import { RoundStatus } from '../inspection.enums.js';

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

@ObjectType('GroupMember', { implements: Node, description: 'A cadre serving in a group, with the region they come from.' })
export class GroupMemberType extends Node {
  @Field(() => DateTimeResolver, { description: 'When they joined the group.' })
  addedAt!: Date;

  personKey!: string;
  homeRegionKey!: string | null;
  groupKey!: string;
}

@ObjectType('RotationAssignment', { description: 'One link of the ring: a group, seated at its home region, inspects another region.' })
export class RotationAssignmentType {
  groupKey!: string;
  fromRegionKey!: string;
  regionKey!: string;
}

export const InspectionRoundConnection = ConnectionType(InspectionRoundType, 'InspectionRound');
export const InspectionGroupConnection = ConnectionType(InspectionGroupType, 'InspectionGroup');
