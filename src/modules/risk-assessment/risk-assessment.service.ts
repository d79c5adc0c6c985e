import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { hasRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write, type Write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { DecisionCategory } from '../decision-category/index.js';
import { Unit } from '../unit/index.js';
import { User } from '../user/index.js';
import { blockersFor, followUpAfter, type DecisionFacts } from './decision-rules.js';
import { DecisionRecord } from './decision-record.entity.js';
import { DimensionFinding } from './dimension-finding.entity.js';
import { FollowUpReview } from './follow-up-review.entity.js';
import { MajorDecision } from './major-decision.entity.js';
import { MitigationMeasure } from './mitigation-measure.entity.js';
import { OpinionCollection } from './opinion-collection.entity.js';
import {
  DecisionOutcome,
  DecisionStatus,
  type DecisionProcedure,
  type OpinionMethod,
  type ReviewVerdict,
  type RiskDimension,
} from './risk-assessment.enums.js';
import { RiskAssessment } from './risk-assessment.entity.js';
import { RiskAssessmentError, RiskErrors } from './risk-assessment.errors.js';
import { RiskPoint, type RiskPointProps } from './risk-point.entity.js';
import { todayIn } from '../../shared/time.js';
import { mayDecide } from './risk-assessment.access.js';
import { requireText } from '../../shared/domain/values.js';

const memberOf = (ctx: Context, role: Role, unitKey: string) => hasRole(ctx.viewer, role) && ctx.viewer.unitKey === unitKey;

/** Locks the matter's row: every check and write on it runs one after the other. */
async function lockDecision(em: EntityManager, key: string): Promise<MajorDecision> {
  const decision = await em.findOne(MajorDecision, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!decision) throw RiskErrors.notFound('major decision', 'decisionId');
  await em.populate(decision, ['currentAssessment.points.mitigations', 'category']);
  return decision;
}

/** An assessment with everything its rules look at, its matter locked. */
async function lockAssessment(em: EntityManager, key: string): Promise<{ assessment: RiskAssessment; decision: MajorDecision }> {
  const found = await em.findOne(RiskAssessment, { id: key }, { fields: ['id', 'decision'] });
  if (!found) throw RiskErrors.notFound('assessment', 'assessmentId');
  const decision = await lockDecision(em, found.decision.id);
  const assessment = await em.findOneOrFail(
    RiskAssessment,
    { id: key },
    { populate: ['authors', 'points.mitigations', 'findings', 'opinionCollections'], refresh: true },
  );
  return { assessment, decision };
}

/** Assessors of the assessing unit write assessments. */
function requireAssessor(ctx: Context, decision: MajorDecision): void {
  if (!memberOf(ctx, Role.ASSESSOR, decision.assessingUnit.id))
    throw forbidden('Only an assessor of the assessing unit may write this assessment.');
}

/** What the rule looks at, read from the locked entities. */
export function factsOf(decision: MajorDecision): DecisionFacts {
  const assessment = decision.currentAssessment;
  return {
    status: decision.status,
    assessment: assessment
      ? {
          status: assessment.status,
          points: assessment.points
            .getItems()
            .map((p) => ({ description: p.description, level: p.level, mitigated: p.mitigations.getItems().some((m) => m.isActionable) })),
        }
      : null,
  };
}

function auditDecision(
  audit: Write['audit'],
  key: string,
  action: string,
  from: Record<string, unknown> | null,
  to: Record<string, unknown>,
): void {
  audit({ action: `majorDecision.${action}`, object: { typename: 'MajorDecision', key }, from, to });
}

function auditAssessment(
  audit: Write['audit'],
  key: string,
  action: string,
  from: Record<string, unknown> | null,
  to: Record<string, unknown>,
): void {
  audit({ action: `riskAssessment.${action}`, object: { typename: 'RiskAssessment', key }, from, to });
}

export interface DecisionFields {
  title: string;
  categoryKey: string;
  planText: string;
  decisionBodyKey: string;
  assessingUnitKey: string;
  procedure: DecisionProcedure;
}

export async function createMajorDecision(ctx: Context, fields: DecisionFields): Promise<string> {
  if (!memberOf(ctx, Role.DECISION_MAKER, fields.decisionBodyKey) && !hasRole(ctx.viewer, Role.COMMISSION_STAFF)) {
    throw forbidden('Only a decision maker of the decision body, or commission staff, may record a major matter.');
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
    const decision = new MajorDecision({
      title: fields.title,
      category,
      planText: fields.planText,
      decisionBody,
      assessingUnit,
      procedure: fields.procedure,
    });
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
  requireRole(ctx, [Role.DECISION_MAKER, Role.COMMISSION_STAFF], 'change a plan');
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, key);
    if (!memberOf(ctx, Role.DECISION_MAKER, decision.decisionBody.id) && !hasRole(ctx.viewer, Role.COMMISSION_STAFF)) {
      throw forbidden('Only a decision maker of the decision body, or commission staff, may change the plan.');
    }
    const category = changes.categoryKey ? await em.findOne(DecisionCategory, { id: changes.categoryKey }) : decision.category;
    if (!category) throw RiskErrors.notFound('decision category', 'categoryId');
    const before = {
      planText: decision.planText,
      categoryCode: decision.category.code,
      status: decision.status,
      assessmentStatus: decision.currentAssessment?.status ?? null,
    };
    const staled = decision.revisePlan(changes.planText ?? decision.planText, category);
    if (staled)
      auditAssessment(
        audit,
        staled.id,
        'stale',
        { status: before.assessmentStatus },
        { status: staled.status, reason: 'plan or category changed' },
      );
    auditDecision(audit, key, 'updatePlan', before, {
      planText: decision.planText,
      categoryCode: category.code,
      status: decision.status,
      assessmentStatus: decision.currentAssessment?.status ?? null,
    });
    return key;
  });
}

