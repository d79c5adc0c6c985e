import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { UserType } from '../user/index.js';
import { canSeeAssessment } from './risk-assessment.access.js';
import { DecisionRecordType, RiskAssessmentType } from './risk-assessment.types.js';

@Resolver(() => DecisionRecordType)
export class DecisionRecordResolver {
  @FieldResolver(() => RiskAssessmentType, {
    nullable: true,
    description: 'The assessment the decision relied on (null if you may not see it).',
  })
  async assessment(@Root() record: DecisionRecordType, @Ctx() ctx: Context): Promise<RiskAssessmentType | null> {
    const assessment = await ctx.loaders.riskAssessment.assessmentByKey.load(record.assessmentKey);
    return assessment && (await canSeeAssessment(ctx, assessment)) ? assessment : null;
  }

  @FieldResolver(() => UserType, { description: 'Who decided.' })
  decidedBy(@Root() record: DecisionRecordType, @Ctx() ctx: Context): Promise<UserType> {
    return loadRequired(ctx.loaders.user.byKey, record.decidedByKey, 'user');
  }
}
