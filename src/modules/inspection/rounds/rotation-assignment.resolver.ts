import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { RegionType } from '../../unit/index.js';
import { InspectionGroupType, RotationAssignmentType } from './rounds.types.js';

@Resolver(() => RotationAssignmentType)
export class RotationAssignmentResolver {
  @FieldResolver(() => InspectionGroupType, { description: 'The group.' })
  group(@Root() link: RotationAssignmentType, @Ctx() ctx: Context): Loaded<InspectionGroupType> {
    return loadRequired(ctx.loaders.inspection.groupByKey, link.groupKey, 'group');
  }

  @FieldResolver(() => RegionType, { description: 'Its home region, where it sits in the ring.' })
  fromRegion(@Root() link: RotationAssignmentType, @Ctx() ctx: Context): Loaded<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, link.fromRegionKey, 'region');
  }

  @FieldResolver(() => RegionType, { description: 'The region it inspects.' })
  region(@Root() link: RotationAssignmentType, @Ctx() ctx: Context): Loaded<RegionType> {
    return loadRequired(ctx.loaders.unit.regionByKey, link.regionKey, 'region');
  }
}