export async function startRiskAssessment(ctx: Context, decisionKey: string): Promise<string> {
  requireRole(ctx, [Role.ASSESSOR], 'start assessments');
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, decisionKey);
    requireAssessor(ctx, decision);
    const assessment = new RiskAssessment(decision, em.getReference(User, ctx.viewer.key));
    decision.beginAssessment(assessment);
    em.persist(assessment);
    await em.flush();
    auditAssessment(audit, assessment.id, 'start', null, {
      decisionId: toGlobalId('MajorDecision', decisionKey),
      status: assessment.status,
    });
    return assessment.id;
  });
}

/** Runs an edit of an assessment's content by one of the assessing unit's assessors. */
async function editAssessment(
  ctx: Context,
  assessmentKey: string,
  action: string,
  change: (assessment: RiskAssessment, em: EntityManager) => Promise<Record<string, unknown>>,
): Promise<string> {
  requireRole(ctx, [Role.ASSESSOR], 'write assessments');
  return write(ctx, async ({ em, audit }) => {
    const { assessment, decision } = await lockAssessment(em, assessmentKey);
    requireAssessor(ctx, decision);
    const from = assessment.status;
    assessment.edit(em.getReference(User, ctx.viewer.key));
    const to = await change(assessment, em);
    await em.flush();
    auditAssessment(audit, assessmentKey, action, { status: from }, { status: assessment.status, ...to });
    return assessmentKey;
  });
}

export function recordOpinionCollection(
  ctx: Context,
  assessmentKey: string,
  props: { method: OpinionMethod; startedOn: string; endedOn: string; respondents: number; summary: string },
): Promise<string> {
  return editAssessment(ctx, assessmentKey, 'recordOpinionCollection', async (assessment, em) => {
    em.persist(new OpinionCollection({ assessment, ...props }));
    return { ...props };
  });
}

export function recordDimensionFinding(ctx: Context, assessmentKey: string, dimension: RiskDimension, reasoning: string): Promise<string> {
  return editAssessment(ctx, assessmentKey, 'recordNoSignificantRisk', async (assessment, em) => {
    const existing = assessment.findings.getItems().find((f) => f.dimension === dimension);
    if (existing) existing.reason(reasoning);
    else em.persist(new DimensionFinding(assessment, dimension, reasoning));
    return { dimension, reasoning: reasoning.trim() };
  });
}

export async function addRiskPoint(ctx: Context, assessmentKey: string, props: RiskPointProps): Promise<string> {
  let pointKey = '';
  await editAssessment(ctx, assessmentKey, 'addRiskPoint', async (assessment, em) => {
    const point = new RiskPoint(assessment, props);
    assessment.points.add(point);
    em.persist(point);
    await em.flush();
    pointKey = point.id;
    return { pointId: toGlobalId('RiskPoint', point.id), ...props, level: point.level };
  });
  return pointKey;
}

