import { registerEnumType } from 'type-graphql';

export enum IssueKind {
  PENSION_TRANSFER = 'PENSION_TRANSFER',
  FUND_TRANSFER = 'FUND_TRANSFER',
  STAFFING = 'STAFFING',
  OTHER = 'OTHER',
}
export enum IssueStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
export enum ParticipantRole {
  RESPONSIBLE = 'RESPONSIBLE',
  SUPPORTING = 'SUPPORTING',
  INFORMED = 'INFORMED',
}
export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
export enum FundTransactionKind {
  TRANSFER = 'TRANSFER',
  DISBURSEMENT = 'DISBURSEMENT',
}

registerEnumType(IssueKind, {
  name: 'IssueKind',
  description: 'What a coordination issue is about. 协调事项的类别。',
  valuesConfig: {
    PENSION_TRANSFER: { description: 'Moving pension relations. 养老保险关系转移。' },
    FUND_TRANSFER: { description: 'Moving funds between bodies. 单位之间的资金划转。' },
    STAFFING: { description: 'Posts and staffing. 编制与岗位。' },
    OTHER: { description: 'Anything else. 其他。' },
  },
});
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description:
    'OPEN → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED or CLOSED → REOPENED (with a reason). 新建 → 推进中 → 已解决 → 已关闭；已解决或已关闭的可（写明理由）重新打开。',
  valuesConfig: {
    OPEN: { description: 'Opened; no work recorded yet. 已新建，尚未登记工作。' },
    IN_PROGRESS: { description: 'Work is under way. 推进中。' },
    RESOLVED: {
      description: 'Solved in substance; closing checks that nothing is left open. 实质性问题已解决；关闭时核查是否仍有未办结事项。',
    },
    CLOSED: { description: 'Verified and closed. 已核实并关闭。' },
    REOPENED: { description: 'Reopened after being resolved or closed. 解决或关闭后重新打开。' },
  },
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'A participating unit’s part. 参与单位的职责。',
  valuesConfig: {
    RESPONSIBLE: { description: 'Responsible for part of the solution. 负责解决问题的一部分。' },
    SUPPORTING: { description: 'Supports the responsible units. 配合负责单位。' },
    INFORMED: { description: 'Kept informed. 知悉情况。' },
  },
});
registerEnumType(FundTransactionKind, {
  name: 'FundTransactionKind',
  description: 'Which way money moved. 资金流向。',
  valuesConfig: {
    TRANSFER: { description: 'From the payer to the payee. 划转：付款单位 → 收款单位。' },
    DISBURSEMENT: { description: 'From the payee to the beneficiaries. 发放：收款单位 → 受益人。' },
  },
});
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Where an action item stands. 工作事项的办理状态。',
  valuesConfig: {
    OPEN: { description: 'To be done. 待办。' },
    DONE: { description: 'Done, with evidence. 已办结，附佐证。' },
    CANCELLED: { description: 'No longer needed, with a reason. 已撤销，附理由。' },
  },
});
