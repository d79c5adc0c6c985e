import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';

export enum LedReformErrorCode {
  LEADER_NOT_PRINCIPAL_HEAD = 'LEADER_NOT_PRINCIPAL_HEAD',
  LINKED_TASKS_OPEN = 'LINKED_TASKS_OPEN',
}

export const ledReformErrorDescriptions: ErrorCodeDescriptions<LedReformErrorCode> = {
  LEADER_NOT_PRINCIPAL_HEAD: 'A led reform (领衔抓) must be led by a principal head of a unit.',
  LINKED_TASKS_OPEN: 'A led reform completes only when every task linked to it is completed; the message names those that are not.',
};

export class LedReformError extends DomainError<LedReformErrorCode> {}

const input = (name: string) => ['input', name];

export const LedReformErrors = {
  notPrincipalHead: (name: string) =>
    new LedReformError(LedReformErrorCode.LEADER_NOT_PRINCIPAL_HEAD, `${name} is not a principal head of their unit.`, input('leaderId')),
  tasksOpen: (codes: string[]) =>
    new LedReformError(LedReformErrorCode.LINKED_TASKS_OPEN, `Linked tasks not yet completed: ${codes.join(', ')}.`, input('ledReformId')),
  noTasks: () =>
    new LedReformError(CommonErrorCode.INVALID_INPUT, 'Link at least one task before completing the led reform.', input('ledReformId')),
  completed: () =>
    new LedReformError(
      CommonErrorCode.INVALID_TRANSITION,
      'The led reform is COMPLETED; its tasks can no longer change.',
      input('ledReformId'),
    ),
  alreadyCompleted: () =>
    new LedReformError(CommonErrorCode.INVALID_TRANSITION, 'The led reform is already COMPLETED.', input('ledReformId')),
  invalidTheme: () => new LedReformError(CommonErrorCode.INVALID_INPUT, 'A theme must have 1–200 characters.', input('theme')),
  invalidYear: (year: number) => new LedReformError(CommonErrorCode.INVALID_INPUT, `${year} is not a plausible year.`, input('year')),
  notFound: (what: string, field: string) => new LedReformError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, input(field)),
};
