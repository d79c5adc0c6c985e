import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import type { Text } from '../../shared/i18n/text.js';
import { coordinationMessages as M } from './coordination.messages.js';

export enum CoordinationErrorCode {
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  AMOUNT_EXCEEDS_OUTSTANDING = 'AMOUNT_EXCEEDS_OUTSTANDING',
  ISSUE_NOT_READY_TO_CLOSE = 'ISSUE_NOT_READY_TO_CLOSE',
}

export class CoordinationError extends DomainError<CoordinationErrorCode> {}

const input = (name: string) => ['input', name];

/** A text the module keeps, as the messages name it. */
export type CoordinationLabel = keyof typeof M.labels;

export const CoordinationErrors = {
  invalidAmount: (text: string, field: string) =>
    new CoordinationError(CoordinationErrorCode.INVALID_AMOUNT, M.invalidAmount(text), input(field)),
  exceeds: (kind: string, amount: string, room: string) =>
    new CoordinationError(CoordinationErrorCode.AMOUNT_EXCEEDS_OUTSTANDING, M.exceeds(kind, amount, room), input('amount')),
  invalidText: (field: string, what: CoordinationLabel, max: number) =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, platformMessages.textLength(M.labels[what], max), input(field)),
  invalidCount: (field: string) => new CoordinationError(CommonErrorCode.INVALID_INPUT, platformMessages.notNegative(field), input(field)),
  sameUnit: () => new CoordinationError(CommonErrorCode.INVALID_INPUT, M.sameUnit, input('payeeUnitId')),
  alreadyParticipating: (code: string) =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, M.alreadyParticipating(code), input('unitId')),
  implausibleDate: (field: string, date: string) =>
    new CoordinationError(CommonErrorCode.INVALID_INPUT, platformMessages.implausibleDate(date), input(field)),
  closed: (status: string) => new CoordinationError(CommonErrorCode.INVALID_TRANSITION, M.closed(status), input('issueId')),
  notReadyToClose: (blockers: Text[]) =>
    new CoordinationError(CoordinationErrorCode.ISSUE_NOT_READY_TO_CLOSE, M.notReadyToClose(blockers), input('issueId')),
  issueStatus: (move: keyof typeof M.moves, status: string) =>
    new CoordinationError(CommonErrorCode.INVALID_TRANSITION, M.issueStatus(M.moves[move], status), input('issueId')),
  itemStatus: (move: keyof typeof M.moves, status: string) =>
    new CoordinationError(CommonErrorCode.INVALID_TRANSITION, M.itemStatus(M.moves[move], status), input('actionItemId')),
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new CoordinationError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
};
