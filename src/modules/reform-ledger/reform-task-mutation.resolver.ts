import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { CreateReformTaskInput, ReportTaskProgressInput, TransitionReformTaskInput, UpdateReformTaskInput } from './reform-task.inputs.js';
import { createReformTask, updateReformTask } from './reform-task.service.js';
import { ReformTaskType, TaskProgressReportType } from './reform-task.types.js';
import { reportTaskProgress, transitionReformTask } from './task-workflow.service.js';

@ObjectType('ReformTaskResult')
class ReformTaskResult extends MutationResult {
  @Field(() => ReformTaskType, { nullable: true, description: 'The task as it now is; null when `userErrors` is not empty.' })
  reformTask?: ReformTaskType | null;
}

@ObjectType('TaskProgressResult')
class TaskProgressResult extends MutationResult {
  @Field(() => TaskProgressReportType, { nullable: true, description: 'The new report; null when `userErrors` is not empty.' })
  progressReport?: TaskProgressReportType | null;

  @Field(() => ReformTaskType, { nullable: true, description: 'The task reported on.' })
  reformTask?: ReformTaskType | null;
}

const CreateReformTaskPayload = payloadOf('createReformTask', ReformTaskResult);
const UpdateReformTaskPayload = payloadOf('updateReformTask', ReformTaskResult);
const TransitionReformTaskPayload = payloadOf('transitionReformTask', ReformTaskResult);
const ReportTaskProgressPayload = payloadOf('reportTaskProgress', TaskProgressResult);

const unitKeys = (ids: string[], argument: string) => ids.map((id, i) => keyOf(id, 'Unit', `${argument}.${i}`));

@Resolver(() => ReformTaskType)
export class ReformTaskMutationResolver {
  @Mutation(() => CreateReformTaskPayload, { description: 'Adds a task to a ledger. Commission staff.' })
  createReformTask(
    @Arg('input', () => CreateReformTaskInput, { description: 'The task.' }) input: CreateReformTaskInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ReformTaskResult>> {
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
    return mutation(
      () => createReformTask(ctx, fields),
      async (key) => ({ reformTask: await ctx.loaders.reformLedger.taskByKey.load(key) }),
    );
  }

  @Mutation(() => UpdateReformTaskPayload, {
    description: 'Changes a task’s title, description, deadline, deliverable form or units. Commission staff.',
  })
  updateReformTask(
    @Arg('input', () => UpdateReformTaskInput, { description: 'The task and its changes.' }) input: UpdateReformTaskInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ReformTaskResult>> {
    const taskKey = keyOf(input.id, 'ReformTask', 'input.id');
    const changes = {
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      deadline: input.deadline ?? undefined,
      deliverableForm: input.deliverableForm ?? undefined,
      leadUnitKey: input.leadUnitId != null ? keyOf(input.leadUnitId, 'Unit', 'input.leadUnitId') : undefined,
      supportingUnitKeys: input.supportingUnitIds != null ? unitKeys(input.supportingUnitIds, 'input.supportingUnitIds') : undefined,
    };
    return mutation(
      () => updateReformTask(ctx, taskKey, changes),
      async (key) => ({ reformTask: await ctx.loaders.reformLedger.taskByKey.load(key) }),
    );
  }

  @Mutation(() => TransitionReformTaskPayload, {
    description: 'Moves a task through its workflow. START and SUBMIT: an officer of the lead unit; the other actions: commission staff.',
  })
  transitionReformTask(
    @Arg('input', () => TransitionReformTaskInput, { description: 'The task and the move.' }) input: TransitionReformTaskInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ReformTaskResult>> {
    const taskKey = keyOf(input.taskId, 'ReformTask', 'input.taskId');
    const details = { deliverableDescription: input.deliverableDescription, reason: input.reason };
    return mutation(
      () => transitionReformTask(ctx, taskKey, input.action, details),
      async (key) => ({ reformTask: await ctx.loaders.reformLedger.taskByKey.load(key) }),
    );
  }

  @Mutation(() => ReportTaskProgressPayload, {
    description: 'Reports progress on a task in progress or returned. Officers of its lead or supporting units.',
  })
  reportTaskProgress(
    @Arg('input', () => ReportTaskProgressInput, { description: 'The task and the report.' }) input: ReportTaskProgressInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<TaskProgressResult>> {
    const taskKey = keyOf(input.taskId, 'ReformTask', 'input.taskId');
    const report = { percent: input.percent, narrative: input.narrative, reportedOn: input.reportedOn };
    return mutation(
      () => reportTaskProgress(ctx, taskKey, report),
      async (reportKey) => ({
        progressReport: await ctx.loaders.reformLedger.progressReportByKey.load(reportKey),
        reformTask: await ctx.loaders.reformLedger.taskByKey.load(taskKey),
      }),
    );
  }
}
