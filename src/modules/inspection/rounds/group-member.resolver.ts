import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { PersonType, RegionType } from '../../unit/index.js';
import { GroupMemberType, InspectionGroupType } from './rounds.types.js';

// Readable by every signed-in user, as the group that lists it.
registerNodeType('GroupMember', { load: (ctx, key) => ctx.loaders.inspection.memberByKey.load(key) });

@Resolver(() => GroupMemberType)
export class GroupMemberResolver {
  @FieldResolver(() => InspectionGroupType, { description: 'The group.' })
  group(@Root() member: GroupMemberType, @Ctx() ctx: Context): Loaded<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, member.groupKey, 'group');
  }

  @FieldResolver(() => PersonType, { description: 'The cadre.' })
  person(@Root() member: GroupMemberType, @Ctx() ctx: Context): Loaded<PersonType> {
    return loadRequired(ctx.loaders.unit.personByKey, member.personKey, 'person');
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region they come from; null for a provincial cadre.' })
  homeRegion(@Root() member: GroupMemberType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return member.homeRegionKey ? ctx.loaders.unit.regionByKey.load(member.homeRegionKey) : Promise.resolve(null);
  }
}
