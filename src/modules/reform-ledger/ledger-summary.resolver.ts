import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { Expensive } from '../../shared/limits/expensive.js';
import { ledgerSummary } from './dashboard.read.js';
import { LedgerSummary } from './dashboard.types.js';
import { LedgerType } from './ledger.types.js';

@Resolver(() => LedgerSummary)
export class LedgerSummaryResolver {
  @Query(() => LedgerSummary, {
    nullable: true,
    description: 'Where a ledger stands, counted in SQL: by status, overdue, completion rate; per section and per lead unit.',
  })
  // Aggregates every task of the ledger in SQL: weighs what reading them would.
  @Cost({ weight: 2_000 })
  @UseMiddleware(Expensive)
  async ledgerSummary(
    @Arg('ledgerId', () => ID, { description: 'The ledger.' }) ledgerId: string,
    @Ctx() ctx: Context,
  ): Promise<LedgerSummary | null> {
    const key = keyOf(ledgerId, 'Ledger', 'ledgerId');
    return (await ctx.loaders.reformLedger.ledgerByKey.load(key)) ? ledgerSummary(ctx, key) : null;
  }

  @FieldResolver(() => LedgerType, { description: 'The ledger summed up.' })
  ledger(@Root() summary: LedgerSummary, @Ctx() ctx: Context): Loaded<LedgerType> {
    return loadRequired(ctx.loaders.reformLedger.ledgerByKey, summary.ledgerKey, 'ledger');
  }
}
