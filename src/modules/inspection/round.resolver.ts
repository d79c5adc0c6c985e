import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { PersonType, RegionType } from '../unit/index.js';
import {
  AddGroupMemberInput,
  AddInspectionGroupInput,
  AssignRotationInput,
  CreateInspectionRoundInput,
  GenerateRotationInput,
  InspectionRoundActionInput,
  InspectionRoundFilter,
  RemoveGroupMemberInput,
  UpdateInspectionGroupInput,
} from './inspection.inputs.js';
import { listRounds } from './inspection.read.js';
import {
  GroupMemberType,
  InspectionGroupConnection,
  InspectionGroupType,
  InspectionRoundConnection,
  InspectionRoundType,
  InspectionVisitConnection,
  InspectionVisitType,
  RotationAssignmentType,
} from './inspection.types.js';
import {
  addGroupMember,
  addInspectionGroup,
  closeInspectionRound,
  createInspectionRound,
  removeGroupMember,
  startInspectionRound,
  updateInspectionGroup,
} from './round.service.js';
import { inRingOrder } from './rotation.js';
import { assignRotation, clearRotation, generateRotation, type RotationSpec } from './rotation.service.js';

registerNodeType('InspectionRound', { load: (ctx, key) => ctx.loaders.inspection.roundByKey.load(key) });
registerNodeType('InspectionGroup', { load: (ctx, key) => ctx.loaders.inspection.groupByKey.load(key) });

@ObjectType({ description: 'Result of a mutation on an inspection round.' })
class InspectionRoundPayload {
  @Field(() => InspectionRoundType, { nullable: true, description: 'The round as it now is; null when `userErrors` is not empty.' })
  inspectionRound?: InspectionRoundType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `generateRotation`.' })
class GenerateRotationPayload extends InspectionRoundPayload {
  @Field(() => [RegionType], {
    nullable: true,
    description: 'The ring found, as regions in order: the group seated at each inspects the next, the last the first.',
  })
  order?: RegionType[] | null;

  @Field(() => [RotationAssignmentType], { nullable: true, description: 'The same ring as each group with the region it would inspect.' })
  assignments?: RotationAssignmentType[] | null;

  @Field(() => Boolean, { description: 'Whether the ring was assigned (`apply: true`) or only proposed.' })
  applied!: boolean;
}

@ObjectType({ description: 'Result of a mutation on an inspection group.' })
class InspectionGroupPayload {
  @Field(() => InspectionGroupType, { nullable: true, description: 'The group as it now is; null when `userErrors` is not empty.' })
  inspectionGroup?: InspectionGroupType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const roundKeyOf = (id: string) => keyOf(id, 'InspectionRound', 'input.roundId');

@Resolver(() => InspectionRoundType)
export class InspectionRoundResolver {
  @Query(() => InspectionRoundConnection, { description: 'Inspection rounds, newest year first.' })
  inspectionRounds(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionRoundFilter, { nullable: true, description: 'Which rounds.' }) filter?: InspectionRoundFilter | null,
  ): Promise<Page<InspectionRoundType>> {
    return listRounds(ctx, page, filter);
  }