function pointOf(assessment: RiskAssessment, pointKey: string): RiskPoint {
  const point = assessment.points.getItems().find((p) => p.id === pointKey);
  if (!point) throw RiskErrors.notFound('risk point', 'pointId');
  return point;
}

/** The assessment a point belongs to, found before the edit locks it. */
async function assessmentOfPoint(ctx: Context, pointKey: string): Promise<string> {
  const point = await ctx.em.fork().findOne(RiskPoint, { id: pointKey }, { fields: ['id', 'assessment'] });
  if (!point) throw RiskErrors.notFound('risk point', 'pointId');
  return point.assessment.id;
}

export async function updateRiskPoint(ctx: Context, pointKey: string, props: RiskPointProps): Promise<string> {
  return editAssessment(ctx, await assessmentOfPoint(ctx, pointKey), 'updateRiskPoint', async (assessment) => {
    const point = pointOf(assessment, pointKey);
    const before = {
      dimension: point.dimension,
      description: point.description,
      likelihood: point.likelihood,
      impact: point.impact,
      level: point.level,
    };
    point.describe(props);
    return { pointId: toGlobalId('RiskPoint', pointKey), before, ...props, level: point.level };
  });
}

export async function removeRiskPoint(ctx: Context, pointKey: string): Promise<string> {
  return editAssessment(ctx, await assessmentOfPoint(ctx, pointKey), 'removeRiskPoint', async (assessment) => {
    const point = pointOf(assessment, pointKey);
    const removed = {
      pointId: toGlobalId('RiskPoint', pointKey),
      dimension: point.dimension,
      description: point.description,
      level: point.level,
    };
    // Orphan removal deletes the point and, with it, its mitigations.
    assessment.points.remove(point);
    return { removed };
  });
}

export async function addMitigationMeasure(
  ctx: Context,
  pointKey: string,
  props: { description: string; ownerUnitKey: string | null; dueDate: string | null },
): Promise<string> {
  return editAssessment(ctx, await assessmentOfPoint(ctx, pointKey), 'addMitigationMeasure', async (assessment, em) => {
    const point = pointOf(assessment, pointKey);
    const ownerUnit = props.ownerUnitKey ? await em.findOne(Unit, { id: props.ownerUnitKey }) : null;
    if (props.ownerUnitKey && !ownerUnit) throw RiskErrors.notFound('unit', 'ownerUnitId');
    const measure = new MitigationMeasure({ point, description: props.description, ownerUnit, dueDate: props.dueDate });
    point.mitigations.add(measure);
    em.persist(measure);
    return {
      pointId: toGlobalId('RiskPoint', pointKey),
      description: measure.description,
      ownerUnitId: ownerUnit ? toGlobalId('Unit', ownerUnit.id) : null,
      dueDate: props.dueDate,
    };
  });
}

export async function submitRiskAssessment(ctx: Context, assessmentKey: string): Promise<string> {
  requireRole(ctx, [Role.ASSESSOR], 'submit assessments');
  return write(ctx, async ({ em, audit }) => {
    const { assessment, decision } = await lockAssessment(em, assessmentKey);
    requireAssessor(ctx, decision);
    assessment.submit(decision.procedure, em.getReference(User, ctx.viewer.key));
    auditAssessment(audit, assessmentKey, 'submit', { status: 'DRAFT' }, { status: assessment.status, level: assessment.level });
    return assessmentKey;
  });
}

export async function reviewRiskAssessment(ctx: Context, assessmentKey: string, verdict: ReviewVerdict, comments: string): Promise<string> {
  requireRole(ctx, [Role.EXPERT_REVIEWER], 'review assessments');
  return write(ctx, async ({ em, audit }) => {
    const { assessment } = await lockAssessment(em, assessmentKey);
    const from = assessment.status;
    assessment.review(em.getReference(User, ctx.viewer.key), verdict, comments);
    auditAssessment(
      audit,
      assessmentKey,
      'review',
      { status: from },
      { status: assessment.status, verdict, comments: assessment.reviewComments },
    );
    return assessmentKey;
  });
}

export async function fileRiskAssessment(ctx: Context, assessmentKey: string): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], 'file assessments');
  return write(ctx, async ({ em, audit }) => {
    const { assessment, decision } = await lockAssessment(em, assessmentKey);
    if (decision.isFinal) throw RiskErrors.final();
    assessment.file(em.getReference(User, ctx.viewer.key));
    if (decision.currentAssessment?.id === assessment.id) decision.assessmentFiled();
    auditAssessment(
      audit,
      assessmentKey,
      'file',
      { status: 'IN_REVIEW' },
      { status: assessment.status, level: assessment.level, decisionStatus: decision.status },
    );
    return assessmentKey;
  });
}

