import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { loadRequired } from '../../../shared/db/loader.js';
import { ReformTaskType } from '../../reform-ledger/index.js';
import { TaskCheckType } from './visits.types.js';

@Resolver(() => TaskCheckType)
export class TaskCheckResolver {
  @FieldResolver(() => ReformTaskType, { description: 'The task checked.' })
  task(@Root() check: TaskCheckType, @Ctx() ctx: Context): Promise<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, check.taskKey, 'task');
  }
}
