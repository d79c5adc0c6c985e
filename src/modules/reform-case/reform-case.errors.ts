import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import type { ReformCaseStatus } from './reform-case.enums.js';
import { reformCaseMessages as M } from './reform-case.messages.js';

export class ReformCaseError extends DomainError {}

const input = (name: string) => ['input', name];

/** A text of a case, as the messages name it. */
export type ReformCaseLabel = keyof typeof M.labels;

export const ReformCaseErrors = {
  invalidTransition: (move: keyof typeof M.moves, status: ReformCaseStatus) =>
    new ReformCaseError(CommonErrorCode.INVALID_TRANSITION, M.invalidTransition(M.moves[move], status), input('caseId')),
  invalidText: (field: string, what: ReformCaseLabel, max: number) =>
    new ReformCaseError(CommonErrorCode.INVALID_INPUT, platformMessages.textLength(M.labels[what], max), input(field)),
  recognitionRequired: () => new ReformCaseError(CommonErrorCode.INVALID_INPUT, M.recognitionRequired, input('level')),
  recognitionWithoutSelection: () => new ReformCaseError(CommonErrorCode.INVALID_INPUT, M.recognitionWithoutSelection, input('level')),
  implausibleVisit: (date: string) => new ReformCaseError(CommonErrorCode.INVALID_INPUT, M.implausibleVisit(date), input('visitedOn')),
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new ReformCaseError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
};
