import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UnitOrder } from './unit.inputs.js';
import { listRegions } from './unit.read.js';
import { RegionConnection, RegionType, UnitConnection, UnitType } from './unit.types.js';

registerNodeType('Region', { load: (ctx, key) => ctx.loaders.unit.regionByKey.load(key) });

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, {
    nullable: true,
    description: 'The prefecture-level regions, by code (null only when the arguments are refused).',
  })
  regions(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<RegionType>> {
    return listRegions(ctx, page);
  }

  @FieldResolver(() => UnitConnection, { description: 'Units of this region.' })
  units(
    @Root() region: RegionType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [UnitOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: UnitOrder[] | null,
  ): Promise<Page<UnitType>> {
    return ctx.loaders.unit.unitsOfRegion(pageArgs(page), orderBy).load(region.key);
  }
}
