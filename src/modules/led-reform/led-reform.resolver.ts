import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { ReformTaskConnection, ReformTaskOrder, type ReformTaskType } from '../reform-ledger/index.js';
import { PersonType, UnitType } from '../unit/index.js';
import { LED_REFORM_TASKS } from './led-reform-task.entity.js';
import { LedReformFilter, LedReformOrder } from './led-reform.filter.js';
import { CompleteLedReformInput, CreateLedReformInput, LinkLedReformTasksInput } from './led-reform.inputs.js';
import { listLedReforms } from './led-reform.read.js';
import { completeLedReform, createLedReform, linkLedReformTasks } from './led-reform.service.js';
import { LedReformConnection, LedReformType } from './led-reform.types.js';

registerNodeType('LedReform', { load: (ctx, key) => ctx.loaders.ledReform.byKey.load(key) });

@ObjectType('LedReformResult')
class LedReformResult extends MutationResult {
  @Field(() => LedReformType, { nullable: true, description: 'The led reform as it now is; null when `userErrors` is not empty.' })
  ledReform?: LedReformType | null;
}

const CreateLedReformPayload = payloadOf('createLedReform', LedReformResult);
const LinkLedReformTasksPayload = payloadOf('linkLedReformTasks', LedReformResult);
const CompleteLedReformPayload = payloadOf('completeLedReform', LedReformResult);

const taskKeys = (ids: string[]) => ids.map((id, i) => keyOf(id, 'ReformTask', `input.taskIds.${i}`));

@Resolver(() => LedReformType)
export class LedReformResolver {
  @Query(() => LedReformConnection, {
    nullable: true,
    description: 'Led reforms (领衔抓), newest year first unless `orderBy` says otherwise; null only when the arguments are refused.',
  })
  ledReforms(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => LedReformFilter, { nullable: true, description: 'Which led reforms.' }) filter?: LedReformFilter | null,
    @Arg('orderBy', () => [LedReformOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: LedReformOrder[] | null,
  ): Promise<Page<LedReformType>> {
    return listLedReforms(ctx, page, filter, orderBy);
  }

  @Mutation(() => CreateLedReformPayload, { description: 'Records a led reform; its leader must be a principal head. Commission staff.' })
  createLedReform(
    @Arg('input', () => CreateLedReformInput, { description: 'The led reform.' }) input: CreateLedReformInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<LedReformResult>> {
    const fields = {
      theme: input.theme,
      year: input.year,
      leaderKey: keyOf(input.leaderId, 'Person', 'input.leaderId'),
      taskKeys: taskKeys(input.taskIds),
    };
    return mutation(
      () => createLedReform(ctx, fields),
      async (key) => ({ ledReform: await ctx.loaders.ledReform.byKey.load(key) }),
    );
  }

  @Mutation(() => LinkLedReformTasksPayload, { description: 'Links tasks to a led reform that is not completed. Commission staff.' })
  linkLedReformTasks(
    @Arg('input', () => LinkLedReformTasksInput, { description: 'The led reform and the tasks.' }) input: LinkLedReformTasksInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<LedReformResult>> {
    const reformKey = keyOf(input.ledReformId, 'LedReform', 'input.ledReformId');
    const tasks = taskKeys(input.taskIds);
    return mutation(
      () => linkLedReformTasks(ctx, reformKey, tasks),
      async (key) => ({ ledReform: await ctx.loaders.ledReform.byKey.load(key) }),
    );
  }

  @Mutation(() => CompleteLedReformPayload, {
    description: 'Completes a led reform once every linked task is completed (else LINKED_TASKS_OPEN). Commission staff.',
  })
  completeLedReform(
    @Arg('input', () => CompleteLedReformInput, { description: 'The led reform.' }) input: CompleteLedReformInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<LedReformResult>> {
    const reformKey = keyOf(input.ledReformId, 'LedReform', 'input.ledReformId');
    return mutation(
      () => completeLedReform(ctx, reformKey),
      async (key) => ({ ledReform: await ctx.loaders.ledReform.byKey.load(key) }),
    );
  }

  @FieldResolver(() => PersonType, { description: 'The principal head who leads it.' })
  leader(@Root() reform: LedReformType, @Ctx() ctx: Context): Loaded<PersonType> {
    return loadRequired(ctx.loaders.unit.personByKey, reform.leaderKey, 'person');
  }

  @FieldResolver(() => UnitType, { description: 'The leader’s unit.' })
  unit(@Root() reform: LedReformType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, reform.unitKey, 'unit');
  }

  @FieldResolver(() => ReformTaskConnection, { description: 'The tasks that carry it out (by deadline unless `orderBy` says otherwise).' })
  tasks(
    @Root() reform: LedReformType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformTaskOrder[] | null,
  ): Promise<Page<ReformTaskType>> {
    return ctx.loaders.reformLedger.linkedTasks(LED_REFORM_TASKS, pageArgs(page), orderBy).load(reform.key);
  }
}
