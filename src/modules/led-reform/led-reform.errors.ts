import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { ledReformMessages as M } from './led-reform.messages.js';

export enum LedReformErrorCode {
  LEADER_NOT_PRINCIPAL_HEAD = 'LEADER_NOT_PRINCIPAL_HEAD',
  LINKED_TASKS_OPEN = 'LINKED_TASKS_OPEN',
}

export class LedReformError extends DomainError<LedReformErrorCode> {}

const input = (name: string) => ['input', name];

export const LedReformErrors = {
  notPrincipalHead: (name: string) =>
    new LedReformError(LedReformErrorCode.LEADER_NOT_PRINCIPAL_HEAD, M.notPrincipalHead(name), input('leaderId')),
  tasksOpen: (codes: string[]) => new LedReformError(LedReformErrorCode.LINKED_TASKS_OPEN, M.tasksOpen(codes), input('ledReformId')),
  noTasks: () => new LedReformError(CommonErrorCode.INVALID_INPUT, M.noTasks, input('ledReformId')),
  completed: () => new LedReformError(CommonErrorCode.INVALID_TRANSITION, M.completed, input('ledReformId')),
  alreadyCompleted: () => new LedReformError(CommonErrorCode.INVALID_TRANSITION, M.alreadyCompleted, input('ledReformId')),
  invalidTheme: () => new LedReformError(CommonErrorCode.INVALID_INPUT, M.invalidTheme, input('theme')),
  invalidYear: (year: number) => new LedReformError(CommonErrorCode.INVALID_INPUT, M.invalidYear(year), input('year')),
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new LedReformError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
};
