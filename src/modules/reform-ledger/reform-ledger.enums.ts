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
  description: 'What a ledger (台账) records. 台账的类别。',
  valuesConfig: {
    REFORM_FRAMEWORK: { description: 'The reform framework: 8 systems, 192 tasks. 改革总体框架：8 个体系、192 项任务。' },
    RECTIFICATION: { description: 'Rectification of problems found: 7 aspects, 16 measures. 问题整改：7 个方面、16 项措施。' },
    ANNUAL_PLAN: { description: 'A year’s plan of measures carrying out framework tasks. 年度计划：落实框架任务的年度举措。' },
  },
});

registerEnumType(DeliverableForm, {
  name: 'DeliverableForm',
  description: 'The form a task’s result takes (成果形式). 任务的成果形式。',
  valuesConfig: {
    POLICY_DOCUMENT: { description: 'A policy document. 政策文件。' },
    REGULATION: { description: 'A regulation or rule. 制度规定。' },
    WORK_MECHANISM: { description: 'A working mechanism. 工作机制。' },
    INFORMATION_SYSTEM: { description: 'An information system. 信息系统。' },
    PILOT: { description: 'A pilot. 试点。' },
    REPORT: { description: 'A report. 报告。' },
    OTHER: { description: 'Anything else. 其他。' },
  },
});

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description:
    'Where a task stands: NOT_STARTED → IN_PROGRESS → SUBMITTED → COMPLETED; SUBMITTED → RETURNED → IN_PROGRESS; SUSPENDED and back; CANCELLED. 任务状态：未开始 → 推进中 → 已提交 → 已完成；已提交 → 已退回 → 推进中；可暂停并恢复；可取消。',
  valuesConfig: {
    NOT_STARTED: { description: 'Not started yet. 未开始。' },
    IN_PROGRESS: { description: 'The lead unit is working on it. 牵头单位正在推进。' },
    SUBMITTED: {
      description:
        'The lead unit submitted its deliverable; the commission is to accept or return it. 牵头单位已提交成果，待政法委验收或退回。',
    },
    RETURNED: { description: 'The commission returned the deliverable, with a reason. 政法委已退回成果，附理由。' },
    COMPLETED: { description: 'The commission accepted the deliverable. 政法委已验收成果。' },
    SUSPENDED: { description: 'On hold; resuming returns it to where it was. 已暂停；恢复后回到暂停前的状态。' },
    CANCELLED: { description: 'Dropped; final. 已取消，不可恢复。' },
  },
});

registerEnumType(TaskAction, {
  name: 'TaskAction',
  description: 'A move in a task’s workflow. 任务流程中的一步操作。',
  valuesConfig: {
    START: {
      description:
        'NOT_STARTED or RETURNED → IN_PROGRESS. An officer of the lead unit. 开始：未开始或已退回 → 推进中。由牵头单位联络员操作。',
    },
    SUBMIT: {
      description:
        'IN_PROGRESS → SUBMITTED, with the deliverable’s description. An officer of the lead unit. 提交：推进中 → 已提交，附成果说明。由牵头单位联络员操作。',
    },
    ACCEPT: { description: 'SUBMITTED → COMPLETED. Commission staff. 验收：已提交 → 已完成。由政法委工作人员操作。' },
    RETURN: { description: 'SUBMITTED → RETURNED, with a reason. Commission staff. 退回：已提交 → 已退回，附理由。由政法委工作人员操作。' },
    SUSPEND: {
      description:
        'NOT_STARTED, IN_PROGRESS or RETURNED → SUSPENDED. Commission staff. 暂停：未开始、推进中或已退回 → 已暂停。由政法委工作人员操作。',
    },
    RESUME: {
      description: 'SUSPENDED → the status it was suspended from. Commission staff. 恢复：已暂停 → 暂停前的状态。由政法委工作人员操作。',
    },
    CANCEL: {
      description:
        'Any status but COMPLETED or CANCELLED → CANCELLED. Commission staff. 取消：除已完成、已取消外的任何状态 → 已取消。由政法委工作人员操作。',
    },
  },
});
