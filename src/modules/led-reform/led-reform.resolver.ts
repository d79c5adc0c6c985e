import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { ReformTaskConnection, type ReformTaskType } from '../reform-ledger/index.js';
import { PersonType, UnitType } from '../unit/index.js';
import { CompleteLedReformInput, CreateLedReformInput, LedReformFilter, LinkLedReformTasksInput } from './led-reform.inputs.js';
import { listLedReforms } from './led-reform.read.js';
import { completeLedReform, createLedReform, linkLedReformTasks } from './led-reform.service.js';
import { LedReformConnection, LedReformType } from './led-reform.types.js';

registerNodeType('LedReform', { load: (ctx, key) => ctx.loaders.ledReform.byKey.load(key) });

@ObjectType({ description: 'Result of a mutation on a led reform.' })
class LedReformPayload {
  @Field(() => LedReformType, { nullable: true, description: 'The led reform as it now is; null when `userErrors` is not empty.' })
  ledReform?: LedReformType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const taskKeys = (ids: string[]) => ids.map((id, i) => keyOf(id, 'ReformTask', `input.taskIds.${i}`));

@Resolver(() => LedReformType)
export class LedReformResolver {
  @Query(() => LedReformConnection, { description: 'Led reforms (领衔抓), newest year first.' })
  ledReforms(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => LedReformFilter, { nullable: true, description: 'Which led reforms.' }) filter?: LedReformFilter | null,
  ): Promise<Page<LedReformType>> {
    return listLedReforms(ctx, page, filter);
  }

  @Mutation(() => LedReformPayload, { description: 'Records a led reform; its leader must be a principal head. Commission staff.' })
  createLedReform(
    @Arg('input', () => CreateLedReformInput, { description: 'The led reform.' }) input: CreateLedReformInput,
    @Ctx() ctx: Context,
  ): Promise<LedReformPayload> {
    const fields = {
      theme: input.theme,
      year: input.year,
      leaderKey: keyOf(input.leaderId, 'Person', 'input.leaderId'),
      taskKeys: taskKeys(input.taskIds),
    };
    return withUserErrors(async () => ({ ledReform: await ctx.loaders.ledReform.byKey.load(await createLedReform(ctx, fields)) }));
  }

  @Mutation(() => LedReformPayload, { description: 'Links tasks to a led reform that is not completed. Commission staff.' })
  linkLedReformTasks(
    @Arg('input', () => LinkLedReformTasksInput, { description: 'The led reform and the tasks.' }) input: LinkLedReformTasksInput,
    @Ctx() ctx: Context,
  ): Promise<LedReformPayload> {
    const key = keyOf(input.ledReformId, 'LedReform', 'input.ledReformId');
    const tasks = taskKeys(input.taskIds);
    return withUserErrors(async () => ({
      ledReform: await ctx.loaders.ledReform.byKey.clear(await linkLedReformTasks(ctx, key, tasks)).load(key),
    }));
  }

  @Mutation(() => LedReformPayload, {
    description: 'Completes a led reform once every linked task is completed (else LINKED_TASKS_OPEN). Commission staff.',
  })
  completeLedReform(
    @Arg('input', () => CompleteLedReformInput, { description: 'The led reform.' }) input: CompleteLedReformInput,
    @Ctx() ctx: Context,
  ): Promise<LedReformPayload> {
    const key = keyOf(input.ledReformId, 'LedReform', 'input.ledReformId');
    return withUserErrors(async () => ({
      ledReform: await ctx.loaders.ledReform.byKey.clear(await completeLedReform(ctx, key)).load(key),
    }));
  }

  @FieldResolver(() => PersonType, { description: 'The principal head who leads it.' })
  leader(@Root() reform: LedReformType, @Ctx() ctx: Context): Promise<PersonType> {
    return loadRequired(ctx.loaders.unit.personByKey, reform.leaderKey, 'person');
  }

  @FieldResolver(() => UnitType, { description: 'The leader’s unit.' })
  unit(@Root() reform: LedReformType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, reform.unitKey, 'unit');
  }

  @FieldResolver(() => ReformTaskConnection, { description: 'The tasks that carry it out, by deadline.' })
  tasks(
    @Root() reform: LedReformType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ReformTaskType>> {
    return ctx.loaders.ledReform.tasksOf(pageArgs(page)).load(reform.key);
  }
}
