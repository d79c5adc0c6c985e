import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditObjectId } from '../../shared/audit/write.js';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { load, loadRequired, mapLoaded, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { nodeFields } from '../../shared/graphql/look-ahead.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { ActionItemType } from './action-item.types.js';
import { closeCoordinationIssue, closureBlockersOf } from './closure.service.js';
import { ClosureBlockersType } from './closure.types.js';
import { issueIsOverdue } from './coordination-issue.entity.js';
import {
  CloseCoordinationIssueInput,
  CoordinationIssueFilter,
  CoordinationIssueOrder,
  OpenCoordinationIssueInput,
  ReopenCoordinationIssueInput,
  ResolveCoordinationIssueInput,
} from './coordination-issue.inputs.js';
import { issueJoinsFor, listIssues } from './coordination-issue.read.js';
import { openCoordinationIssue, reopenCoordinationIssue, resolveCoordinationIssue } from './coordination-issue.service.js';
import { CoordinationIssueConnection, CoordinationIssueType, IssueParticipantType, MeetingType } from './coordination-issue.types.js';
import { CoordinationErrorCode } from './coordination.errors.js';
import {
  CloseCoordinationIssuePayload,
  OpenCoordinationIssuePayload,
  ReopenCoordinationIssuePayload,
  ResolveCoordinationIssuePayload,
  type CloseCoordinationIssueResult,
  type CoordinationIssueResult,
} from './coordination.payloads.js';
import { totalsOver } from './fund.read.js';
import { FundObligationType, FundTotals } from './fund.types.js';
import { IssueEventConnection, type IssueEvent } from './issue-event.types.js';

registerNodeType('CoordinationIssue', { load: (ctx, key) => ctx.loaders.coordination.issueByKey.load(key) });

export const issueKeyOf = (id: string) => keyOf(id, 'CoordinationIssue', 'input.issueId');
const NOT_READY_TO_CLOSE: string = CoordinationErrorCode.ISSUE_NOT_READY_TO_CLOSE;
const INPUT = { description: 'What to change.' };

@Resolver(() => CoordinationIssueType)
export class CoordinationIssueResolver {
  @Query(() => CoordinationIssueConnection, {
    nullable: true,
    description: 'Coordination issues, newest first unless `orderBy` says otherwise.',
  })
  coordinationIssues(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CoordinationIssueFilter, { nullable: true, description: 'Which issues.' }) filter?: CoordinationIssueFilter | null,
    @Arg('orderBy', () => [CoordinationIssueOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: CoordinationIssueOrder[] | null,
  ): Promise<Page<CoordinationIssueType>> {
    return listIssues(ctx, page, issueJoinsFor(nodeFields(info)), filter, orderBy);
  }

  @Mutation(() => OpenCoordinationIssuePayload, { description: 'Opens a coordination issue. Coordinators and commission staff.' })
  openCoordinationIssue(
    @Arg('input', () => OpenCoordinationIssueInput, INPUT) input: OpenCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<CoordinationIssueResult>> {
    const fields = {
      title: input.title,
      description: input.description,
      kind: input.kind,
      targetDate: input.targetDate,
      leadUnitKey: keyOf(input.leadUnitId, 'Unit', 'input.leadUnitId'),
      openedOn: input.openedOn ?? null,
    };
    return mutation(
      () => openCoordinationIssue(ctx, fields),
      async (key) => ({ coordinationIssue: await ctx.loaders.coordination.issueByKey.load(key) }),
    );
  }

  @Mutation(() => ResolveCoordinationIssuePayload, {
    description: 'Marks the issue solved in substance. Coordinators and commission staff.',
  })
  resolveCoordinationIssue(
    @Arg('input', () => ResolveCoordinationIssueInput, INPUT) input: ResolveCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<CoordinationIssueResult>> {
    return mutation(
      () => resolveCoordinationIssue(ctx, issueKeyOf(input.issueId)),
      async (key) => ({ coordinationIssue: await ctx.loaders.coordination.issueByKey.load(key) }),
    );
  }

  @Mutation(() => CloseCoordinationIssuePayload, {
    description:
      'Closes a resolved issue once every action item is done or cancelled and every obligation fully disbursed (else ISSUE_NOT_READY_TO_CLOSE, naming each in its message and in `closureBlockers`). Coordinators and commission staff.',
  })
  async closeCoordinationIssue(
    @Arg('input', () => CloseCoordinationIssueInput, INPUT) input: CloseCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<CloseCoordinationIssueResult>> {
    const issueKey = issueKeyOf(input.issueId);
    const result = await mutation(
      () => closeCoordinationIssue(ctx, issueKey),
      async (key) => ({ coordinationIssue: await ctx.loaders.coordination.issueByKey.load(key) }),
    );
    const refused = result.userErrors.some((e) => e.code === NOT_READY_TO_CLOSE);
    return { ...result, closureBlockers: refused ? await closureBlockersOf(ctx, issueKey) : null };
  }

  @Mutation(() => ReopenCoordinationIssuePayload, {
    description: 'Reopens a resolved or closed issue, with a reason. Coordinators and commission staff.',
  })
  reopenCoordinationIssue(
    @Arg('input', () => ReopenCoordinationIssueInput, INPUT) input: ReopenCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<CoordinationIssueResult>> {
    return mutation(
      () => reopenCoordinationIssue(ctx, issueKeyOf(input.issueId), input.reason),
      async (key) => ({ coordinationIssue: await ctx.loaders.coordination.issueByKey.load(key) }),
    );
  }

  @FieldResolver(() => UnitType, { description: 'The lead coordinating unit.' })
  leadUnit(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, issue.leadUnitKey, 'unit');
  }

  @FieldResolver(() => Boolean, { description: 'Past the target date and not yet resolved or closed.' })
  isOverdue(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): boolean {
    return issueIsOverdue(issue, ctx.today);
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [IssueParticipantType], { description: 'Participating units, in the order added.' })
  participants(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Loaded<IssueParticipantType[]> {
    return load(ctx.loaders.coordination.participantsOf, issue.key);
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [MeetingType], { description: 'Meetings, by date.' })
  meetings(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<MeetingType[]> {
    return ctx.loaders.coordination.meetingsOf.load(issue.key);
  }

  @Cost({ bound: 50 })
  @FieldResolver(() => [ActionItemType], { description: 'Action items, earliest due first.' })
  actionItems(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Loaded<ActionItemType[]> {
    return load(ctx.loaders.coordination.actionItemsOf, issue.key);
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [FundObligationType], { description: 'Fund obligations, in the order recorded.' })
  fundObligations(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Loaded<FundObligationType[]> {
    return load(ctx.loaders.coordination.obligationsOf, issue.key);
  }

  @FieldResolver(() => FundTotals, { description: 'Totals over all the issue’s obligations, exact.' })
  fundTotals(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Loaded<FundTotals> {
    return mapLoaded(load(ctx.loaders.coordination.obligationsOf, issue.key), totalsOver);
  }

  @FieldResolver(() => ClosureBlockersType, {
    description: 'What keeps the issue from closing, by the rule `closeCoordinationIssue` enforces.',
  })
  // Reads the issue’s open action items and unsettled obligations.
  @Cost({ weight: 20 })
  closureBlockers(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Loaded<ClosureBlockersType> {
    return closureBlockersOf(ctx, issue.key);
  }

  @FieldResolver(() => IssueEventConnection, {
    description: 'The issue’s history from its audit trail, oldest first: nothing is ever lost on edits.',
  })
  timeline(
    @Root() issue: CoordinationIssueType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<IssueEvent>> {
    return ctx.loaders.coordination.timelineOf(pageArgs(page)).load(auditObjectId('CoordinationIssue', issue.key));
  }
}
