import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserType } from '../user/index.js';
import { canSeeAssessment, isPartyTo } from './risk-assessment.access.js';
import { DecisionRecordType, RiskAssessmentType } from './risk-assessment.types.js';

// Shown to the parties to the matter, as `MajorDecision.decisions` lists them.
registerNodeType('DecisionRecord', {
  load: (ctx, key) => ctx.loaders.riskAssessment.recordByKey.load(key),
  visible: (ctx, node) => isPartyTo(ctx, (node as DecisionRecordType).decisionKey),
});

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
  decidedBy(@Root() record: DecisionRecordType, @Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, record.decidedByKey, 'user');
  }
}
