import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UnitType } from '../unit/index.js';
import { LedgerSectionType, LedgerType } from './ledger.types.js';
import { isOverdue } from './reform-task.entity.js';
import { ReformTaskFilter, ReformTaskOrder } from './reform-task.filter.js';
import { listTasks, taskJoinsFor, taskJoinsOf, toTaskPriming } from './reform-task.read.js';
import { ReformTaskConnection, ReformTaskType, TaskProgressReportConnection, TaskProgressReportType } from './reform-task.types.js';

// A refetched task comes with the relations and columns its selection asks for (all of them when it
// is not known, as for a mutation's ID check), read in its own statement.
registerNodeType('ReformTask', {
  load: async (ctx, key, asked) => {
    const row = await ctx.loaders.reformLedger.joinedTaskRowByKey(asked && taskJoinsFor(asked)).load(key);
    return row && toTaskPriming(ctx)(row);
  },
});

@Resolver(() => ReformTaskType)
export class ReformTaskResolver {
  @Query(() => ReformTaskConnection, {
    nullable: true,
    description:
      'Tasks across ledgers, filtered and ordered (by deadline unless `orderBy` says otherwise); null only when the arguments are refused.',
  })
  reformTasks(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ReformTaskFilter, { nullable: true, description: 'Which tasks.' }) filter?: ReformTaskFilter | null,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return listTasks(ctx, page, taskJoinsOf(info), filter, orderBy);
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and neither completed nor cancelled, as of today in the province.' })
  isOverdue(@Root() task: ReformTaskType, @Ctx() ctx: Context): boolean {
    return isOverdue(task, ctx.today);
  }

  @FieldResolver(() => LedgerType, { description: 'The ledger the task belongs to.' })
  ledger(@Root() task: ReformTaskType, @Ctx() ctx: Context): Loaded<LedgerType> {
    return loadRequired(ctx.loaders.reformLedger.ledgerByKey, task.ledgerKey, 'ledger');
  }

  @FieldResolver(() => LedgerSectionType, { description: 'The section the task belongs to.' })
  section(@Root() task: ReformTaskType, @Ctx() ctx: Context): Loaded<LedgerSectionType> {
    return loadRequired(ctx.loaders.reformLedger.sectionByKey, task.sectionKey, 'section');
  }

  @FieldResolver(() => UnitType, { description: 'The one unit responsible (主体责任).' })
  leadUnit(@Root() task: ReformTaskType, @Ctx() ctx: Context): UnitType | Promise<UnitType> {
    return task.joined?.leadUnit ?? loadRequired(ctx.loaders.unit.byKey, task.leadUnitKey, 'unit');
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [UnitType], { description: 'Units that support the lead unit (支持配合责任), by code.' })
  async supportingUnits(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<UnitType[]> {
    // Read with the task, already in this order (unitsJson).
    if (task.joined?.supportingUnits) return task.joined.supportingUnits;
    const units = await ctx.loaders.unit.byKey.loadMany(task.supportingUnitKeys);
    return units.filter((u): u is UnitType => u instanceof UnitType).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  @FieldResolver(() => ReformTaskType, { nullable: true, description: 'For an annual-plan measure: the framework task it carries out.' })
  implements(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<ReformTaskType | null> | null {
    return task.implementsKey ? ctx.loaders.reformLedger.taskByKey.load(task.implementsKey) : null;
  }

  @FieldResolver(() => ReformTaskConnection, { description: 'For a framework task: the annual-plan measures that carry it out.' })
  implementedBy(
    @Root() task: ReformTaskType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return ctx.loaders.reformLedger.measuresImplementing(pageArgs(page), orderBy).load(task.key);
  }

  @FieldResolver(() => TaskProgressReportConnection, { description: 'The task’s progress history, newest first.' })
  progressReports(
    @Root() task: ReformTaskType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<TaskProgressReportType>> {
    return ctx.loaders.reformLedger.progressReportsOfTask(pageArgs(page)).load(task.key);
  }

  @FieldResolver(() => TaskProgressReportType, { nullable: true, description: 'The newest progress report, if any.' })
  latestProgress(
    @Root() task: ReformTaskType,
    @Ctx() ctx: Context,
  ): TaskProgressReportType | null | Promise<TaskProgressReportType | null> {
    const joined = task.joined?.latestProgress;
    return joined !== undefined ? joined : ctx.loaders.reformLedger.latestProgressOfTask.load(task.key);
  }
}
