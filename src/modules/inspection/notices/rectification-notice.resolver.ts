import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../../shared/graphql/connection.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { UnitType } from '../../unit/index.js';
import { UserType } from '../../user/index.js';
import { FindingType } from '../visits/visits.types.js';
import { isOverdue } from './notice-rules.js';
import { issueRectificationNotice } from './notice.service.js';
import { IssueRectificationNoticeInput, RectificationNoticeFilter, RectificationNoticeOrder } from './notices.inputs.js';
import { listNotices } from './notices.read.js';
import { RectificationFeedbackType, RectificationNoticeConnection, RectificationNoticeType } from './notices.types.js';

registerNodeType('RectificationNotice', { load: (ctx, key) => ctx.loaders.inspection.noticeByKey.load(key) });

@ObjectType('RectificationNoticeResult')
export class RectificationNoticeResult extends MutationResult {
  @Field(() => RectificationNoticeType, { nullable: true, description: 'The notice as it now is; null when `userErrors` is not empty.' })
  rectificationNotice?: RectificationNoticeType | null;
}

const IssueRectificationNoticePayload = payloadOf('issueRectificationNotice', RectificationNoticeResult);

/** A notice's mutations answer with the notice as it now is. */
export const noticePayload = (ctx: Context) => async (key: string) => ({
  rectificationNotice: await ctx.loaders.inspection.noticeByKey.load(key),
});

@Resolver(() => RectificationNoticeType)
export class RectificationNoticeResolver {
  @Query(() => RectificationNoticeConnection, {
    nullable: true,
    description: 'Rectification notices, earliest deadline first: filtered by unit and open statuses, a unit’s inbox.',
  })
  rectificationNotices(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => RectificationNoticeFilter, { nullable: true, description: 'Which notices.' })
    filter?: RectificationNoticeFilter | null,
    @Arg('orderBy', () => [RectificationNoticeOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: RectificationNoticeOrder[] | null,
  ): Promise<Page<RectificationNoticeType>> {
    return listNotices(ctx, page, filter, orderBy);
  }

  @Mutation(() => IssueRectificationNoticePayload, {
    description:
      'Issues the rectification notice (整改意见书) on a finding, to its responsible unit (NOTIFIED). Inspectors and commission staff.',
  })
  issueRectificationNotice(
    @Arg('input', () => IssueRectificationNoticeInput, { description: 'The notice.' }) input: IssueRectificationNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<RectificationNoticeResult>> {
    const fields = {
      findingKey: keyOf(input.findingId, 'InspectionFinding', 'input.findingId'),
      deadline: input.deadline,
      requirements: input.requirements,
      issuedOn: input.issuedOn ?? null,
    };
    return mutation(() => issueRectificationNotice(ctx, fields), noticePayload(ctx));
  }

  @FieldResolver(() => FindingType, { description: 'The finding it answers.' })
  finding(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Loaded<FindingType> {
    return loadRequired(ctx.loaders.inspection.findingByKey, notice.findingKey, 'finding');
  }

  @FieldResolver(() => UnitType, { description: 'The unit that must rectify.' })
  unit(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, notice.unitKey, 'unit');
  }

  @FieldResolver(() => Boolean, {
    description: 'Past the deadline while the unit still owes its feedback (NOTIFIED, RECTIFYING, REOPENED).',
  })
  isOverdue(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): boolean {
    return isOverdue(notice, ctx.today);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who verified the rectification; null until verified.' })
  verifiedBy(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<UserType | null> {
    return notice.verifiedByKey ? ctx.loaders.user.byKey.load(notice.verifiedByKey) : Promise.resolve(null);
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [RectificationFeedbackType], { description: 'Every feedback the unit submitted, oldest first.' })
  feedback(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<RectificationFeedbackType[]> {
    return ctx.loaders.inspection.feedbackOf.load(notice.key);
  }

  @FieldResolver(() => RectificationFeedbackType, { nullable: true, description: 'The latest feedback, if any.' })
  async latestFeedback(@Root() notice: RectificationNoticeType, @Ctx() ctx: Context): Promise<RectificationFeedbackType | null> {
    return (await ctx.loaders.inspection.feedbackOf.load(notice.key)).at(-1) ?? null;
  }
}
