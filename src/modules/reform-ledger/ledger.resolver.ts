import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { listLedgers } from './ledger.read.js';
import { LedgerConnection, LedgerSectionType, LedgerType } from './ledger.types.js';

registerNodeType('Ledger', { load: (ctx, key) => ctx.loaders.reformLedger.ledgerByKey.load(key) });

@Resolver(() => LedgerType)
export class LedgerResolver {
  @Query(() => LedgerConnection, { nullable: true, description: 'The ledgers, by code (null only when the arguments are refused).' })
  ledgers(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<LedgerType>> {
    return listLedgers(ctx, page);
  }

  @Query(() => LedgerType, { nullable: true, description: 'The ledger with this ID, or null.' })
  ledger(@Arg('id', () => ID, { description: 'A ledger ID.' }) id: string, @Ctx() ctx: Context): Promise<LedgerType | null> {
    return ctx.loaders.reformLedger.ledgerByKey.load(keyOf(id, 'Ledger'));
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [LedgerSectionType], { description: 'The ledger’s sections, in order.' })
  sections(@Root() ledger: LedgerType, @Ctx() ctx: Context): Promise<LedgerSectionType[]> {
    return ctx.loaders.reformLedger.sectionsOfLedger.load(ledger.key);
  }
}
