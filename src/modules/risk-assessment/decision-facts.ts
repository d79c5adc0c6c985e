import type { Context } from '../../shared/context.js';
import { isActionable, type DecisionFacts } from './decision-rules.js';
import type { AssessmentStatus, DecisionStatus } from './risk-assessment.enums.js';
import { levelOf } from './risk-matrix.js';

// The facts the assess-before-decide rule looks at, built in one place. Entities (the locked
// matter, in `MajorDecision.facts()`) and rows (the `readiness` field, through loaders) have the
// same shape here, so both hand `factsOf` what they hold and get the same facts back.

/** A risk point as both its entity and its row carry it. */
export interface PointShape {
  description: string;
  likelihood: number;
  impact: number;
}

/** A mitigation measure as both its entity and its row carry it. */
export interface MitigationShape {
  ownerUnitKey: string | null;
  dueDate: string | null;
}

/**
 * The facts of a matter: its status, its current assessment's status, and each point's level and
 * whether an actionable mitigation covers it (`mitigations[i]` are the measures of `points[i]`).
 */
export function factsOf(
  status: DecisionStatus,
  assessment: { status: AssessmentStatus } | null,
  points: readonly PointShape[],
  mitigations: readonly (readonly MitigationShape[])[],
): DecisionFacts {
  if (!assessment) return { status, assessment: null };
  return {
    status,
    assessment: {
      status: assessment.status,
      points: points.map((p, i) => ({
        description: p.description,
        level: levelOf(p.likelihood, p.impact),
        mitigated: (mitigations[i] ?? []).some(isActionable),
      })),
    },
  };
}

/** The same facts for the `readiness` field, read through the request's loaders (batched across matters). */
export async function factsFromRows(
  ctx: Context,
  decision: { status: DecisionStatus; currentAssessmentKey: string | null },
): Promise<DecisionFacts> {
  const loaders = ctx.loaders.riskAssessment;
  const assessment = decision.currentAssessmentKey ? await loaders.assessmentByKey.load(decision.currentAssessmentKey) : null;
  if (!assessment) return factsOf(decision.status, null, [], []);
  const points = await loaders.pointsOfAssessment.load(assessment.key);
  const mitigations = await Promise.all(points.map((p) => loaders.mitigationsOfPoint.load(p.key)));
  return factsOf(decision.status, assessment, points, mitigations);
}
