import { AssessmentStatus, DecisionOutcome, DecisionStatus, RiskLevel } from './risk-assessment.enums.js';
import { RiskAssessmentErrorCode } from './risk-assessment.errors.js';
import { highest } from './risk-matrix.js';
import type { Text } from '../../shared/i18n/text.js';
import { riskAssessmentMessages as M } from './risk-assessment.messages.js';

// The assess-before-decide rule, as one pure function over the facts of a matter. The facts come
// from one builder (`factsOf`, decision-facts.ts): `MajorDecision.decide` feeds it the locked
// entities, `readiness` the rows its loaders read. Both therefore refuse for exactly the same reasons.

export interface PointFacts {
  description: string;
  level: RiskLevel;
  /** Has a mitigation with an owner unit and a due date. */
  mitigated: boolean;
}

export interface DecisionFacts {
  status: DecisionStatus;
  assessment: { status: AssessmentStatus; points: PointFacts[] } | null;
}

export interface Blocker {
  code: RiskAssessmentErrorCode;
  /** The message, in both languages (the refusal and the `readiness` field pick the request's). */
  text: Text;
}

const short = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** Why `outcome` cannot be decided now; empty when it can. */
export function blockersFor(facts: DecisionFacts, outcome: DecisionOutcome): Blocker[] {
  if (facts.status === DecisionStatus.DECIDED) {
    return [{ code: RiskAssessmentErrorCode.DECISION_FINAL, text: M.final }];
  }
  const assessment = facts.assessment;
  if (assessment?.status !== AssessmentStatus.FILED) {
    return [
      {
        code: RiskAssessmentErrorCode.ASSESSMENT_REQUIRED,
        text: assessment ? M.notFiled(assessment.status) : M.noAssessment,
      },
    ];
  }
  if (outcome !== DecisionOutcome.APPROVE) return [];
  const level = highest(assessment.points.map((p) => p.level));
  if (level === RiskLevel.HIGH) {
    return [{ code: RiskAssessmentErrorCode.RISK_TOO_HIGH, text: M.riskTooHigh }];
  }
  if (level === RiskLevel.MEDIUM) {
    const open = assessment.points.filter((p) => p.level !== RiskLevel.LOW && !p.mitigated);
    if (open.length > 0) {
      return [
        {
          code: RiskAssessmentErrorCode.MITIGATION_REQUIRED,
          text: M.mitigationRequired(open.map((p) => `“${short(p.description)}” (${p.level})`)),
        },
      ];
    }
  }
  return [];
}

export interface Readiness {
  allowedOutcomes: DecisionOutcome[];
  canApprove: boolean;
  /** Why approval is not possible (empty when it is). */
  blockingReasons: Blocker[];
}

export function readinessOf(facts: DecisionFacts): Readiness {
  const outcomes = Object.values(DecisionOutcome);
  const allowedOutcomes = outcomes.filter((o) => blockersFor(facts, o).length === 0);
  return {
    allowedOutcomes,
    canApprove: allowedOutcomes.includes(DecisionOutcome.APPROVE),
    blockingReasons: blockersFor(facts, DecisionOutcome.APPROVE),
  };
}

/** When the next follow-up review falls due after approval (or a review): MEDIUM every 90 days, LOW every 180. */
export function followUpAfter(date: string, level: RiskLevel): string | null {
  const days = level === RiskLevel.MEDIUM ? 90 : level === RiskLevel.LOW ? 180 : null;
  if (days === null) return null;
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** What a mitigation measure needs to count for a MEDIUM-risk approval: an owner unit and a due date. */
export function isActionable(measure: { ownerUnitKey: string | null; dueDate: string | null }): boolean {
  return measure.ownerUnitKey !== null && measure.dueDate !== null;
}

/** An approved matter's follow-up review is due on its due date and every day after. */
export function isFollowUpDue(nextFollowUpDue: string | null, today: string): boolean {
  return nextFollowUpDue !== null && nextFollowUpDue <= today;
}

/** The earliest day a follow-up review may speak for: the approval, or the last review if later. */
export function earliestReviewOn(approvedOn: string, lastReviewedOn: string | null): string {
  return lastReviewedOn !== null && lastReviewedOn > approvedOn ? lastReviewedOn : approvedOn;
}
