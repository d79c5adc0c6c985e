import type { Context } from '../../shared/context.js';
import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { riskAssessmentMessages } from './risk-assessment.messages.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { DecisionCategory } from '../decision-category/index.js';
import { Unit } from '../unit/index.js';
import { MajorDecision } from './major-decision.entity.js';
import { mayDecide } from './risk-assessment.access.js';
import type { DecisionOutcome, DecisionProcedure } from './risk-assessment.enums.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { auditAssessment, auditDecision, lockDecision, viewerOf } from './risk-assessment.locks.js';

// Matters and their decisions: recording a matter, revising its plan, deciding it.

export interface DecisionFields {
  title: string;
  categoryKey: string;
  planText: string;
  decisionBodyKey: string;
  assessingUnitKey: string;
  procedure: DecisionProcedure;
}

const mayChange = (ctx: Context, decisionBodyKey: string) =>
  holdsRole(ctx.viewer, Role.DECISION_MAKER, decisionBodyKey) || hasRole(ctx.viewer, Role.COMMISSION_STAFF);

export async function createMajorDecision(ctx: Context, fields: DecisionFields): Promise<string> {
  if (!mayChange(ctx, fields.decisionBodyKey)) {
    throw forbidden(riskAssessmentMessages.recordMatterOnly);
  }
  return write(ctx, async ({ em, audit }) => {
    const category = await em.findOne(DecisionCategory, { id: fields.categoryKey });
    if (!category) throw RiskErrors.notFound('decision category', 'categoryId');
    const [decisionBody, assessingUnit] = await Promise.all([
      em.findOne(Unit, { id: fields.decisionBodyKey }),
      em.findOne(Unit, { id: fields.assessingUnitKey }),
    ]);
    if (!decisionBody) throw RiskErrors.notFound('unit', 'decisionBodyId');
    if (!assessingUnit) throw RiskErrors.notFound('unit', 'assessingUnitId');
    const decision = new MajorDecision({ ...fields, category, decisionBody, assessingUnit });
    em.persist(decision);
    await em.flush();
    auditDecision(audit, decision.id, 'create', null, {
      title: decision.title,
      categoryCode: category.code,
      procedure: decision.procedure,
      status: decision.status,
    });
    return decision.id;
  });
}

export async function updateMajorDecisionPlan(
  ctx: Context,
  key: string,
  changes: { planText?: string; categoryKey?: string },
): Promise<string> {
  requireRole(ctx, [Role.DECISION_MAKER, Role.COMMISSION_STAFF], riskAssessmentMessages.actions.changePlan);
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, key);
    if (!mayChange(ctx, decision.decisionBody.id)) {
      throw forbidden(riskAssessmentMessages.changePlanOnly);
    }
    const category = changes.categoryKey ? await em.findOne(DecisionCategory, { id: changes.categoryKey }) : decision.category;
    if (!category) throw RiskErrors.notFound('decision category', 'categoryId');
    const state = () => ({
      planText: decision.planText,
      categoryCode: decision.category.code,
      status: decision.status,
      assessmentStatus: decision.currentAssessment?.status ?? null,
    });
    const before = state();
    const staled = decision.revisePlan(changes.planText ?? decision.planText, category);
    if (staled) {
      const reason = 'plan or category changed';
      auditAssessment(audit, staled.id, 'stale', { status: before.assessmentStatus }, { status: staled.status, reason });
    }
    auditDecision(audit, key, 'updatePlan', before, state());
    return key;
  });
}

/**
 * The assess-before-decide rule, enforced by `MajorDecision.decide` with the matter's row locked:
 * a concurrent plan change, re-filing or second decision waits, then sees the state this decision left.
 */
export async function decideMajorDecision(ctx: Context, key: string, outcome: DecisionOutcome, rationale: string): Promise<string> {
  requireRole(ctx, [Role.DECISION_MAKER], riskAssessmentMessages.actions.decide);
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, key);
    if (!mayDecide(ctx, decision.decisionBody.id)) throw forbidden(riskAssessmentMessages.decideOnly);
    const from = decision.status;
    const record = decision.decide(outcome, rationale, viewerOf(ctx, em), ctx.now, ctx.today);
    em.persist(record);
    const assessment = record.assessment;
    // 暂缓 (POSTPONE): the plan is to be revised and assessed again.
    if (assessment.isStale)
      auditAssessment(audit, assessment.id, 'stale', { status: 'FILED' }, { status: assessment.status, reason: 'postponed' });
    await em.flush();
    auditDecision(
      audit,
      key,
      'decide',
      { status: from },
      {
        status: decision.status,
        outcome,
        rationale: record.rationale,
        assessmentId: toGlobalId('RiskAssessment', assessment.id),
        level: record.level,
        nextFollowUpDue: decision.nextFollowUpDue,
      },
    );
    return key;
  });
}
