import { Field, ID, InputType } from 'type-graphql';
import { NonEmptyStringResolver } from 'graphql-scalars';

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
