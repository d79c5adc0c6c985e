import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { SectionTally } from './dashboard.types.js';
import { LedgerSectionType } from './ledger.types.js';

@Resolver(() => SectionTally)
export class SectionTallyResolver {
  @FieldResolver(() => LedgerSectionType, { description: 'The section.' })
  section(@Root() tally: SectionTally, @Ctx() ctx: Context): Loaded<LedgerSectionType> {
    return loadRequired(ctx.loaders.reformLedger.sectionByKey, tally.sectionKey, 'section');
  }
}
