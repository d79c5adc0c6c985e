import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { UnitType } from '../unit/index.js';
import {
  IssueRectificationNoticeInput,
  NoticeActionInput,
  NoticeOrder,
  RectificationNoticeFilter,
  ReopenRectificationNoticeInput,
  SubmitRectificationFeedbackInput,
  VerifyRectificationInput,
} from './inspection.inputs.js';
import { listNotices } from './inspection.read.js';
import { FindingType, RectificationFeedbackType, RectificationNoticeConnection, RectificationNoticeType } from './inspection.types.js';
import {
  closeRectificationNotice,
  issueRectificationNotice,
  reopenRectificationNotice,
  startRectification,
  submitRectificationFeedback,
  verifyRectification,
} from './notice.service.js';
import { noticeIsOverdue } from './rectification-notice.entity.js';

registerNodeType('RectificationNotice', { load: (ctx, key) => ctx.loaders.inspection.noticeByKey.load(key) });

@ObjectType({ description: 'Result of a mutation on a rectification notice.' })
class RectificationNoticePayload {
  @Field(() => RectificationNoticeType, { nullable: true, description: 'The notice as it now is; null when `userErrors` is not empty.' })
  rectificationNotice?: RectificationNoticeType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const noticeKeyOf = (id: string) => keyOf(id, 'RectificationNotice', 'input.noticeId');

@Resolver(() => RectificationNoticeType)
export class RectificationNoticeResolver {
  @Query(() => RectificationNoticeConnection, {
    description: 'Rectification notices, earliest deadline first: filtered by unit and open statuses, a unit’s inbox.',
  })
  rectificationNotices(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => RectificationNoticeFilter, { nullable: true, description: 'Which notices.' })
    filter?: RectificationNoticeFilter | null,
    @Arg('orderBy', () => [NoticeOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: NoticeOrder[] | null,
  ): Promise<Page<RectificationNoticeType>> {
    return listNotices(ctx, page, filter, orderBy);
  }

  @Mutation(() => RectificationNoticePayload, {
    description:
      'Issues the rectification notice (整改意见书) on a finding, to its responsible unit (NOTIFIED). Inspectors and commission staff.',
  })
  issueRectificationNotice(
    @Arg('input', () => IssueRectificationNoticeInput, { description: 'The notice.' }) input: IssueRectificationNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<RectificationNoticePayload> {
    const fields = {
      findingKey: keyOf(input.findingId, 'InspectionFinding', 'input.findingId'),
      deadline: input.deadline,
      requirements: input.requirements,
      issuedOn: input.issuedOn ?? null,
    };
    return this.after(ctx, () => issueRectificationNotice(ctx, fields));
  }

  @Mutation(() => RectificationNoticePayload, {
    description: 'The responsible unit sets to work (NOTIFIED or REOPENED → RECTIFYING). Officers of the responsible unit.',
  })
  startRectification(
    @Arg('input', () => NoticeActionInput, { description: 'The notice.' }) input: NoticeActionInput,
    @Ctx() ctx: Context,
  ): Promise<RectificationNoticePayload> {
    const key = noticeKeyOf(input.noticeId);
    return this.after(ctx, () => startRectification(ctx, key));
  }

  @Mutation(() => RectificationNoticePayload, {
    description:
      'The responsible unit reports root-cause analysis, measures taken and evidence (RECTIFYING → FEEDBACK_SUBMITTED). Officers of the responsible unit.',
  })
  submitRectificationFeedback(
    @Arg('input', () => SubmitRectificationFeedbackInput, { description: 'The feedback.' }) input: SubmitRectificationFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<RectificationNoticePayload> {
    const key = noticeKeyOf(input.noticeId);
    const fields = { rootCauseAnalysis: input.rootCauseAnalysis, measuresTaken: input.measuresTaken, evidence: input.evidence };
    return this.after(ctx, () => submitRectificationFeedback(ctx, key, fields));
  }

  @Mutation(() => RectificationNoticePayload, {
    description: 'Accepts the feedback after checking (FEEDBACK_SUBMITTED → VERIFIED). Inspectors and commission staff.',
  })
  verifyRectification(
    @Arg('input', () => VerifyRectificationInput, { description: 'The notice.' }) input: VerifyRectificationInput,
    @Ctx() ctx: Context,
  ): Promise<RectificationNoticePayload> {
    const key = noticeKeyOf(input.noticeId);
    return this.after(ctx, () => verifyRectification(ctx, key, input.note));
  }

  @Mutation(() => RectificationNoticePayload, {
    description:
      'Closes a verified notice (VERIFIED → CLOSED), recording whether its feedback came in on time. Inspectors and commission staff.',
  })
  closeRectificationNotice(
    @Arg('input', () => NoticeActionInput, { description: 'The notice.' }) input: NoticeActionInput,
    @Ctx() ctx: Context,
  ): Promise<RectificationNoticePayload> {
    const key = noticeKeyOf(input.noticeId);
    return this.after(ctx, () => closeRectificationNotice(ctx, key));
  }

  @Mutation(() => RectificationNoticePayload, {
    description: 'Sends the feedback back, with a reason (FEEDBACK_SUBMITTED → REOPENED). Inspectors and commission staff.',
  })
  reopenRectificationNotice(
    @Arg('input', () => ReopenRectificationNoticeInput, { description: 'The notice and why.' }) input: ReopenRectificationNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<RectificationNoticePayload> {
    const key = noticeKeyOf(input.noticeId);
    return this.after(ctx, () => reopenRectificationNotice(ctx, key, input.reason));
  }

  private after(ctx: Context, body: () => Promise<string>): Promise<RectificationNoticePayload> {
    return withUserErrors(async () => ({ rectificationNotice: await ctx.loaders.inspection.noticeByKey.load(await body()) }));
  }

  @FieldResolver(() => FindingType, { description: 'The finding it answers.' })
  finding(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<FindingType> {
    return loadRequired(ctx.loaders.inspection.findingByKey, notice.findingKey, 'finding');
  }

  @FieldResolver(() => UnitType, { description: 'The unit that must rectify.' })
  unit(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, notice.unitKey, 'unit');
  }

  @FieldResolver(() => Boolean, {
    description: 'Past the deadline while the unit still owes its feedback (NOTIFIED, RECTIFYING, REOPENED).',
  })
  isOverdue(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): boolean {
    return noticeIsOverdue(notice, ctx.today);
  }

  @FieldResolver(() => [RectificationFeedbackType], { description: 'Every feedback the unit submitted, oldest first.' })
  feedback(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<RectificationFeedbackType[]> {
    return ctx.loaders.inspection.feedbackOf.load(notice.key);
  }

  @FieldResolver(() => RectificationFeedbackType, { nullable: true, description: 'The latest feedback, if any.' })
  async latestFeedback(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<RectificationFeedbackType | null> {
    return (await ctx.loaders.inspection.feedbackOf.load(notice.key)).at(-1) ?? null;
  }
}
