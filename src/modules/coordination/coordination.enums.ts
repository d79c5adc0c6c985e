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
  description: 'What a coordination issue is about.',
  valuesConfig: {
    PENSION_TRANSFER: { description: 'Moving pension relations.' },
    FUND_TRANSFER: { description: 'Moving funds between bodies.' },
    STAFFING: { description: 'Posts and staffing.' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: 'OPEN → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED or CLOSED → REOPENED (with a reason).',
  valuesConfig: {
    OPEN: { description: 'Opened; no work recorded yet.' },
    IN_PROGRESS: { description: 'Work is under way.' },
    RESOLVED: { description: 'Solved in substance; closing checks that nothing is left open.' },
    CLOSED: { description: 'Verified and closed.' },
    REOPENED: { description: 'Reopened after being resolved or closed.' },
  },
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'A participating unit’s part.',
  valuesConfig: {
    RESPONSIBLE: { description: 'Responsible for part of the solution.' },
    SUPPORTING: { description: 'Supports the responsible units.' },
    INFORMED: { description: 'Kept informed.' },
  },
});
registerEnumType(FundTransactionKind, {
  name: 'FundTransactionKind',
  description: 'Which way money moved.',
  valuesConfig: {
    TRANSFER: { description: 'From the payer to the payee.' },
    DISBURSEMENT: { description: 'From the payee to the beneficiaries.' },
  },
});
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Where an action item stands.',
  valuesConfig: {
    OPEN: { description: 'To be done.' },
    DONE: { description: 'Done, with evidence.' },
    CANCELLED: { description: 'No longer needed, with a reason.' },
  },
});
