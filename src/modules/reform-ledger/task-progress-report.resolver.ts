import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UnitType } from '../unit/index.js';
import { UserType } from '../user/index.js';
import { ReformTaskType, TaskProgressReportType } from './reform-task.types.js';

registerNodeType('TaskProgressReport', { load: (ctx, key) => ctx.loaders.reformLedger.progressReportByKey.load(key) });

@Resolver(() => TaskProgressReportType)
export class TaskProgressReportResolver {
  @FieldResolver(() => ReformTaskType, { description: 'The task reported on.' })
  task(@Root() report: TaskProgressReportType, @Ctx() ctx: Context): Loaded<ReformTaskType> {
    return loadRequired(ctx.loaders.reformLedger.taskByKey, report.taskKey, 'task');
  }

  @FieldResolver(() => UserType, { description: 'Who reported.' })
  reporter(@Root() report: TaskProgressReportType, @Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, report.reporterKey, 'user');
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the reporter works for.' })
  async reportingUnit(@Root() report: TaskProgressReportType, @Ctx() ctx: Context): Promise<UnitType | null> {
    const reporter = await ctx.loaders.user.byKey.load(report.reporterKey);
    return reporter?.unitKey ? ctx.loaders.unit.byKey.load(reporter.unitKey) : null;
  }
}
