import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { UserType } from '../../user/index.js';
import { RectificationFeedbackType } from './notices.types.js';

@Resolver(() => RectificationFeedbackType)
export class RectificationFeedbackResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() feedback: RectificationFeedbackType, @Ctx() ctx: Context): Promise<UserType | null> {
    return feedback.submittedByKey ? ctx.loaders.user.byKey.load(feedback.submittedByKey) : Promise.resolve(null);
  }
}
