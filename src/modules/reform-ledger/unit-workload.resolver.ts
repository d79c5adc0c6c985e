import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { Expensive } from '../../shared/limits/expensive.js';
import { UnitType } from '../unit/index.js';
import { unitWorkload } from './dashboard.read.js';
import { UnitWorkload } from './dashboard.types.js';

@Resolver(() => UnitWorkload)
export class UnitWorkloadResolver {
  @Query(() => UnitWorkload, {
    nullable: true,
    description: 'What a unit carries across all ledgers: tasks it leads and supports, by status, and how many are overdue.',
  })
  // Counts every task the unit leads or supports, across all ledgers.
  @Cost({ weight: 1_000 })
  @UseMiddleware(Expensive)
  async unitWorkload(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<UnitWorkload | null> {
    const key = keyOf(unitId, 'Unit', 'unitId');
    return (await ctx.loaders.unit.byKey.load(key)) ? unitWorkload(ctx, key) : null;
  }

  @FieldResolver(() => UnitType, { description: 'The unit.' })
  unit(@Root() workload: UnitWorkload, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, workload.unitKey, 'unit');
  }
}
