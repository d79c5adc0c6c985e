import { registerEnumType } from 'type-graphql';

export enum LedgerKind {
  REFORM_FRAMEWORK = 'REFORM_FRAMEWORK',
  RECTIFICATION = 'RECTIFICATION',
  ANNUAL_PLAN = 'ANNUAL_PLAN',
}

export enum DeliverableForm {
  POLICY_DOCUMENT = 'POLICY_DOCUMENT',
  REGULATION = 'REGULATION',
  WORK_MECHANISM = 'WORK_MECHANISM',
  INFORMATION_SYSTEM = 'INFORMATION_SYSTEM',
  PILOT = 'PILOT',
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}

export enum TaskStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  COMPLETED = 'COMPLETED',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
}

export enum TaskAction {
  START = 'START',
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  CANCEL = 'CANCEL',
}

registerEnumType(LedgerKind, {
  name: 'LedgerKind',
  description: 'What a ledger (台账) records.',
  valuesConfig: {
    REFORM_FRAMEWORK: { description: 'The reform framework: 8 systems, 192 tasks.' },
    RECTIFICATION: { description: 'Rectification of problems found: 7 aspects, 16 measures.' },
    ANNUAL_PLAN: { description: 'A year’s plan of measures carrying out framework tasks.' },
  },
});

registerEnumType(DeliverableForm, {
  name: 'DeliverableForm',
  description: 'The form a task’s result takes (成果形式).',
  valuesConfig: {
    POLICY_DOCUMENT: { description: 'A policy document.' },
    REGULATION: { description: 'A regulation or rule.' },
    WORK_MECHANISM: { description: 'A working mechanism.' },
    INFORMATION_SYSTEM: { description: 'An information system.' },
    PILOT: { description: 'A pilot.' },
    REPORT: { description: 'A report.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description:
    'Where a task stands: NOT_STARTED → IN_PROGRESS → SUBMITTED → COMPLETED; SUBMITTED → RETURNED → IN_PROGRESS; SUSPENDED and back; CANCELLED.',
  valuesConfig: {
    NOT_STARTED: { description: 'Not started yet.' },
    IN_PROGRESS: { description: 'The lead unit is working on it.' },
    SUBMITTED: { description: 'The lead unit submitted its deliverable; the commission is to accept or return it.' },
    RETURNED: { description: 'The commission returned the deliverable, with a reason.' },
    COMPLETED: { description: 'The commission accepted the deliverable.' },
    SUSPENDED: { description: 'On hold; resuming returns it to where it was.' },
    CANCELLED: { description: 'Dropped; final.' },
  },
});

registerEnumType(TaskAction, {
  name: 'TaskAction',
  description: 'A move in a task’s workflow.',
  valuesConfig: {
    START: { description: 'NOT_STARTED or RETURNED → IN_PROGRESS. An officer of the lead unit.' },
    SUBMIT: { description: 'IN_PROGRESS → SUBMITTED, with the deliverable’s description. An officer of the lead unit.' },
    ACCEPT: { description: 'SUBMITTED → COMPLETED. Commission staff.' },
    RETURN: { description: 'SUBMITTED → RETURNED, with a reason. Commission staff.' },
    SUSPEND: { description: 'NOT_STARTED, IN_PROGRESS or RETURNED → SUSPENDED. Commission staff.' },
    RESUME: { description: 'SUSPENDED → the status it was suspended from. Commission staff.' },
    CANCEL: { description: 'Any status but COMPLETED or CANCELLED → CANCELLED. Commission staff.' },
  },
});
