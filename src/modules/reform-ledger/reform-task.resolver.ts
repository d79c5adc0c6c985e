import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { UnitType } from '../unit/index.js';
import { UserType } from '../user/index.js';
import { isOverdue } from './reform-task.entity.js';
import {
  CreateReformTaskInput,
  ReformTaskFilter,
  ReformTaskOrder,
  ReportTaskProgressInput,
  TransitionReformTaskInput,
  UpdateReformTaskInput,
} from './reform-ledger.inputs.js';
import { listTasks } from './reform-ledger.read.js';
import { createReformTask, reportTaskProgress, transitionReformTask, updateReformTask } from './reform-task.service.js';
import {
  LedgerSectionType,
  LedgerType,
  ReformTaskConnection,
  ReformTaskType,
  TaskProgressReportConnection,
  TaskProgressReportType,
} from './reform-ledger.types.js';

registerNodeType('ReformTask', { load: (ctx, key) => ctx.loaders.reformLedger.taskByKey.load(key) });
registerNodeType('TaskProgressReport', { load: (ctx, key) => ctx.loaders.reformLedger.progressReportByKey.load(key) });

@ObjectType({ description: 'Result of a mutation on a task.' })
class ReformTaskPayload {
  @Field(() => ReformTaskType, { nullable: true, description: 'The task as it now is; null when `userErrors` is not empty.' })
  reformTask?: ReformTaskType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `reportTaskProgress`.' })
class ReportTaskProgressPayload {
  @Field(() => TaskProgressReportType, { nullable: true, description: 'The new report; null when `userErrors` is not empty.' })
  progressReport?: TaskProgressReportType | null;

  @Field(() => ReformTaskType, { nullable: true, description: 'The task reported on.' })
  reformTask?: ReformTaskType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const unitKeys = (ids: string[], argument: string) => ids.map((id, i) => keyOf(id, 'Unit', `${argument}.${i}`));

@Resolver(() => ReformTaskType)
export class ReformTaskResolver {
  @Query(() => ReformTaskConnection, {
    description: 'Tasks across ledgers, filtered and ordered (by deadline unless `orderBy` says otherwise).',
  })
  reformTasks(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ReformTaskFilter, { nullable: true, description: 'Which tasks.' }) filter?: ReformTaskFilter | null,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return listTasks(ctx, page, filter, orderBy);
  }

  @Mutation(() => ReformTaskPayload, { description: 'Adds a task to a ledger. Commission staff.' })
  createReformTask(
    @Arg('input', () => CreateReformTaskInput, { description: 'The task.' }) input: CreateReformTaskInput,
    @Ctx() ctx: Context,
  ): Promise<ReformTaskPayload> {
    const fields = {
      code: input.code,
      title: input.title,
      description: input.description,
      deliverableForm: input.deliverableForm,
      deadline: input.deadline,
      ledgerKey: keyOf(input.ledgerId, 'Ledger', 'input.ledgerId'),
      sectionKey: keyOf(input.sectionId, 'LedgerSection', 'input.sectionId'),
      leadUnitKey: keyOf(input.leadUnitId, 'Unit', 'input.leadUnitId'),
      supportingUnitKeys: unitKeys(input.supportingUnitIds, 'input.supportingUnitIds'),
      implementsKey: optionalKeyOf(input.implementsId, 'ReformTask', 'input.implementsId'),
    };
    return withUserErrors(async () => ({ reformTask: await ctx.loaders.reformLedger.taskByKey.load(await createReformTask(ctx, fields)) }));
  }

  @Mutation(() => ReformTaskPayload, {
    description: 'Changes a task’s title, description, deadline, deliverable form or units. Commission staff.',
  })
  updateReformTask(
    @Arg('input', () => UpdateReformTaskInput, { description: 'The task and its changes.' }) input: UpdateReformTaskInput,
    @Ctx() ctx: Context,
  ): Promise<ReformTaskPayload> {
    const key = keyOf(input.id, 'ReformTask', 'input.id');
    const changes = {
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      deadline: input.deadline ?? undefined,
      deliverableForm: input.deliverableForm ?? undefined,
      leadUnitKey: input.leadUnitId != null ? keyOf(input.leadUnitId, 'Unit', 'input.leadUnitId') : undefined,
      supportingUnitKeys: input.supportingUnitIds != null ? unitKeys(input.supportingUnitIds, 'input.supportingUnitIds') : undefined,
    };
    return withUserErrors(async () => ({
      reformTask: await ctx.loaders.reformLedger.taskByKey.clear(await updateReformTask(ctx, key, changes)).load(key),
    }));
  }

