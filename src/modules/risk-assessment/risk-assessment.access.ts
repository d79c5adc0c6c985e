import type { Context } from '../../context.js';
import { hasRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { AssessmentStatus } from './risk-assessment.enums.js';
import type { MajorDecisionType, RiskAssessmentType } from './risk-assessment.types.js';

/**
 * Who may see a matter's plan and its assessments' contents: its decision body, its assessing
 * unit, commission staff and admins, and expert reviewers for an assessment in review or one they
 * reviewed. Everyone else sees the title, category, status and outcome only, on every path.
 */
export async function canSeeContents(ctx: Context, decision: MajorDecisionType, assessment?: RiskAssessmentType | null): Promise<boolean> {
  const { viewer } = ctx;
  if (hasRole(viewer, Role.COMMISSION_STAFF, Role.ADMIN)) return true;
  if (viewer.unitKey !== null && (viewer.unitKey === decision.decisionBodyKey || viewer.unitKey === decision.assessingUnitKey)) return true;
  if (!hasRole(viewer, Role.EXPERT_REVIEWER)) return false;
  const under =
    assessment ??
    (decision.currentAssessmentKey ? await ctx.loaders.riskAssessment.assessmentByKey.load(decision.currentAssessmentKey) : null);
  return under !== null && (under.status === AssessmentStatus.IN_REVIEW || under.reviewerKey === viewer.key);
}

/** The same rule for an assessment, found through its matter. */
export async function canSeeAssessment(ctx: Context, assessment: RiskAssessmentType): Promise<boolean> {
  const decision = await ctx.loaders.riskAssessment.decisionByKey.load(assessment.decisionKey);
  return decision !== null && canSeeContents(ctx, decision, assessment);
}
