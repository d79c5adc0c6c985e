import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UserType } from '../user/index.js';
import * as service from './follow-up-review.service.js';
import { isPartyTo } from './risk-assessment.access.js';
import { RecordFollowUpReviewInput } from './risk-assessment.inputs.js';
import { decisionKeyOf } from './risk-assessment.keys.js';
import { RecordFollowUpReviewPayload, type MajorDecisionResult } from './risk-assessment.payloads.js';
import { FollowUpReviewType } from './risk-assessment.types.js';

// Shown to the parties to the matter, as `MajorDecision.followUpReviews` lists them.
registerNodeType('FollowUpReview', {
  load: (ctx, key) => ctx.loaders.riskAssessment.followUpByKey.load(key),
  visible: (ctx, node) => isPartyTo(ctx, (node as FollowUpReviewType).decisionKey),
});

@Resolver(() => FollowUpReviewType)
export class FollowUpReviewResolver {
  @Mutation(() => RecordFollowUpReviewPayload, {
    description:
      'Records a follow-up review of an approved matter, dated from the approval (or the last review) to today; the next one falls due 90 (MEDIUM) or 180 (LOW) days later.',
  })
  recordFollowUpReview(
    @Arg('input', () => RecordFollowUpReviewInput, { description: 'The review.' }) input: RecordFollowUpReviewInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<MajorDecisionResult>> {
    const key = decisionKeyOf(input.decisionId);
    return mutation(
      () => service.recordFollowUpReview(ctx, key, input),
      async (changed) => ({ majorDecision: await ctx.loaders.riskAssessment.decisionByKey.load(changed) }),
    );
  }

  @FieldResolver(() => UserType, { description: 'Who recorded the review.' })
  reviewer(@Root() review: FollowUpReviewType, @Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, review.reviewerKey, 'user');
  }
}
