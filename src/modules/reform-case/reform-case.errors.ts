import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import type { ReformCaseStatus } from './reform-case.enums.js';

export class ReformCaseError extends DomainError {}

const input = (name: string) => ['input', name];

export const ReformCaseErrors = {
  invalidTransition: (move: string, status: ReformCaseStatus) =>
    new ReformCaseError(CommonErrorCode.INVALID_TRANSITION, `A case that is ${status} cannot be ${move}.`, input('caseId')),
  invalidText: (field: string, what: string, max: number) =>
    new ReformCaseError(CommonErrorCode.INVALID_INPUT, `${what} must have 1–${max} characters.`, input(field)),
  recognitionRequired: () =>
    new ReformCaseError(CommonErrorCode.INVALID_INPUT, 'A selected case needs the level and the body that recognised it.', input('level')),
  recognitionWithoutSelection: () =>
    new ReformCaseError(CommonErrorCode.INVALID_INPUT, 'Only a selected case is recognised.', input('level')),
  implausibleVisit: (date: string) =>
    new ReformCaseError(CommonErrorCode.INVALID_INPUT, `A visit is recorded for a past day since 2000 (got ${date}).`, input('visitedOn')),
  notFound: (what: string, field: string) => new ReformCaseError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, input(field)),
};
