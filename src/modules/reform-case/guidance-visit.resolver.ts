import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UnitType } from '../unit/index.js';
import { GuidanceVisitType, ReformCaseType } from './reform-case.types.js';

registerNodeType('GuidanceVisit', { load: (ctx, key) => ctx.loaders.reformCase.visitByKey.load(key) });

@Resolver(() => GuidanceVisitType)
export class GuidanceVisitResolver {
  @FieldResolver(() => UnitType, { description: 'The visiting unit.' })
  visitingUnit(@Root() visit: GuidanceVisitType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, visit.visitingUnitKey, 'unit');
  }

  @FieldResolver(() => ReformCaseType, { description: 'The case visited.' })
  reformCase(@Root() visit: GuidanceVisitType, @Ctx() ctx: Context): Loaded<ReformCaseType> {
    return loadRequired(ctx.loaders.reformCase.byKey, visit.caseKey, 'case');
  }
}
