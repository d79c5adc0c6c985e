import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UnitType } from '../unit/index.js';
import { LeadUnitTally, LedgerSummary, SectionTally, ledgerSummary, unitWorkload, UnitWorkload } from './reform-ledger.dashboard.js';
import { ReformTaskOrder } from './reform-ledger.inputs.js';
import { listLedgers } from './reform-ledger.read.js';
import { LedgerConnection, LedgerSectionType, LedgerType, ReformTaskConnection, type ReformTaskType } from './reform-ledger.types.js';

registerNodeType('Ledger', { load: (ctx, key) => ctx.loaders.reformLedger.ledgerByKey.load(key) });
registerNodeType('LedgerSection', { load: (ctx, key) => ctx.loaders.reformLedger.sectionByKey.load(key) });

@Resolver(() => LedgerType)
export class LedgerResolver {
  @Query(() => LedgerConnection, { description: 'The ledgers, by code.' })
  ledgers(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<LedgerType>> {
    return listLedgers(ctx, page);
  }

  @Query(() => LedgerType, { nullable: true, description: 'The ledger with this ID, or null.' })
  ledger(@Arg('id', () => ID, { description: 'A ledger ID.' }) id: string, @Ctx() ctx: Context): Promise<LedgerType | null> {
    return ctx.loaders.reformLedger.ledgerByKey.load(keyOf(id, 'Ledger'));
  }

  @Query(() => LedgerSummary, {
    nullable: true,
    description: 'Where a ledger stands, counted in SQL: by status, overdue, completion rate; per section and per lead unit.',
  })
  async ledgerSummary(
    @Arg('ledgerId', () => ID, { description: 'The ledger.' }) ledgerId: string,
    @Ctx() ctx: Context,
  ): Promise<LedgerSummary | null> {
    const key = keyOf(ledgerId, 'Ledger', 'ledgerId');
    return (await ctx.loaders.reformLedger.ledgerByKey.load(key)) ? ledgerSummary(ctx, key) : null;
  }

  @Query(() => UnitWorkload, {
    nullable: true,
    description: 'What a unit carries across all ledgers: tasks it leads and supports, by status, and how many are overdue.',
  })
  async unitWorkload(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<UnitWorkload | null> {
    const key = keyOf(unitId, 'Unit', 'unitId');
    return (await ctx.loaders.unit.byKey.load(key)) ? unitWorkload(ctx, key) : null;
  }

  @FieldResolver(() => [LedgerSectionType], { description: 'The ledger’s sections, in order.' })
  sections(@Root() ledger: LedgerType, @Ctx() ctx: Context): Promise<LedgerSectionType[]> {
    return ctx.loaders.reformLedger.sectionsOfLedger.load(ledger.key);
  }
}

@Resolver(() => LedgerSectionType)
export class LedgerSectionResolver {
  @FieldResolver(() => LedgerType, { description: 'The ledger the section belongs to.' })
  ledger(@Root() section: LedgerSectionType, @Ctx() ctx: Context): Promise<LedgerType> {
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

@Resolver(() => LedgerSummary)
export class LedgerSummaryResolver {
  @FieldResolver(() => LedgerType, { description: 'The ledger summed up.' })
  ledger(@Root() summary: LedgerSummary, @Ctx() ctx: Context): Promise<LedgerType> {
    return loadRequired(ctx.loaders.reformLedger.ledgerByKey, summary.ledgerKey, 'ledger');
  }
}

@Resolver(() => SectionTally)
export class SectionTallyResolver {
  @FieldResolver(() => LedgerSectionType, { description: 'The section.' })
  section(@Root() tally: SectionTally, @Ctx() ctx: Context): Promise<LedgerSectionType> {
    return loadRequired(ctx.loaders.reformLedger.sectionByKey, tally.sectionKey, 'section');
  }
}

@Resolver(() => LeadUnitTally)
export class LeadUnitTallyResolver {
  @FieldResolver(() => UnitType, { description: 'The lead unit.' })
  unit(@Root() tally: LeadUnitTally, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, tally.unitKey, 'unit');
  }
}

@Resolver(() => UnitWorkload)
export class UnitWorkloadResolver {
  @FieldResolver(() => UnitType, { description: 'The unit.' })
  unit(@Root() workload: UnitWorkload, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, workload.unitKey, 'unit');
  }
}
