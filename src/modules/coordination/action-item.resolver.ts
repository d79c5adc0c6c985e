import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { UserType } from '../user/index.js';
import { itemIsOverdue } from './action-item.entity.js';
import {
  ActionItemFilter,
  ActionItemOrder,
  AddActionItemInput,
  CancelActionItemInput,
  CompleteActionItemInput,
} from './action-item.inputs.js';
import { listActionItems } from './action-item.read.js';
import { addActionItem, settleActionItem } from './action-item.service.js';
import { ActionItemConnection, ActionItemType } from './action-item.types.js';
import { issueKeyOf } from './coordination-issue.resolver.js';
import { CoordinationIssueType } from './coordination-issue.types.js';
import {
  AddActionItemPayload,
  CancelActionItemPayload,
  CompleteActionItemPayload,
  type ActionItemResult,
} from './coordination.payloads.js';

registerNodeType('ActionItem', { load: (ctx, key) => ctx.loaders.coordination.actionItemByKey.load(key) });

const itemKeyOf = (id: string) => keyOf(id, 'ActionItem', 'input.actionItemId');

/** The payload of an action-item mutation: the item and its issue, as they now are. */
async function itemPayload(ctx: Context, itemKey: string): Promise<Omit<ActionItemResult, 'userErrors'>> {
  const actionItem = await ctx.loaders.coordination.actionItemByKey.load(itemKey);
  return { actionItem, coordinationIssue: actionItem && (await ctx.loaders.coordination.issueByKey.load(actionItem.issueKey)) };
}

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Query(() => ActionItemConnection, {
    nullable: true,
    description: 'Action items across issues, earliest due first unless `orderBy` says otherwise: each unit’s inbox.',
  })
  actionItems(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: 'Which items.' }) filter?: ActionItemFilter | null,
    @Arg('orderBy', () => [ActionItemOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ActionItemOrder[] | null,
  ): Promise<Page<ActionItemType>> {
    return listActionItems(ctx, page, filter, orderBy);
  }

  @Mutation(() => AddActionItemPayload, { description: 'Assigns an action item to a unit. Coordinators and commission staff.' })
  addActionItem(
    @Arg('input', () => AddActionItemInput, { description: 'The item.' }) input: AddActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ActionItemResult>> {
    const fields = {
      description: input.description,
      dueDate: input.dueDate,
      assignedUnitKey: keyOf(input.assignedUnitId, 'Unit', 'input.assignedUnitId'),
    };
    return mutation(
      () => addActionItem(ctx, issueKeyOf(input.issueId), fields),
      (key) => itemPayload(ctx, key),
    );
  }

  @Mutation(() => CompleteActionItemPayload, {
    description:
      'Completes an action item with evidence, also on a RESOLVED issue (not on a CLOSED one). An officer of the assigned unit, a coordinator or commission staff.',
  })
  completeActionItem(
    @Arg('input', () => CompleteActionItemInput, { description: 'The item and its evidence.' }) input: CompleteActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ActionItemResult>> {
    return mutation(
      () => settleActionItem(ctx, itemKeyOf(input.actionItemId), 'complete', input.evidence),
      (key) => itemPayload(ctx, key),
    );
  }

  @Mutation(() => CancelActionItemPayload, {
    description: 'Cancels an action item with a reason, also on a RESOLVED issue (not on a CLOSED one). Coordinators and commission staff.',
  })
  cancelActionItem(
    @Arg('input', () => CancelActionItemInput, { description: 'The item and why.' }) input: CancelActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ActionItemResult>> {
    return mutation(
      () => settleActionItem(ctx, itemKeyOf(input.actionItemId), 'cancel', input.reason),
      (key) => itemPayload(ctx, key),
    );
  }

  @FieldResolver(() => UnitType, { description: 'The unit that must do it.' })
  assignedUnit(@Root() item: ActionItemType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, item.assignedUnitKey, 'unit');
  }

  @FieldResolver(() => CoordinationIssueType, { description: 'The issue it serves.' })
  issue(@Root() item: ActionItemType, @Ctx() ctx: Context): Loaded<CoordinationIssueType> {
    return loadRequired(ctx.loaders.coordination.issueByKey, item.issueKey, 'issue');
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  isOverdue(@Root() item: ActionItemType, @Ctx() ctx: Context): boolean {
    return itemIsOverdue(item, ctx.today);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who completed or cancelled it; null while it is open.' })
  completedBy(@Root() item: ActionItemType, @Ctx() ctx: Context): Promise<UserType | null> | null {
    return item.completedByKey === null ? null : ctx.loaders.user.byKey.load(item.completedByKey);
  }
}
