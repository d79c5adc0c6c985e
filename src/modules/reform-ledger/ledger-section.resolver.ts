import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { LedgerSectionType, LedgerType } from './ledger.types.js';
import { ReformTaskOrder } from './reform-task.filter.js';
import { ReformTaskConnection, type ReformTaskType } from './reform-task.types.js';

registerNodeType('LedgerSection', { load: (ctx, key) => ctx.loaders.reformLedger.sectionByKey.load(key) });

@Resolver(() => LedgerSectionType)
export class LedgerSectionResolver {
  @FieldResolver(() => LedgerType, { description: 'The ledger the section belongs to.' })
  ledger(@Root() section: LedgerSectionType, @Ctx() ctx: Context): Loaded<LedgerType> {
    return loadRequired(ctx.loaders.reformLedger.ledgerByKey, section.ledgerKey, 'ledger');
  }

  @FieldResolver(() => ReformTaskConnection, { description: 'The section’s tasks (by deadline unless `orderBy` says otherwise).' })
  tasks(
    @Root() section: LedgerSectionType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return ctx.loaders.reformLedger.tasksOfSection(pageArgs(page), orderBy).load(section.key);
  }
}
