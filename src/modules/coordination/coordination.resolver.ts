import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { fromGlobalId, keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { UnitType } from '../unit/index.js';
import {
  ActionItemFilter,
  AddActionItemInput,
  AddIssueParticipantInput,
  CancelActionItemInput,
  CompleteActionItemInput,
  CoordinationIssueFilter,
  CoordinationIssueOrder,
  CreateFundObligationInput,
  IssueActionInput,
  OpenCoordinationIssueInput,
  RecordFundTransactionInput,
  RecordMeetingInput,
  ReopenCoordinationIssueInput,
} from './coordination.inputs.js';
import { listIssues } from './coordination.read.js';
import {
  addActionItem,
  addIssueParticipant,
  closeCoordinationIssue,
  createFundObligation,
  openCoordinationIssue,
  recordFundTransaction,
  recordMeeting,
  reopenCoordinationIssue,
  resolveCoordinationIssue,
  settleActionItem,
} from './coordination.service.js';
import {
  ActionItemConnection,
  ActionItemType,
  ClosureBlockersType,
  CoordinationIssueConnection,
  CoordinationIssueType,
  FundObligationType,
  FundTotals,
  type FenTotals,
  FundTransactionType,
  IssueEvent,
  IssueEventConnection,
  IssueParticipantType,
  MeetingType,
} from './coordination.types.js';
import { closureBlockers } from './closure.js';
import { listActionItems, totalsOf } from './coordination.read.js';
import { issueIsOverdue } from './coordination-issue.entity.js';
import { itemIsOverdue } from './action-item.entity.js';
import { CoordinationErrorCode } from './coordination.errors.js';

registerNodeType('CoordinationIssue', { load: (ctx, key) => ctx.loaders.coordination.issueByKey.load(key) });
registerNodeType('FundObligation', { load: (ctx, key) => ctx.loaders.coordination.obligationByKey.load(key) });
registerNodeType('ActionItem', { load: (ctx, key) => ctx.loaders.coordination.actionItemByKey.load(key) });
// Only events of coordination issues are reachable as IssueEvents, not any audit entry.
registerNodeType('IssueEvent', {
  load: (ctx, key) => ctx.loaders.coordination.eventByKey.load(key),
  visible: (_ctx, node) => fromGlobalId((node as IssueEvent).objectId).typename === 'CoordinationIssue',
});

@ObjectType({ description: 'Result of a mutation on a coordination issue.' })
class CoordinationIssuePayload {
  @Field(() => CoordinationIssueType, { nullable: true, description: 'The issue as it now is; null when `userErrors` is not empty.' })
  coordinationIssue?: CoordinationIssueType | null;

  @Field(() => FundObligationType, { nullable: true, description: 'The obligation created or moved, where there is one.' })
  fundObligation?: FundObligationType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `closeCoordinationIssue`.' })
class CloseCoordinationIssuePayload extends CoordinationIssuePayload {
  @Field(() => ClosureBlockersType, {
    nullable: true,
    description: 'When closing was refused (ISSUE_NOT_READY_TO_CLOSE): each open item and each obligation with its outstanding amount.',
  })
  closureBlockers?: ClosureBlockersType | null;
}

const issueKeyOf = (id: string) => keyOf(id, 'CoordinationIssue', 'input.issueId');
const NOT_READY_TO_CLOSE: string = CoordinationErrorCode.ISSUE_NOT_READY_TO_CLOSE;

@Resolver(() => CoordinationIssueType)
export class CoordinationIssueResolver {
  @Query(() => CoordinationIssueConnection, { description: 'Coordination issues, newest first unless `orderBy` says otherwise.' })
  coordinationIssues(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => CoordinationIssueFilter, { nullable: true, description: 'Which issues.' }) filter?: CoordinationIssueFilter | null,
    @Arg('orderBy', () => [CoordinationIssueOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: CoordinationIssueOrder[] | null,
  ): Promise<Page<CoordinationIssueType>> {
    return listIssues(ctx, page, filter, orderBy);
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Opens a coordination issue. Coordinators and commission staff.' })
  openCoordinationIssue(
    @Arg('input', () => OpenCoordinationIssueInput, { description: 'The issue.' }) input: OpenCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const fields = {
      title: input.title,
      description: input.description,
      kind: input.kind,
      targetDate: input.targetDate,
      leadUnitKey: keyOf(input.leadUnitId, 'Unit', 'input.leadUnitId'),
      openedOn: input.openedOn ?? null,
    };
    return withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey.load(await openCoordinationIssue(ctx, fields)),
    }));
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Adds a participating unit with its role. Coordinators and commission staff.' })
  addIssueParticipant(
    @Arg('input', () => AddIssueParticipantInput, { description: 'The unit and role.' }) input: AddIssueParticipantInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const unitKey = keyOf(input.unitId, 'Unit', 'input.unitId');
    return withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey
        .clear(await addIssueParticipant(ctx, key, unitKey, input.role))
        .load(key),
    }));
  }

  @Mutation(() => CoordinationIssuePayload, {
    description: 'Records money one unit owes another under the issue. Coordinators and commission staff.',
  })
  createFundObligation(
    @Arg('input', () => CreateFundObligationInput, { description: 'The obligation.' }) input: CreateFundObligationInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const fields = {
      payerKey: keyOf(input.payerUnitId, 'Unit', 'input.payerUnitId'),
      payeeKey: keyOf(input.payeeUnitId, 'Unit', 'input.payeeUnitId'),
      purpose: input.purpose,
      amount: input.amount,
      beneficiaries: input.beneficiaries,
    };
    return withUserErrors(async () => {
      const obligationKey = await createFundObligation(ctx, key, fields);
      return {
        coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(key).load(key),
        fundObligation: await ctx.loaders.coordination.obligationByKey.load(obligationKey),
      };
    });
  }

  @Mutation(() => CoordinationIssuePayload, {
    description:
      'Records money moving under an obligation: never beyond what it still needs (AMOUNT_EXCEEDS_OUTSTANDING). Coordinators, commission staff, or an officer of the paying (transfer) or receiving (disbursement) unit.',
  })
  recordFundTransaction(
    @Arg('input', () => RecordFundTransactionInput, { description: 'The transaction.' }) input: RecordFundTransactionInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const obligationKey = keyOf(input.obligationId, 'FundObligation', 'input.obligationId');
    const fields = { kind: input.kind, amount: input.amount, occurredOn: input.occurredOn ?? null, reference: input.reference };
    return withUserErrors(async () => {
      await recordFundTransaction(ctx, obligationKey, fields);
      const obligation = await ctx.loaders.coordination.obligationByKey.clear(obligationKey).load(obligationKey);
      return {
        fundObligation: obligation,
        coordinationIssue: obligation
          ? await ctx.loaders.coordination.issueByKey.clear(obligation.issueKey).load(obligation.issueKey)
          : null,
      };
    });
  }

  @Mutation(() => CoordinationIssuePayload, {
    description:
      'Records a meeting with its minutes and resolutions; each resolution may assign action items. Coordinators and commission staff.',
  })
  recordMeeting(
    @Arg('input', () => RecordMeetingInput, { description: 'The meeting.' }) input: RecordMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const fields = {
      heldOn: input.heldOn,
      title: input.title,
      minutes: input.minutes,
      attendingUnitKeys: input.attendingUnitIds.map((id, i) => keyOf(id, 'Unit', `input.attendingUnitIds.${i}`)),
      resolutions: input.resolutions.map((r, i) => ({
        text: r.text,
        actions: r.actions.map((a, j) => ({
          description: a.description,
          dueDate: a.dueDate,
          assignedUnitKey: keyOf(a.assignedUnitId, 'Unit', `input.resolutions.${i}.actions.${j}.assignedUnitId`),
        })),
      })),
    };
    return withUserErrors(async () => {
      await recordMeeting(ctx, key, fields);
      return { coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(key).load(key) };
    });
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Assigns an action item to a unit. Coordinators and commission staff.' })
  addActionItem(
    @Arg('input', () => AddActionItemInput, { description: 'The item.' }) input: AddActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const fields = {
      description: input.description,
      dueDate: input.dueDate,
      assignedUnitKey: keyOf(input.assignedUnitId, 'Unit', 'input.assignedUnitId'),
    };
    return withUserErrors(async () => {
      await addActionItem(ctx, key, fields);
      return { coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(key).load(key) };
    });
  }

  @Mutation(() => CoordinationIssuePayload, {
    description: 'Completes an action item with evidence. An officer of the assigned unit, a coordinator or commission staff.',
  })
  completeActionItem(
    @Arg('input', () => CompleteActionItemInput, { description: 'The item and its evidence.' }) input: CompleteActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const itemKey = keyOf(input.actionItemId, 'ActionItem', 'input.actionItemId');
    return withUserErrors(async () => {
      const key = await settleActionItem(ctx, itemKey, 'complete', input.evidence);
      return { coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(key).load(key) };
    });
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Cancels an action item with a reason. Coordinators and commission staff.' })
  cancelActionItem(
    @Arg('input', () => CancelActionItemInput, { description: 'The item and why.' }) input: CancelActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const itemKey = keyOf(input.actionItemId, 'ActionItem', 'input.actionItemId');
    return withUserErrors(async () => {
      const key = await settleActionItem(ctx, itemKey, 'cancel', input.reason);
      return { coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(key).load(key) };
    });
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Marks the issue solved in substance. Coordinators and commission staff.' })
  resolveCoordinationIssue(
    @Arg('input', () => IssueActionInput, { description: 'The issue.' }) input: IssueActionInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    return withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(await resolveCoordinationIssue(ctx, key)).load(key),
    }));
  }

  @Mutation(() => CloseCoordinationIssuePayload, {
    description:
      'Closes a resolved issue once every action item is done or cancelled and every obligation fully disbursed (else ISSUE_NOT_READY_TO_CLOSE, naming each in its message and in `closureBlockers`). Coordinators and commission staff.',
  })
  async closeCoordinationIssue(
    @Arg('input', () => IssueActionInput, { description: 'The issue.' }) input: IssueActionInput,
    @Ctx() ctx: Context,
  ): Promise<CloseCoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const result: CloseCoordinationIssuePayload = await withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(await closeCoordinationIssue(ctx, key)).load(key),
    }));
    if (result.userErrors.some((e) => e.code === NOT_READY_TO_CLOSE)) {
      const issue = await ctx.loaders.coordination.issueByKey.load(key);
      if (issue) result.closureBlockers = await this.closureBlockers(issue, ctx);
    }
    return result;
  }

  @Mutation(() => CoordinationIssuePayload, {
    description: 'Reopens a resolved or closed issue, with a reason. Coordinators and commission staff.',
  })
  reopenCoordinationIssue(
    @Arg('input', () => ReopenCoordinationIssueInput, { description: 'The issue and why.' }) input: ReopenCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    return withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(await reopenCoordinationIssue(ctx, key, input.reason)).load(key),
    }));
  }

  @FieldResolver(() => [MeetingType], { description: 'Meetings, by date.' })
  meetings(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<MeetingType[]> {
    return ctx.loaders.coordination.meetingsOf.load(issue.key);
  }

  @FieldResolver(() => [ActionItemType], { description: 'Action items, earliest due first.' })
  actionItems(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<ActionItemType[]> {
    return ctx.loaders.coordination.actionItemsOf.load(issue.key);
  }

  @FieldResolver(() => IssueEventConnection, {
    description: 'The issue’s history from its audit trail, oldest first: nothing is ever lost on edits.',
  })
  timeline(
    @Root() issue: CoordinationIssueType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<IssueEvent>> {
    return ctx.loaders.coordination.timelineOf(pageArgs(page)).load(issue.id);
  }

  @FieldResolver(() => ClosureBlockersType, {
    description: 'What keeps the issue from closing, by the rule `closeCoordinationIssue` enforces.',
  })
  async closureBlockers(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<ClosureBlockersType> {
    const [items, obligations] = await Promise.all([
      ctx.loaders.coordination.actionItemsOf.load(issue.key),
      ctx.loaders.coordination.obligationsOf.load(issue.key),
    ]);
    const units = await ctx.loaders.unit.byKey.loadMany(items.map((i) => i.assignedUnitKey));
    const blockers = closureBlockers({
      items: items.map((i, n) => {
        const unit = units[n];
        return {
          key: i.key,
          description: i.description,
          status: i.status,
          assignedUnitName: unit && !(unit instanceof Error) ? unit.name : '',
        };
      }),
      obligations: obligations.map((o) => ({
        key: o.key,
        purpose: o.purpose,
        amountFen: o.fen.obligated,
        disbursedFen: o.fen.disbursed,
      })),
    });
    const open = new Set(blockers.openItems.map((i) => i.key));
    return {
      openActionItems: items.filter((i) => open.has(i.key)),
      unsettledObligations: blockers.unsettled,
      clear: blockers.openItems.length === 0 && blockers.unsettled.length === 0,
    };
  }

  @FieldResolver(() => UnitType, { description: 'The lead coordinating unit.' })
  leadUnit(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, issue.leadUnitKey, 'unit');
  }

  @FieldResolver(() => Boolean, { description: 'Past the target date and not yet resolved or closed.' })
  isOverdue(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): boolean {
    return issueIsOverdue(issue, ctx.today);
  }

  @FieldResolver(() => [IssueParticipantType], { description: 'Participating units, in the order added.' })
  participants(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<IssueParticipantType[]> {
    return ctx.loaders.coordination.participantsOf.load(issue.key);
  }

  @FieldResolver(() => [FundObligationType], { description: 'Fund obligations, in the order recorded.' })
  fundObligations(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<FundObligationType[]> {
    return ctx.loaders.coordination.obligationsOf.load(issue.key);
  }

  @FieldResolver(() => FundTotals, { description: 'Totals over all the issue’s obligations, exact.' })
  async fundTotals(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<FundTotals> {
    const obligations = await ctx.loaders.coordination.obligationsOf.load(issue.key);
    const sum = (pick: (fen: FenTotals) => bigint) => obligations.reduce((total, o) => total + pick(o.fen), 0n);
    return totalsOf({ obligated: sum((f) => f.obligated), transferred: sum((f) => f.transferred), disbursed: sum((f) => f.disbursed) });
  }
}

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Query(() => ActionItemConnection, { description: 'Action items across issues, earliest due first: each unit’s inbox.' })
  actionItems(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: 'Which items.' }) filter?: ActionItemFilter | null,
  ): Promise<Page<ActionItemType>> {
    return listActionItems(ctx, page, filter);
  }

  @FieldResolver(() => UnitType, { description: 'The unit that must do it.' })
  assignedUnit(@Root() item: ActionItemType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, item.assignedUnitKey, 'unit');
  }

  @FieldResolver(() => CoordinationIssueType, { description: 'The issue it serves.' })
  issue(@Root() item: ActionItemType, @Ctx() ctx: Context): Promise<CoordinationIssueType> {
    return loadRequired(ctx.loaders.coordination.issueByKey, item.issueKey, 'issue');
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  isOverdue(@Root() item: ActionItemType, @Ctx() ctx: Context): boolean {
    return itemIsOverdue(item, ctx.today);
  }
}

@Resolver(() => MeetingType)
export class MeetingResolver {
  @FieldResolver(() => [UnitType], { description: 'Attending units.' })
  async attendingUnits(@Root() meeting: MeetingType, @Ctx() ctx: Context): Promise<UnitType[]> {
    const units = await ctx.loaders.unit.byKey.loadMany(meeting.attendingUnitKeys);
    return units.filter((u): u is UnitType => u !== null && !(u instanceof Error));
  }
}

@Resolver(() => IssueParticipantType)
export class IssueParticipantResolver {
  @FieldResolver(() => UnitType, { description: 'The unit.' })
  unit(@Root() participant: IssueParticipantType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, participant.unitKey, 'unit');
  }
}

@Resolver(() => FundObligationType)
export class FundObligationResolver {
  @FieldResolver(() => UnitType, { description: 'Who pays.' })
  payer(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, obligation.payerKey, 'unit');
  }

  @FieldResolver(() => UnitType, { description: 'Who receives and disburses.' })
  payee(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, obligation.payeeKey, 'unit');
  }

  @FieldResolver(() => [FundTransactionType], { description: 'Money moved, by date.' })
  transactions(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<FundTransactionType[]> {
    return ctx.loaders.coordination.transactionsOf.load(obligation.key);
  }
}
