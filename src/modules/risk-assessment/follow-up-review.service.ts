import type { Context } from '../../shared/context.js';
import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { todayIn } from '../../shared/time.js';
import { DecisionRecord } from './decision-record.entity.js';
import { FollowUpReview } from './follow-up-review.entity.js';
import { DecisionOutcome } from './risk-assessment.enums.js';
import { auditDecision, lockDecision, viewerOf } from './risk-assessment.locks.js';
import { riskAssessmentMessages } from './risk-assessment.messages.js';

// Follow-up reviews of approved matters (MEDIUM every 90 days, LOW every 180).

export async function recordFollowUpReview(ctx: Context, key: string, review: { reviewedOn: string; findings: string }): Promise<string> {
  requireRole(ctx, [Role.DECISION_MAKER, Role.COMMISSION_STAFF], riskAssessmentMessages.actions.recordReviews);
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, key);
    if (!holdsRole(ctx.viewer, Role.DECISION_MAKER, decision.decisionBody.id) && !hasRole(ctx.viewer, Role.COMMISSION_STAFF)) {
      throw forbidden(riskAssessmentMessages.reviewOnly);
    }
    const [approval, last] = await Promise.all([
      em.findOne(DecisionRecord, { decision, outcome: DecisionOutcome.APPROVE }, { orderBy: { id: 'desc' } }),
      em.findOne(FollowUpReview, { decision }, { orderBy: { reviewedOn: 'desc' } }),
    ]);
    const history = {
      approvedOn: approval ? todayIn(ctx.timeZone, approval.decidedAt) : null,
      lastReviewedOn: last?.reviewedOn ?? null,
    };
    const before = decision.nextFollowUpDue;
    const followUp = decision.recordFollowUp(review, viewerOf(ctx, em), history, ctx.now, ctx.today);
    em.persist(followUp);
    auditDecision(
      audit,
      key,
      'recordFollowUpReview',
      { nextFollowUpDue: before },
      { reviewedOn: followUp.reviewedOn, findings: followUp.findings, nextFollowUpDue: decision.nextFollowUpDue },
    );
    return key;
  });
}
