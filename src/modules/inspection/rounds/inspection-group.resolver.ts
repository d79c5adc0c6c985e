import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { keyOf, optionalKeyOf } from '../../../shared/graphql/global-id.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { PersonType, RegionType } from '../../unit/index.js';
import { addGroupMember, addInspectionGroup, removeGroupMember, updateInspectionGroup } from './group.service.js';
import { AddGroupMemberInput, AddInspectionGroupInput, RemoveGroupMemberInput, UpdateInspectionGroupInput } from './groups.inputs.js';
import { roundKeyOf } from './inspection-round.resolver.js';
import { GroupMemberType, InspectionGroupType, InspectionRoundType } from './rounds.types.js';

registerNodeType('InspectionGroup', { load: (ctx, key) => ctx.loaders.inspection.groupByKey.load(key) });

@ObjectType('InspectionGroupResult')
class InspectionGroupResult extends MutationResult {
  @Field(() => InspectionGroupType, { nullable: true, description: 'The group as it now is; null when `userErrors` is not empty.' })
  inspectionGroup?: InspectionGroupType | null;
}

const AddInspectionGroupPayload = payloadOf('addInspectionGroup', InspectionGroupResult);
const AddGroupMemberPayload = payloadOf('addGroupMember', InspectionGroupResult);
const UpdateInspectionGroupPayload = payloadOf('updateInspectionGroup', InspectionGroupResult);
const RemoveGroupMemberPayload = payloadOf('removeGroupMember', InspectionGroupResult);

const groupKeyOf = (id: string) => keyOf(id, 'InspectionGroup', 'input.groupId');
const groupPayload = (ctx: Context) => async (key: string) => ({ inspectionGroup: await ctx.loaders.inspection.groupByKey.load(key) });

@Resolver(() => InspectionGroupType)
export class InspectionGroupResolver {
  @Mutation(() => AddInspectionGroupPayload, {
    description:
      'Adds a group to a round still PLANNING and without a rotation: a provincial leader, seated at its home region. Commission staff.',
  })
  addInspectionGroup(
    @Arg('input', () => AddInspectionGroupInput, { description: 'The group.' }) input: AddInspectionGroupInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionGroupResult>> {
    const key = roundKeyOf(input.roundId);
    const fields = {
      leaderKey: keyOf(input.leaderId, 'Person', 'input.leaderId'),
      homeRegionKey: keyOf(input.homeRegionId, 'Region', 'input.homeRegionId'),
      leaderHomeRegionKey: optionalKeyOf(input.leaderHomeRegionId, 'Region', 'input.leaderHomeRegionId') ?? null,
      name: input.name ?? null,
    };
    return mutation(() => addInspectionGroup(ctx, key, fields), groupPayload(ctx));
  }

  @Mutation(() => AddGroupMemberPayload, {
    description:
      'Adds a cadre to a group of a round still PLANNING, with the region they come from (their unit’s unless given). A cadre serves in one group per round. Commission staff.',
  })
  addGroupMember(
    @Arg('input', () => AddGroupMemberInput, { description: 'The member.' }) input: AddGroupMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionGroupResult>> {
    const key = groupKeyOf(input.groupId);
    const fields = {
      personKey: keyOf(input.personId, 'Person', 'input.personId'),
      homeRegionKey: optionalKeyOf(input.homeRegionId, 'Region', 'input.homeRegionId') ?? null,
    };
    return mutation(() => addGroupMember(ctx, key, fields), groupPayload(ctx));
  }

  @Mutation(() => UpdateInspectionGroupPayload, {
    description:
      'Gives a group of a round still PLANNING another leader (a provincial cadre not serving elsewhere in the round) or name. Commission staff.',
  })
  updateInspectionGroup(
    @Arg('input', () => UpdateInspectionGroupInput, { description: 'The group, its leader and name.' }) input: UpdateInspectionGroupInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionGroupResult>> {
    const key = groupKeyOf(input.groupId);
    const fields = {
      leaderKey: keyOf(input.leaderId, 'Person', 'input.leaderId'),
      leaderHomeRegionKey: optionalKeyOf(input.leaderHomeRegionId, 'Region', 'input.leaderHomeRegionId') ?? null,
      name: input.name ?? null,
    };
    return mutation(() => updateInspectionGroup(ctx, key, fields), groupPayload(ctx));
  }

  @Mutation(() => RemoveGroupMemberPayload, { description: 'Takes a cadre out of a group of a round still PLANNING. Commission staff.' })
  removeGroupMember(
    @Arg('input', () => RemoveGroupMemberInput, { description: 'The group and the cadre.' }) input: RemoveGroupMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionGroupResult>> {
    const key = groupKeyOf(input.groupId);
    const personKey = keyOf(input.personId, 'Person', 'input.personId');
    return mutation(() => removeGroupMember(ctx, key, personKey), groupPayload(ctx));
  }

  @FieldResolver(() => InspectionRoundType, { description: 'The round.' })
  round(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Loaded<InspectionRoundType> {
    return loadRequired(ctx.loaders.inspection.roundByKey, group.roundKey, 'round');
  }

  @FieldResolver(() => PersonType, { description: 'The leader, a cadre of a provincial unit.' })
  leader(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Loaded<PersonType> {
    return loadRequired(ctx.loaders.unit.personByKey, group.leaderKey, 'person');
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'Where the leader comes from, when that is a region.' })
  leaderHomeRegion(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return group.leaderHomeRegionKey ? ctx.loaders.unit.regionByKey.load(group.leaderHomeRegionKey) : Promise.resolve(null);
  }

  @FieldResolver(() => RegionType, { description: 'Its home region: its seat in the ring.' })
  homeRegion(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Loaded<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, group.homeRegionKey, 'region');
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region it inspects; null while the round has no rotation.' })
  assignedRegion(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return group.assignedRegionKey ? ctx.loaders.unit.regionByKey.load(group.assignedRegionKey) : Promise.resolve(null);
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [GroupMemberType], { description: 'Its members, in the order they joined.' })
  members(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<GroupMemberType[]> {
    return ctx.loaders.inspection.membersOf.load(group.key);
  }
}
