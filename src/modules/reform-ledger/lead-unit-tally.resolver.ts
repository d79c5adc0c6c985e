import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { UnitType } from '../unit/index.js';
import { LeadUnitTally } from './dashboard.types.js';

@Resolver(() => LeadUnitTally)
export class LeadUnitTallyResolver {
  @FieldResolver(() => UnitType, { description: 'The lead unit.' })
  unit(@Root() tally: LeadUnitTally, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, tally.unitKey, 'unit');
  }
}
