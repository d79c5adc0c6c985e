import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { ReformTaskType } from '../../reform-ledger/index.js';
import { InspectionVisitType, TaskCheckType } from './visits.types.js';

// Readable by every signed-in user, as the visit that lists it.
registerNodeType('TaskCheck', { load: (ctx, key) => ctx.loaders.inspection.checkByKey.load(key) });

@Resolver(() => TaskCheckType)
export class TaskCheckResolver {
  @FieldResolver(() => ReformTaskType, { description: 'The task checked.' })
  task(@Root() check: TaskCheckType, @Ctx() ctx: Context): Loaded<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, check.taskKey, 'task');
  }

  @FieldResolver(() => InspectionVisitType, { description: 'The visit that checked it.' })
  visit(@Root() check: TaskCheckType, @Ctx() ctx: Context): Loaded<InspectionVisitType> {
    return loadRequired(ctx.loaders.inspection.visitByKey, check.visitKey, 'visit');
  }
}
