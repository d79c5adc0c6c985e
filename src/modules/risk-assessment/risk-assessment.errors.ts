import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';

export enum RiskAssessmentErrorCode {
  ASSESSMENT_INCOMPLETE = 'ASSESSMENT_INCOMPLETE',
  REVIEWER_CONFLICT = 'REVIEWER_CONFLICT',
  ASSESSMENT_REQUIRED = 'ASSESSMENT_REQUIRED',
  RISK_TOO_HIGH = 'RISK_TOO_HIGH',
  MITIGATION_REQUIRED = 'MITIGATION_REQUIRED',
  DECISION_FINAL = 'DECISION_FINAL',
}

export const riskAssessmentErrorDescriptions: ErrorCodeDescriptions<RiskAssessmentErrorCode> = {
  ASSESSMENT_INCOMPLETE: 'The assessment cannot be submitted yet; the message names what is missing.',
  REVIEWER_CONFLICT: 'An author of an assessment cannot review it (编审分离).',
  ASSESSMENT_REQUIRED: 'No FILED risk assessment: the matter cannot be decided (assess before deciding).',
  RISK_TOO_HIGH: 'The assessed risk is HIGH: only REJECT or POSTPONE are allowed.',
  MITIGATION_REQUIRED: 'MEDIUM risk: every MEDIUM or HIGH point needs a mitigation with an owner unit and a due date before approval.',
  DECISION_FINAL: 'The matter was decided (approved or rejected); the decision is final.',
};

export class RiskAssessmentError extends DomainError<RiskAssessmentErrorCode> {}

const input = (name: string) => ['input', name];

export const RiskErrors = {
  incomplete: (missing: string[]) =>
    new RiskAssessmentError(
      RiskAssessmentErrorCode.ASSESSMENT_INCOMPLETE,
      `Not ready for review; missing: ${missing.join('; ')}.`,
      input('assessmentId'),
    ),
  reviewerConflict: () =>
    new RiskAssessmentError(
      RiskAssessmentErrorCode.REVIEWER_CONFLICT,
      'You wrote part of this assessment and cannot review it.',
      input('assessmentId'),
    ),
  assessmentStatus: (action: string, status: string) =>
    new RiskAssessmentError(
      CommonErrorCode.INVALID_TRANSITION,
      `An assessment that is ${status} cannot be ${action}.`,
      input('assessmentId'),
    ),
  decisionStatus: (action: string, status: string) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_TRANSITION, `A matter that is ${status} cannot ${action}.`, input('decisionId')),
  final: () =>
    new RiskAssessmentError(RiskAssessmentErrorCode.DECISION_FINAL, 'The matter was decided; the decision is final.', input('decisionId')),
  invalidText: (field: string, what: string, max: number) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, `${what} must have 1–${max} characters.`, input(field)),
  invalidScale: (field: string, value: number) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, `${field} must be a whole number from 1 to 5 (got ${value}).`, input(field)),
  invalidCount: (field: string, value: number) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, `${field} must be 0 or more (got ${value}).`, input(field)),
  invalidPeriod: () =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, 'A collection cannot end before it starts.', input('endedOn')),
  reviewDate: (date: string, earliest: string, today: string) =>
    new RiskAssessmentError(
      CommonErrorCode.INVALID_INPUT,
      `A follow-up review is dated from ${earliest} to ${today} (got ${date}).`,
      input('reviewedOn'),
    ),
  implausibleDate: (field: string, date: string) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, `${date} is not a plausible date here.`, input(field)),
  notFound: (what: string, field: string) => new RiskAssessmentError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, input(field)),
};