  @Query(() => InspectionRoundType, { nullable: true, description: 'One round, or null if there is none with this ID.' })
  inspectionRound(
    @Arg('id', () => ID, { description: 'The round’s ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundType | null> {
    return ctx.loaders.inspection.roundByKey.load(keyOf(id, 'InspectionRound', 'id'));
  }

  @Mutation(() => InspectionRoundPayload, { description: 'Opens the round of a year, PLANNING. Commission staff.' })
  createInspectionRound(
    @Arg('input', () => CreateInspectionRoundInput, { description: 'The round.' }) input: CreateInspectionRoundInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundPayload> {
    return withUserErrors(async () => ({
      inspectionRound: await ctx.loaders.inspection.roundByKey.load(
        await createInspectionRound(ctx, { year: input.year, title: input.title }),
      ),
    }));
  }

  @Mutation(() => InspectionRoundPayload, {
    description:
      'Assigns the rotation: one ring through every region, no group sent to its own region or one its leader or members come from (ROTATION_CONFLICT, ROTATION_INCOMPLETE, ROTATION_NOT_ONE_CYCLE). Once per round (ROUND_ALREADY_ASSIGNED), while PLANNING. Commission staff.',
  })
  assignRotation(
    @Arg('input', () => AssignRotationInput, { description: 'The ring, as `order` or as `assignments`.' }) input: AssignRotationInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundPayload> {
    const key = roundKeyOf(input.roundId);
    return withUserErrors(async () => {
      const spec: RotationSpec = {
        order: input.order?.map((id, i) => keyOf(id, 'Region', `input.order.${i}`)) ?? null,
        assignments:
          input.assignments?.map((a, i) => ({
            groupKey: keyOf(a.groupId, 'InspectionGroup', `input.assignments.${i}.groupId`),
            regionKey: keyOf(a.regionId, 'Region', `input.assignments.${i}.regionId`),
          })) ?? null,
      };
      await assignRotation(ctx, key, spec);
      return { inspectionRound: await ctx.loaders.inspection.roundByKey.load(key) };
    });
  }

  @Mutation(() => GenerateRotationPayload, {
    description:
      'Finds a valid ring for the round by itself (NO_VALID_ROTATION, saying why, where none exists). Proposed only unless `apply: true`, which assigns it as `assignRotation` does. Commission staff.',
  })
  async generateRotation(
    @Arg('input', () => GenerateRotationInput, { description: 'The round.' }) input: GenerateRotationInput,
    @Ctx() ctx: Context,
  ): Promise<GenerateRotationPayload> {
    const key = roundKeyOf(input.roundId);
    const result = await withUserErrors(async () => {
      const { order, assignment } = await generateRotation(ctx, key, input.apply);
      const groups = await ctx.loaders.inspection.allGroupsOf.load(key);
      return {
        inspectionRound: await ctx.loaders.inspection.roundByKey.load(key),
        order: await Promise.all(order.map((regionKey) => loadRequired(ctx.loaders.unit.regionByKey, regionKey, 'region'))),
        assignments: groups.map((g) => ({ groupKey: g.key, fromRegionKey: g.homeRegionKey, regionKey: assignment.get(g.key) ?? '' })),
      };
    });
    return { ...result, applied: input.apply && result.userErrors.length === 0 };
  }

  @Mutation(() => InspectionRoundPayload, { description: 'Clears the rotation of a round still PLANNING. Commission staff.' })
  clearRotation(
    @Arg('input', () => InspectionRoundActionInput, { description: 'The round.' }) input: InspectionRoundActionInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundPayload> {
    const key = roundKeyOf(input.roundId);
    return withUserErrors(async () => ({ inspectionRound: await ctx.loaders.inspection.roundByKey.load(await clearRotation(ctx, key)) }));
  }

  @Mutation(() => InspectionRoundPayload, {
    description: 'Starts a PLANNING round with its rotation (ACTIVE): the rotation is then fixed. Commission staff.',
  })
  startInspectionRound(
    @Arg('input', () => InspectionRoundActionInput, { description: 'The round.' }) input: InspectionRoundActionInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundPayload> {
    const key = roundKeyOf(input.roundId);
    return withUserErrors(async () => ({
      inspectionRound: await ctx.loaders.inspection.roundByKey.load(await startInspectionRound(ctx, key)),
    }));
  }

  @Mutation(() => InspectionRoundPayload, { description: 'Closes an ACTIVE round; its notices carry on. Commission staff.' })
  closeInspectionRound(
    @Arg('input', () => InspectionRoundActionInput, { description: 'The round.' }) input: InspectionRoundActionInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundPayload> {
    const key = roundKeyOf(input.roundId);
    return withUserErrors(async () => ({
      inspectionRound: await ctx.loaders.inspection.roundByKey.load(await closeInspectionRound(ctx, key)),
    }));
  }

  @Mutation(() => InspectionGroupPayload, {
    description:
      'Adds a group to a round still PLANNING and without a rotation: a provincial leader, seated at its home region. Commission staff.',
  })
  addInspectionGroup(
    @Arg('input', () => AddInspectionGroupInput, { description: 'The group.' }) input: AddInspectionGroupInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionGroupPayload> {
    const key = roundKeyOf(input.roundId);
    const fields = {
      leaderKey: keyOf(input.leaderId, 'Person', 'input.leaderId'),
      homeRegionKey: keyOf(input.homeRegionId, 'Region', 'input.homeRegionId'),
      leaderHomeRegionKey: optionalKeyOf(input.leaderHomeRegionId, 'Region', 'input.leaderHomeRegionId') ?? null,
      name: input.name ?? null,
    };
    return withUserErrors(async () => ({
      inspectionGroup: await ctx.loaders.inspection.groupByKey.load(await addInspectionGroup(ctx, key, fields)),
    }));
  }

  @FieldResolver(() => InspectionGroupConnection, { description: 'The round’s groups, by number.' })
  groups(
    @Root() round: InspectionRoundType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<InspectionGroupType>> {
    return ctx.loaders.inspection.groupsOfRound(pageArgs(page)).load(round.key);
  }

  @FieldResolver(() => [RotationAssignmentType], {
    description:
      'The rotation in ring order, starting from the first group: each group, its home region and the region it inspects. Empty while there is none.',
  })
  async assignments(@Root() round: InspectionRoundType, @Ctx() ctx: Context): Promise<RotationAssignmentType[]> {
    const groups = await ctx.loaders.inspection.allGroupsOf.load(round.key);
    return inRingOrder(groups.map((g) => ({ groupKey: g.key, fromRegionKey: g.homeRegionKey, regionKey: g.assignedRegionKey })));
  }

  @FieldResolver(() => InspectionVisitConnection, { description: 'The round’s visits, most recent first.' })
  visits(
    @Root() round: InspectionRoundType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<InspectionVisitType>> {
    return ctx.loaders.inspection.visitsOfRound(pageArgs(page)).load(round.key);
  }
}

@Resolver(() => InspectionGroupType)
export class InspectionGroupResolver {
  @Mutation(() => InspectionGroupPayload, {
    description:
      'Adds a cadre to a group of a round still PLANNING, with the region they come from (their unit’s unless given). A cadre serves in one group per round. Commission staff.',
  })
  addGroupMember(
    @Arg('input', () => AddGroupMemberInput, { description: 'The member.' }) input: AddGroupMemberInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionGroupPayload> {
    const key = keyOf(input.groupId, 'InspectionGroup', 'input.groupId');
    const fields = {
      personKey: keyOf(input.personId, 'Person', 'input.personId'),
      homeRegionKey: optionalKeyOf(input.homeRegionId, 'Region', 'input.homeRegionId') ?? null,
    };
    return withUserErrors(async () => ({
      inspectionGroup: await ctx.loaders.inspection.groupByKey.load(await addGroupMember(ctx, key, fields)),
    }));
  }

  @Mutation(() => InspectionGroupPayload, {
    description:
      'Gives a group of a round still PLANNING another leader (a provincial cadre not serving elsewhere in the round) or name. Commission staff.',
  })
  updateInspectionGroup(
    @Arg('input', () => UpdateInspectionGroupInput, { description: 'The group, its leader and name.' }) input: UpdateInspectionGroupInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionGroupPayload> {
    const key = keyOf(input.groupId, 'InspectionGroup', 'input.groupId');
    const fields = {
      leaderKey: keyOf(input.leaderId, 'Person', 'input.leaderId'),
      leaderHomeRegionKey: optionalKeyOf(input.leaderHomeRegionId, 'Region', 'input.leaderHomeRegionId') ?? null,
      name: input.name ?? null,
    };
    return withUserErrors(async () => ({
      inspectionGroup: await ctx.loaders.inspection.groupByKey.load(await updateInspectionGroup(ctx, key, fields)),
    }));
  }

  @Mutation(() => InspectionGroupPayload, { description: 'Takes a cadre out of a group of a round still PLANNING. Commission staff.' })
  removeGroupMember(
    @Arg('input', () => RemoveGroupMemberInput, { description: 'The group and the cadre.' }) input: RemoveGroupMemberInput,
    @Ctx() ctx: Context,
  ): Promise<InspectionGroupPayload> {
    const key = keyOf(input.groupId, 'InspectionGroup', 'input.groupId');
    const personKey = keyOf(input.personId, 'Person', 'input.personId');
    return withUserErrors(async () => ({
      inspectionGroup: await ctx.loaders.inspection.groupByKey.load(await removeGroupMember(ctx, key, personKey)),
    }));
  }

  @FieldResolver(() => InspectionRoundType, { description: 'The round.' })
  round(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<InspectionRoundType> {
    return loadRequired(ctx.loaders.inspection.roundByKey, group.roundKey, 'round');
  }

  @FieldResolver(() => PersonType, { description: 'The leader, a cadre of a provincial unit.' })
  leader(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<PersonType> {
    return loadRequired(ctx.loaders.unit.personByKey, group.leaderKey, 'person');
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'Where the leader comes from, when that is a region.' })
  leaderHomeRegion(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return group.leaderHomeRegionKey ? ctx.loaders.unit.regionByKey.load(group.leaderHomeRegionKey) : Promise.resolve(null);
  }

  @FieldResolver(() => RegionType, { description: 'Its home region: its seat in the ring.' })
  homeRegion(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, group.homeRegionKey, 'region');
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region it inspects; null while the round has no rotation.' })
  assignedRegion(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return group.assignedRegionKey ? ctx.loaders.unit.regionByKey.load(group.assignedRegionKey) : Promise.resolve(null);
  }

  @FieldResolver(() => [GroupMemberType], { description: 'Its members, in the order they joined.' })
  members(@Root() group: InspectionGroupType, @Ctx() ctx: Context): Promise<GroupMemberType[]> {
    return ctx.loaders.inspection.membersOf.load(group.key);
  }
}

@Resolver(() => GroupMemberType)
export class GroupMemberResolver {
  @FieldResolver(() => PersonType, { description: 'The cadre.' })
  person(@Root() member: GroupMemberType, @Ctx() ctx: Context): Promise<PersonType> {
    return loadRequired(ctx.loaders.unit.personByKey, member.personKey, 'person');
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region they come from; null for a provincial cadre.' })
  homeRegion(@Root() member: GroupMemberType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return member.homeRegionKey ? ctx.loaders.unit.regionByKey.load(member.homeRegionKey) : Promise.resolve(null);
  }
}

@Resolver(() => RotationAssignmentType)
export class RotationAssignmentResolver {
  @FieldResolver(() => InspectionGroupType, { description: 'The group.' })
  group(@Root() link: RotationAssignmentType, @Ctx() ctx: Context): Promise<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, link.groupKey, 'group');
  }

  @FieldResolver(() => RegionType, { description: 'Its home region, where it sits in the ring.' })
  fromRegion(@Root() link: RotationAssignmentType, @Ctx() ctx: Context): Promise<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, link.fromRegionKey, 'region');
  }

  @FieldResolver(() => RegionType, { description: 'The region it inspects.' })
  region(@Root() link: RotationAssignmentType, @Ctx() ctx: Context): Promise<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, link.regionKey, 'region');
  }
}
