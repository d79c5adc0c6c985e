import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { riskAssessmentMessages } from './risk-assessment.messages.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { DimensionFinding } from './dimension-finding.entity.js';
import { OpinionCollection } from './opinion-collection.entity.js';
import type { OpinionMethod, ReviewVerdict, RiskDimension } from './risk-assessment.enums.js';
import { RiskAssessment } from './risk-assessment.entity.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { auditAssessment, editAssessment, lockAssessment, lockDecision, requireAssessor, viewerOf } from './risk-assessment.locks.js';

// Assessments: starting one, its opinion collections and findings, submission, expert review and filing.

export async function startRiskAssessment(ctx: Context, decisionKey: string): Promise<string> {
  requireRole(ctx, [Role.ASSESSOR], riskAssessmentMessages.actions.start);
  return write(ctx, async ({ em, audit }) => {
    const decision = await lockDecision(em, decisionKey);
    requireAssessor(ctx, decision);
    const assessment = new RiskAssessment(decision, viewerOf(ctx, em));
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

export function recordOpinionCollection(
  ctx: Context,
  assessmentKey: string,
  props: { method: OpinionMethod; startedOn: string; endedOn: string; respondents: number; summary: string },
): Promise<string> {
  return editAssessment(ctx, assessmentKey, 'recordOpinionCollection', async (assessment, em) => {
    em.persist(new OpinionCollection({ assessment, ...props }));
    return { to: { ...props }, result: assessmentKey };
  });
}

export function recordDimensionFinding(ctx: Context, assessmentKey: string, dimension: RiskDimension, reasoning: string): Promise<string> {
  return editAssessment(ctx, assessmentKey, 'recordNoSignificantRisk', async (assessment, em) => {
    const existing = assessment.findings.getItems().find((f) => f.dimension === dimension);
    if (existing) existing.reason(reasoning);
    else em.persist(new DimensionFinding(assessment, dimension, reasoning));
    return { to: { dimension, reasoning: reasoning.trim() }, result: assessmentKey };
  });
}

export async function submitRiskAssessment(ctx: Context, assessmentKey: string): Promise<string> {
  requireRole(ctx, [Role.ASSESSOR], riskAssessmentMessages.actions.submit);
  return write(ctx, async ({ em, audit }) => {
    const { assessment, decision } = await lockAssessment(em, assessmentKey);
    requireAssessor(ctx, decision);
    assessment.submit(decision.procedure, viewerOf(ctx, em), ctx.now);
    auditAssessment(audit, assessmentKey, 'submit', { status: 'DRAFT' }, { status: assessment.status, level: assessment.level });
    return assessmentKey;
  });
}

export async function reviewRiskAssessment(ctx: Context, assessmentKey: string, verdict: ReviewVerdict, comments: string): Promise<string> {
  requireRole(ctx, [Role.EXPERT_REVIEWER], riskAssessmentMessages.actions.review);
  return write(ctx, async ({ em, audit }) => {
    const { assessment } = await lockAssessment(em, assessmentKey);
    const from = assessment.status;
    assessment.review(viewerOf(ctx, em), verdict, comments, ctx.now);
    const to = { status: assessment.status, verdict, comments: assessment.reviewComments };
    auditAssessment(audit, assessmentKey, 'review', { status: from }, to);
    return assessmentKey;
  });
}

export async function fileRiskAssessment(ctx: Context, assessmentKey: string): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], riskAssessmentMessages.actions.file);
  return write(ctx, async ({ em, audit }) => {
    const { assessment, decision } = await lockAssessment(em, assessmentKey);
    if (decision.isFinal) throw RiskErrors.final();
    assessment.file(viewerOf(ctx, em), ctx.now);
    if (decision.currentAssessment?.id === assessment.id) decision.assessmentFiled();
    const to = { status: assessment.status, level: assessment.level, decisionStatus: decision.status };
    auditAssessment(audit, assessmentKey, 'file', { status: 'IN_REVIEW' }, to);
    return assessmentKey;
  });
}
