import type { Knex } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../shared/context.js';
import { hasRole, holdsRole, unitsOf } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { load, mapLoaded, type Loaded } from '../../shared/db/loader.js';
import { AssessmentStatus } from './risk-assessment.enums.js';
import type { MajorDecisionType, RiskAssessmentType } from './risk-assessment.types.js';

/** Whether the viewer works for, or holds a role for, the matter's decision body or assessing unit. */
function actsForParty(viewer: Viewer, decision: MajorDecisionType): boolean {
  const units = unitsOf(viewer);
  return units.includes(decision.decisionBodyKey) || units.includes(decision.assessingUnitKey);
}

/**
 * Who may see a matter's plan and its assessments' contents: its decision body, its assessing
 * unit, commission staff and admins, and expert reviewers for an assessment in review or one they
 * reviewed. Everyone else sees the title, category, status and outcome only, on every path.
 */
export function canSeeContents(ctx: Context, decision: MajorDecisionType, assessment?: RiskAssessmentType | null): Loaded<boolean> {
  const { viewer } = ctx;
  if (hasRole(viewer, Role.COMMISSION_STAFF, Role.ADMIN)) return true;
  if (actsForParty(viewer, decision)) return true;
  if (!hasRole(viewer, Role.EXPERT_REVIEWER)) return false;
  const under =
    assessment ?? (decision.currentAssessmentKey ? load(ctx.loaders.riskAssessment.assessmentByKey, decision.currentAssessmentKey) : null);
  return mapLoaded(under, (a) => a !== null && (a.status === AssessmentStatus.IN_REVIEW || a.reviewerKey === viewer.key));
}

/** Who decides a matter: a decision maker of its decision body. The mutation and `readiness` both ask. */
export function mayDecide(ctx: Context, decisionBodyKey: string): boolean {
  return holdsRole(ctx.viewer, Role.DECISION_MAKER, decisionBodyKey);
}

/** Parties to the matter itself (not reviewers): they see its decisions' rationale and follow-ups. */
export function isParty(ctx: Context, decision: MajorDecisionType): boolean {
  const { viewer } = ctx;
  return hasRole(viewer, Role.COMMISSION_STAFF, Role.ADMIN) || actsForParty(viewer, decision);
}

/**
 * The rule of `canSeeContents` in SQL, for filters that would otherwise reveal contents (a matter's
 * level, its follow-up dates): matters the viewer may not see never match them.
 */
export function whereContentsVisible(qb: Knex.QueryBuilder, ctx: Context): void {
  const { viewer } = ctx;
  if (hasRole(viewer, Role.COMMISSION_STAFF, Role.ADMIN)) return;
  void qb.where((q) => {
    const units = unitsOf(viewer);
    if (units.length > 0) void q.orWhereIn('d.decision_body_id', units).orWhereIn('d.assessing_unit_id', units);
    if (hasRole(viewer, Role.EXPERT_REVIEWER)) {
      void q.orWhereExists(
        ctx
          .db('risk_assessment as va')
          .select(ctx.db.raw('1'))
          .whereRaw('va.id = d.current_assessment_id')
          .where((r) => void r.where('va.status', AssessmentStatus.IN_REVIEW).orWhere('va.reviewer_id', viewer.key)),
      );
    }
    void q.orWhereRaw('false');
  });
}

/** The same rule for an assessment, found through its matter. */
export async function canSeeAssessment(ctx: Context, assessment: RiskAssessmentType): Promise<boolean> {
  const decision = await ctx.loaders.riskAssessment.decisionByKey.load(assessment.decisionKey);
  return decision !== null && canSeeContents(ctx, decision, assessment);
}

/** The rule of `canSeeAssessment` for what is kept on an assessment (points, opinions, findings). */
export async function canSeeAssessmentOf(ctx: Context, assessmentKey: string): Promise<boolean> {
  const assessment = await ctx.loaders.riskAssessment.assessmentByKey.load(assessmentKey);
  return assessment !== null && canSeeAssessment(ctx, assessment);
}

/** The rule of `isParty` for what is kept on a matter (its decisions and follow-up reviews). */
export async function isPartyTo(ctx: Context, decisionKey: string): Promise<boolean> {
  const decision = await ctx.loaders.riskAssessment.decisionByKey.load(decisionKey);
  return decision !== null && isParty(ctx, decision);
}
