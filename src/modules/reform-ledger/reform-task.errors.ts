import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import type { TaskAction, TaskStatus } from './reform-ledger.enums.js';

export enum ReformTaskErrorCode {
  INVALID_ASSIGNMENT = 'INVALID_ASSIGNMENT',
}

export const reformTaskErrorDescriptions: ErrorCodeDescriptions<ReformTaskErrorCode> = {
  INVALID_ASSIGNMENT: 'A task’s lead unit cannot also be one of its supporting units, nor can a unit support it twice.',
};

export class ReformTaskError extends DomainError<ReformTaskErrorCode> {}

const input = (name: string) => ['input', name];

export const ReformTaskErrors = {
  invalidTransition: (action: TaskAction, status: TaskStatus) =>
    new ReformTaskError(CommonErrorCode.INVALID_TRANSITION, `A task that is ${status} cannot take the action ${action}.`, input('action')),
  leadAlsoSupporting: (unitCode: string) =>
    new ReformTaskError(
      ReformTaskErrorCode.INVALID_ASSIGNMENT,
      `${unitCode} leads the task and cannot also support it.`,
      input('supportingUnitIds'),
    ),
  supportingTwice: (unitCode: string) =>
    new ReformTaskError(
      ReformTaskErrorCode.INVALID_ASSIGNMENT,
      `${unitCode} is named twice as a supporting unit.`,
      input('supportingUnitIds'),
    ),
  required: (field: string, what: string) =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, `${what} is required for this action.`, input(field)),
  invalidText: (field: string, what: string, max: number) =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, `${what} must have 1–${max} characters.`, input(field)),
  invalidPercent: (percent: number) =>
    new ReformTaskError(
      CommonErrorCode.INVALID_INPUT,
      `Progress must be a whole percentage from 0 to 100 (got ${percent}).`,
      input('percent'),
    ),
  notActive: (status: TaskStatus) =>
    new ReformTaskError(
      CommonErrorCode.INVALID_TRANSITION,
      `Progress is reported on tasks in progress or returned; this one is ${status}.`,
      input('taskId'),
    ),
  implausibleDate: (field: string, date: string) =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, `${date} is outside the years 2000–2100.`, input(field)),
  futureReport: (date: string) =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, `A report cannot speak for a day still to come (${date}).`, input('reportedOn')),
  duplicateCode: (code: string, ledger: string) =>
    new ReformTaskError(CommonErrorCode.DUPLICATE_CODE, `Ledger ${ledger} already has a task ${code}.`, input('code')),
  notFound: (what: string, field: string) => new ReformTaskError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, input(field)),
  sectionOfOtherLedger: () =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, 'The section belongs to another ledger.', input('sectionId')),
  implementsNotFramework: () =>
    new ReformTaskError(
      CommonErrorCode.INVALID_INPUT,
      'Only a measure of an annual plan implements a task, and that task must be in the reform framework.',
      input('implementsId'),
    ),
};