/**
 * The assess-before-decide rule, enforced here with the matter's row locked: a concurrent plan
 * change, re-filing or second decision waits, then sees the state this decision left.
 */
export async function decideMajorDecision(ctx: Context, key: string, outcome: DecisionOutcome, rationale: string): Promise<string> {
  requireRole(ctx, [Role.DECISION_MAKER], 'decide major matters');
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, key);
    if (!mayDecide(ctx, decision.decisionBody.id)) throw forbidden('Only a decision maker of the decision body may decide this matter.');
    const [blocker] = blockersFor(factsOf(decision), outcome);
    if (blocker) throw new RiskAssessmentError(blocker.code, blocker.message, ['input', 'outcome']);
    const assessment = decision.currentAssessment;
    if (!assessment) throw RiskErrors.notFound('assessment', 'decisionId');
    const text = requireText(rationale, 4000, () => RiskErrors.invalidText('rationale', 'A rationale', 4000));
    const level = assessment.level;
    const record = new DecisionRecord({
      decision,
      outcome,
      rationale: text,
      decidedBy: em.getReference(User, ctx.viewer.key),
      decidedAt: new Date(),
      assessment,
      level,
    });
    em.persist(record);
    const from = decision.status;
    if (outcome === DecisionOutcome.POSTPONE) {
      // 暂缓: revise the plan and assess again.
      assessment.makeStale();
      decision.status = DecisionStatus.DRAFT;
      auditAssessment(audit, assessment.id, 'stale', { status: 'FILED' }, { status: assessment.status, reason: 'postponed' });
    } else {
      decision.status = DecisionStatus.DECIDED;
      if (outcome === DecisionOutcome.APPROVE) decision.nextFollowUpDue = followUpAfter(ctx.today, level);
    }
    await em.flush();
    auditDecision(
      audit,
      key,
      'decide',
      { status: from },
      {
        status: decision.status,
        outcome,
        rationale: text,
        assessmentId: toGlobalId('RiskAssessment', assessment.id),
        level,
        nextFollowUpDue: decision.nextFollowUpDue,
      },
    );
    return key;
  });
}

export async function recordFollowUpReview(ctx: Context, key: string, review: { reviewedOn: string; findings: string }): Promise<string> {
  requireRole(ctx, [Role.DECISION_MAKER, Role.COMMISSION_STAFF], 'record follow-up reviews');
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, key);
    if (!memberOf(ctx, Role.DECISION_MAKER, decision.decisionBody.id) && !hasRole(ctx.viewer, Role.COMMISSION_STAFF)) {
      throw forbidden('Only a decision maker of the decision body, or commission staff, may record a follow-up review.');
    }
    if (decision.nextFollowUpDue === null || !decision.currentAssessment)
      throw RiskErrors.decisionStatus('have follow-up reviews before it is approved', decision.status);
    // A review speaks for a day between the approval (or the last review) and today.
    const approval = await em.findOne(DecisionRecord, { decision, outcome: DecisionOutcome.APPROVE }, { orderBy: { id: 'desc' } });
    const last = await em.findOne(FollowUpReview, { decision }, { orderBy: { reviewedOn: 'desc' } });
    const bounds = [approval ? todayIn(ctx.timeZone, approval.decidedAt) : '2000-01-01', last?.reviewedOn ?? '2000-01-01'].sort();
    const earliest = bounds[1] ?? '2000-01-01';
    if (review.reviewedOn > ctx.today || review.reviewedOn < earliest) throw RiskErrors.reviewDate(review.reviewedOn, earliest, ctx.today);
    const findings = requireText(review.findings, 4000, () => RiskErrors.invalidText('findings', 'Findings', 4000));
    em.persist(new FollowUpReview({ decision, reviewedOn: review.reviewedOn, findings, reviewer: em.getReference(User, ctx.viewer.key) }));
    const before = decision.nextFollowUpDue;
    decision.nextFollowUpDue = followUpAfter(review.reviewedOn, decision.currentAssessment.level);
    auditDecision(
      audit,
      key,
      'recordFollowUpReview',
      { nextFollowUpDue: before },
      { reviewedOn: review.reviewedOn, findings, nextFollowUpDue: decision.nextFollowUpDue },
    );
    return key;
  });
}
