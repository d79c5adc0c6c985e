import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';

export enum CoordinationErrorCode {
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  AMOUNT_EXCEEDS_OUTSTANDING = 'AMOUNT_EXCEEDS_OUTSTANDING',
  ISSUE_NOT_READY_TO_CLOSE = 'ISSUE_NOT_READY_TO_CLOSE',
}

export const coordinationErrorDescriptions: ErrorCodeDescriptions<CoordinationErrorCode> = {
  INVALID_AMOUNT: 'An amount must be a positive number of yuan with at most two decimals.',
  AMOUNT_EXCEEDS_OUTSTANDING: 'A transfer beyond what the obligation still needs, or a disbursement beyond what was transferred.',
  ISSUE_NOT_READY_TO_CLOSE:
    'Open action items or obligations not fully disbursed remain; the message names them, and `closureBlockers` lists them.',
};

export class CoordinationError extends DomainError<CoordinationErrorCode> {}

const input = (name: string) => ['input', name];

export const CoordinationErrors = {
  invalidAmount: (text: string, field: string) =>
    new CoordinationError(
      CoordinationErrorCode.INVALID_AMOUNT,
      `"${text}" is not an amount: a positive number of yuan with at most two decimals.`,
      input(field),
    ),
  exceeds: (kind: string, amount: string, room: string) =>
    new CoordinationError(
      CoordinationErrorCode.AMOUNT_EXCEEDS_OUTSTANDING,
      `This ${kind.toLowerCase()} of ¥${amount} exceeds the ¥${room} still open for it.`,
      input('amount'),
    ),
  invalidText: (field: string, what: string, max: number) =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, `${what} must have 1–${max} characters.`, input(field)),
  invalidCount: (field: string) => new CoordinationError(CommonErrorCode.INVALID_INPUT, `${field} must be 0 or more.`, input(field)),
  sameUnit: () =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, 'The payer and the payee must be different units.', input('payeeUnitId')),
  alreadyParticipating: (code: string) =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, `${code} already takes part in this issue.`, input('unitId')),
  implausibleDate: (field: string, date: string) =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, `${date} is not a plausible date here.`, input(field)),
  closed: (status: string) =>
    new CoordinationError(
      CommonErrorCode.INVALID_TRANSITION,
      `An issue that is ${status} takes no new work; reopen it first.`,
      input('issueId'),
    ),
  notReadyToClose: (blockers: string[]) =>
    new CoordinationError(CoordinationErrorCode.ISSUE_NOT_READY_TO_CLOSE, `Not ready to close: ${blockers.join('; ')}.`, input('issueId')),
  issueStatus: (action: string, status: string) =>
    new CoordinationError(CommonErrorCode.INVALID_TRANSITION, `An issue that is ${status} cannot be ${action}.`, input('issueId')),
  itemStatus: (action: string, status: string) =>
    new CoordinationError(
      CommonErrorCode.INVALID_TRANSITION,
      `An action item that is ${status} cannot be ${action}.`,
      input('actionItemId'),
    ),
  notFound: (what: string, field: string) => new CoordinationError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, input(field)),
};
