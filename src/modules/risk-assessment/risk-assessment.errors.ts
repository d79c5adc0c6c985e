import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import type { Text } from '../../shared/i18n/text.js';
import { riskAssessmentMessages as M } from './risk-assessment.messages.js';

export enum RiskAssessmentErrorCode {
  ASSESSMENT_INCOMPLETE = 'ASSESSMENT_INCOMPLETE',
  REVIEWER_CONFLICT = 'REVIEWER_CONFLICT',
  ASSESSMENT_REQUIRED = 'ASSESSMENT_REQUIRED',
  RISK_TOO_HIGH = 'RISK_TOO_HIGH',
  MITIGATION_REQUIRED = 'MITIGATION_REQUIRED',
  DECISION_FINAL = 'DECISION_FINAL',
}

export class RiskAssessmentError extends DomainError<RiskAssessmentErrorCode> {}

const input = (name: string) => ['input', name];

/** A text the module keeps, as the messages name it. */
export type RiskLabel = keyof typeof M.labels;

export const RiskErrors = {
  incomplete: (missing: Text[]) =>
    new RiskAssessmentError(RiskAssessmentErrorCode.ASSESSMENT_INCOMPLETE, M.incomplete(missing), input('assessmentId')),
  reviewerConflict: () => new RiskAssessmentError(RiskAssessmentErrorCode.REVIEWER_CONFLICT, M.reviewerConflict, input('assessmentId')),
  /** `status` is the status code, or a phrase about it (`M.alreadyReviewed`). */
  assessmentStatus: (move: keyof typeof M.moves, status: string | Text) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_TRANSITION, M.assessmentStatus(M.moves[move], status), input('assessmentId')),
  decisionStatus: (move: keyof typeof M.moves, status: string) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_TRANSITION, M.decisionStatus(M.moves[move], status), input('decisionId')),
  final: () => new RiskAssessmentError(RiskAssessmentErrorCode.DECISION_FINAL, M.final, input('decisionId')),
  invalidText: (field: string, what: RiskLabel, max: number) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, platformMessages.textLength(M.labels[what], max), input(field)),
  invalidScale: (field: string, value: number) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, M.invalidScale(field, value), input(field)),
  invalidCount: (field: string, value: number) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, M.invalidCount(field, value), input(field)),
  invalidPeriod: () => new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, M.invalidPeriod, input('endedOn')),
  reviewDate: (date: string, earliest: string, today: string) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, M.reviewDate(date, earliest, today), input('reviewedOn')),
  implausibleDate: (field: string, date: string) =>
    new RiskAssessmentError(CommonErrorCode.INVALID_INPUT, platformMessages.implausibleDate(date), input(field)),
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new RiskAssessmentError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
};
