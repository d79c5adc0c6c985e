import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import type { TaskAction, TaskStatus } from './reform-ledger.enums.js';
import { ImportProblemCode } from './ledger-import.enums.js';
import { reformTaskMessages as M } from './reform-task.messages.js';

export enum ReformTaskErrorCode {
  INVALID_ASSIGNMENT = 'INVALID_ASSIGNMENT',
  NOT_A_WORKBOOK = 'NOT_A_WORKBOOK',
  WORKBOOK_TOO_LARGE = 'WORKBOOK_TOO_LARGE',
}

export class ReformTaskError extends DomainError<ReformTaskErrorCode> {}

const input = (name: string) => ['input', name];

/** A text of a task, as the messages name it. */
export type ReformTaskLabel = keyof typeof M.labels;

export const ReformTaskErrors = {
  invalidTransition: (action: TaskAction, status: TaskStatus) =>
    new ReformTaskError(CommonErrorCode.INVALID_TRANSITION, M.invalidTransition(action, status), input('action')),
  leadAlsoSupporting: (unitCode: string) =>
    new ReformTaskError(ReformTaskErrorCode.INVALID_ASSIGNMENT, M.leadAlsoSupporting(unitCode), input('supportingUnitIds')),
  supportingTwice: (unitCode: string) =>
    new ReformTaskError(ReformTaskErrorCode.INVALID_ASSIGNMENT, M.supportingTwice(unitCode), input('supportingUnitIds')),
  invalidText: (field: string, what: ReformTaskLabel, max: number) =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, platformMessages.textLength(M.labels[what], max), input(field)),
  invalidPercent: (percent: number) => new ReformTaskError(CommonErrorCode.INVALID_INPUT, M.invalidPercent(percent), input('percent')),
  notActive: (status: TaskStatus) => new ReformTaskError(CommonErrorCode.INVALID_TRANSITION, M.notActive(status), input('taskId')),
  implausibleDate: (field: string, date: string) =>
    new ReformTaskError(CommonErrorCode.INVALID_INPUT, M.implausibleDate(date), input(field)),
  futureReport: (date: string) => new ReformTaskError(CommonErrorCode.INVALID_INPUT, M.futureReport(date), input('reportedOn')),
  duplicateCode: (code: string, ledger: string) =>
    new ReformTaskError(CommonErrorCode.DUPLICATE_CODE, M.duplicateCode(code, ledger), input('code')),
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new ReformTaskError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
  sectionOfOtherLedger: () => new ReformTaskError(CommonErrorCode.INVALID_INPUT, M.sectionOfOtherLedger, input('sectionId')),
  notAWorkbook: (kind: string) =>
    new ReformTaskError(ReformTaskErrorCode.NOT_A_WORKBOOK, M.imports.problems.NOT_A_WORKBOOK(kind), input('fileId')),
  /** A workbook the archive check refused (ledger-import.workbook.ts). */
  workbookRefused: (code: ImportProblemCode, kind: string) =>
    code === ImportProblemCode.WORKBOOK_TOO_LARGE
      ? new ReformTaskError(ReformTaskErrorCode.WORKBOOK_TOO_LARGE, M.imports.problems.WORKBOOK_TOO_LARGE, input('fileId'))
      : new ReformTaskError(ReformTaskErrorCode.NOT_A_WORKBOOK, M.imports.problems.NOT_A_WORKBOOK(kind), input('fileId')),
  implementsNotFramework: () => new ReformTaskError(CommonErrorCode.INVALID_INPUT, M.implementsNotFramework, input('implementsId')),
};
