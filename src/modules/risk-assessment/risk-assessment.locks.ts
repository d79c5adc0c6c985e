import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write, type Write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { riskAssessmentMessages } from './risk-assessment.messages.js';
import { User } from '../user/index.js';
import { MajorDecision } from './major-decision.entity.js';
import { RiskAssessment } from './risk-assessment.entity.js';
import { RiskErrors } from './risk-assessment.errors.js';

// What every write on a matter or its assessments starts with: the matter's row locked, the
// entities its rules look at loaded, the writer's standing checked, and the audit entry's shape.

/** Locks the matter's row: every check and write on it runs one after the other. */
export async function lockDecision(em: EntityManager, key: string): Promise<MajorDecision> {
  const decision = await em.findOne(MajorDecision, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!decision) throw RiskErrors.notFound('major decision', 'decisionId');
  await em.populate(decision, ['currentAssessment.points.mitigations', 'category']);
  return decision;
}

/** An assessment with everything its rules look at, its matter locked. */
export async function lockAssessment(em: EntityManager, key: string): Promise<{ assessment: RiskAssessment; decision: MajorDecision }> {
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
export function requireAssessor(ctx: Context, decision: MajorDecision): void {
  if (!holdsRole(ctx.viewer, Role.ASSESSOR, decision.assessingUnit.id)) throw forbidden(riskAssessmentMessages.assessorOnly);
}

/** The signed-in user, as the entity their act is recorded under. */
export const viewerOf = (ctx: Context, em: EntityManager): User => em.getReference(User, ctx.viewer.key);

type Values = Record<string, unknown>;

export function auditDecision(audit: Write['audit'], key: string, action: string, from: Values | null, to: Values): void {
  audit({ action: `majorDecision.${action}`, object: { typename: 'MajorDecision', key }, from, to });
}

export function auditAssessment(audit: Write['audit'], key: string, action: string, from: Values | null, to: Values): void {
  audit({ action: `riskAssessment.${action}`, object: { typename: 'RiskAssessment', key }, from, to });
}

/**
 * Runs an edit of an assessment's content by one of the assessing unit's assessors: the editor
 * becomes an author, a RETURNED assessment a draft again. `change` returns what the audit entry
 * records and the result handed back.
 */
export async function editAssessment<R>(
  ctx: Context,
  assessmentKey: string,
  action: string,
  change: (assessment: RiskAssessment, em: EntityManager) => Promise<{ to: Values; result: R }>,
): Promise<R> {
  requireRole(ctx, [Role.ASSESSOR], riskAssessmentMessages.actions.write);
  return write(ctx, async ({ em, audit }) => {
    const { assessment, decision } = await lockAssessment(em, assessmentKey);
    requireAssessor(ctx, decision);
    const from = assessment.status;
    assessment.edit(viewerOf(ctx, em));
    const { to, result } = await change(assessment, em);
    await em.flush();
    auditAssessment(audit, assessmentKey, action, { status: from }, { status: assessment.status, ...to });
    return result;
  });
}
