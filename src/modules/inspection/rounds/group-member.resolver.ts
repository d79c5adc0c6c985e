import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { loadRequired } from '../../../shared/db/loader.js';
import { PersonType, RegionType } from '../../unit/index.js';
import { GroupMemberType } from './rounds.types.js';

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
