import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { UnitType } from '../unit/index.js';
import { ReformTaskOrder } from './reform-task.filter.js';
import { ReformTaskConnection, type ReformTaskType } from './reform-task.types.js';

/** The tasks of a unit, on the unit: what it leads and what it supports. */
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
