import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { loadRequired, type Loaded } from '../../../shared/db/loader.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { UserType } from '../../user/index.js';
import { RectificationFeedbackType, RectificationNoticeType } from './notices.types.js';

// Readable by every signed-in user, as the notice that lists it.
registerNodeType('RectificationFeedback', { load: (ctx, key) => ctx.loaders.inspection.feedbackByKey.load(key) });

@Resolver(() => RectificationFeedbackType)
export class RectificationFeedbackResolver {
  @FieldResolver(() => RectificationNoticeType, { description: 'The notice it answers.' })
  notice(@Root() feedback: RectificationFeedbackType, @Ctx() ctx: Context): Loaded<RectificationNoticeType> {
    return loadRequired(ctx.loaders.inspection.noticeByKey, feedback.noticeKey, 'notice');
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() feedback: RectificationFeedbackType, @Ctx() ctx: Context): Promise<UserType | null> {
    return feedback.submittedByKey ? ctx.loaders.user.byKey.load(feedback.submittedByKey) : Promise.resolve(null);
  }
}