  @Mutation(() => ReformTaskPayload, {
    description: 'Moves a task through its workflow. START and SUBMIT: an officer of the lead unit; the other actions: commission staff.',
  })
  transitionReformTask(
    @Arg('input', () => TransitionReformTaskInput, { description: 'The task and the move.' }) input: TransitionReformTaskInput,
    @Ctx() ctx: Context,
  ): Promise<ReformTaskPayload> {
    const key = keyOf(input.taskId, 'ReformTask', 'input.taskId');
    return withUserErrors(async () => {
      await transitionReformTask(ctx, key, input.action, { deliverableDescription: input.deliverableDescription, reason: input.reason });
      return { reformTask: await ctx.loaders.reformLedger.taskByKey.clear(key).load(key) };
    });
  }

  @Mutation(() => ReportTaskProgressPayload, {
    description: 'Reports progress on a task in progress or returned. Officers of its lead or supporting units.',
  })
  reportTaskProgress(
    @Arg('input', () => ReportTaskProgressInput, { description: 'The task and the report.' }) input: ReportTaskProgressInput,
    @Ctx() ctx: Context,
  ): Promise<ReportTaskProgressPayload> {
    const key = keyOf(input.taskId, 'ReformTask', 'input.taskId');
    return withUserErrors(async () => {
      const reportKey = await reportTaskProgress(ctx, key, input);
      return {
        progressReport: await ctx.loaders.reformLedger.progressReportByKey.load(reportKey),
        reformTask: await ctx.loaders.reformLedger.taskByKey.clear(key).load(key),
      };
    });
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and neither completed nor cancelled, as of today in the province.' })
  isOverdue(@Root() task: ReformTaskType, @Ctx() ctx: Context): boolean {
    return isOverdue(task, ctx.today);
  }

  @FieldResolver(() => LedgerType, { description: 'The ledger the task belongs to.' })
  ledger(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<LedgerType> {
    return loadRequired(ctx.loaders.reformLedger.ledgerByKey, task.ledgerKey, 'ledger');
  }

  @FieldResolver(() => LedgerSectionType, { description: 'The section the task belongs to.' })
  section(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<LedgerSectionType> {
    return loadRequired(ctx.loaders.reformLedger.sectionByKey, task.sectionKey, 'section');
  }

  @FieldResolver(() => UnitType, { description: 'The one unit responsible (主体责任).' })
  leadUnit(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, task.leadUnitKey, 'unit');
  }

  @FieldResolver(() => [UnitType], { description: 'Units that support the lead unit (支持配合责任), by code.' })
  supportingUnits(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<UnitType[]> {
    return ctx.loaders.reformLedger.supportingUnitsOfTask.load(task.key);
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
  latestProgress(@Root() task: ReformTaskType, @Ctx() ctx: Context): Promise<TaskProgressReportType | null> {
    return ctx.loaders.reformLedger.latestProgressOfTask.load(task.key);
  }
}

@Resolver(() => TaskProgressReportType)
export class TaskProgressReportResolver {
  @FieldResolver(() => ReformTaskType, { description: 'The task reported on.' })
  task(@Root() report: TaskProgressReportType, @Ctx() ctx: Context): Promise<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, report.taskKey, 'task');
  }

  @FieldResolver(() => UserType, { description: 'Who reported.' })
  reporter(@Root() report: TaskProgressReportType, @Ctx() ctx: Context): Promise<UserType> {
    return loadRequired(ctx.loaders.user.byKey, report.reporterKey, 'user');
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the reporter works for.' })
  async reportingUnit(@Root() report: TaskProgressReportType, @Ctx() ctx: Context): Promise<UnitType | null> {
    const reporter = await ctx.loaders.user.byKey.load(report.reporterKey);
    return reporter?.unitKey ? ctx.loaders.unit.byKey.load(reporter.unitKey) : null;
  }
}

@Resolver(() => UnitType)
export class UnitTasksResolver {
  @FieldResolver(() => ReformTaskConnection, { description: 'Tasks this unit leads (by deadline unless `orderBy` says otherwise).' })
  leadTasks(
    @Root() unit: UnitType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return ctx.loaders.reformLedger.leadTasksOfUnit(pageArgs(page), orderBy).load(unit.key);
  }

  @FieldResolver(() => ReformTaskConnection, { description: 'Tasks this unit supports (by deadline unless `orderBy` says otherwise).' })
  supportingTasks(
    @Root() unit: UnitType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return ctx.loaders.reformLedger.supportingTasksOfUnit(pageArgs(page), orderBy).load(unit.key);
  }
}
