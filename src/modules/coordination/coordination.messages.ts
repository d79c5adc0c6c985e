import { defineMessages, namedCode, type Text } from '../../shared/i18n/text.js';

/** Issue statuses (IssueStatus) and action-item statuses (ActionItemStatus) by their Chinese names. */
export const ISSUE_STATUSES: Record<string, string> = {
  OPEN: '新建',
  IN_PROGRESS: '推进中',
  RESOLVED: '已解决',
  CLOSED: '已关闭',
  REOPENED: '已重新打开',
};
export const ITEM_STATUSES: Record<string, string> = { OPEN: '待办', DONE: '已办结', CANCELLED: '已撤销' };
/** Issue kinds (IssueKind) by their Chinese names, as exported files write them. */
export const ISSUE_KINDS: Record<string, string> = {
  PENSION_TRANSFER: '养老保险关系转移',
  FUND_TRANSFER: '资金划转',
  STAFFING: '编制与岗位',
  OTHER: '其他',
};

/** The module's error codes, described in both languages (index.ts checks that each of `CoordinationErrorCode` is). */
export const coordinationCodes = defineMessages({
  INVALID_AMOUNT: {
    en: 'An amount must be a positive number of yuan with at most two decimals.',
    zh: '金额须为正数（单位：元），最多两位小数。',
  },
  AMOUNT_EXCEEDS_OUTSTANDING: {
    en: 'A transfer beyond what the obligation still needs, or a disbursement beyond what was transferred.',
    zh: '划转金额超过该资金责任尚需划转的数额，或发放金额超过已划转的数额。',
  },
  ISSUE_NOT_READY_TO_CLOSE: {
    en: 'Open action items or obligations not fully disbursed remain; the message names them, and `closureBlockers` lists them.',
    zh: '仍有未办结的工作事项或未足额发放的资金责任；消息中逐项列明，`closureBlockers` 也会列出。',
  },
});

const KINDS: Record<string, Text> = {
  TRANSFER: { en: 'transfer', zh: '划转' },
  DISBURSEMENT: { en: 'disbursement', zh: '发放' },
};
const kindOf = (kind: string): Text => KINDS[kind] ?? { en: kind, zh: kind };

/** What the coordination (跨部门协调) module says to a person, in both languages. */
export const coordinationMessages = defineMessages({
  codes: coordinationCodes,
  nouns: {
    issue: { en: 'issue', zh: '协调事项' },
    'action item': { en: 'action item', zh: '工作事项' },
    'fund obligation': { en: 'fund obligation', zh: '资金责任' },
  },
  /** The texts the module keeps, named as the messages name them. */
  labels: {
    'A title': { en: 'A title', zh: '标题' },
    'A description': { en: 'A description', zh: '描述' },
    'A reason': { en: 'A reason', zh: '理由' },
    'A purpose': { en: 'A purpose', zh: '资金用途' },
    'A reference': { en: 'A reference', zh: '凭证号' },
    'The minutes': { en: 'The minutes', zh: '会议纪要' },
    'Evidence of completion': { en: 'Evidence of completion', zh: '办结佐证' },
  },
  actions: {
    open: { en: 'open coordination issues', zh: '新建跨部门协调事项' },
    addParticipants: { en: 'add participants', zh: '添加参与单位' },
    resolve: { en: 'resolve issues', zh: '将协调事项标记为已解决' },
    reopen: { en: 'reopen issues', zh: '重新打开协调事项' },
    close: { en: 'close issues', zh: '关闭协调事项' },
    recordMeetings: { en: 'record meetings', zh: '登记协调会议' },
    assignItems: { en: 'assign action items', zh: '交办工作事项' },
    completeItems: { en: 'complete action items', zh: '办结工作事项' },
    cancelItems: { en: 'cancel action items', zh: '撤销工作事项' },
    recordObligations: { en: 'record fund obligations', zh: '登记资金责任' },
    recordTransactions: { en: 'record fund transactions', zh: '登记资金划转或发放' },
  },
  /** The moves an issue or an action item makes, as the status messages name them. */
  moves: {
    resolved: { en: 'resolved', zh: '标记为已解决' },
    'closed (resolve it first)': { en: 'closed (resolve it first)', zh: '关闭（请先标记为已解决）' },
    reopened: { en: 'reopened', zh: '重新打开' },
    completed: { en: 'completed', zh: '办结' },
    cancelled: { en: 'cancelled', zh: '撤销' },
  },
  transactionParty: (transfer: boolean): Text =>
    transfer
      ? {
          en: 'Only coordinators, commission staff or an officer of the payer may record this.',
          zh: '仅协调人、政法委工作人员或付款单位的联络员可以登记此项。',
        }
      : {
          en: 'Only coordinators, commission staff or an officer of the payee may record this.',
          zh: '仅协调人、政法委工作人员或收款单位的联络员可以登记此项。',
        },
  assignedUnitOnly: {
    en: 'Only an officer of the assigned unit, a coordinator or commission staff may complete this item.',
    zh: '仅承办单位的联络员、协调人或政法委工作人员可以办结此事项。',
  },
  invalidAmount: (text: string): Text => ({
    en: `"${text}" is not an amount: a positive number of yuan with at most two decimals.`,
    zh: `“${text}”不是有效金额：金额须为正数（单位：元），最多两位小数。`,
  }),
  exceeds: (kind: string, amount: string, room: string): Text => ({
    en: `This ${kindOf(kind).en} of ¥${amount} exceeds the ¥${room} still open for it.`,
    zh: `本次${kindOf(kind).zh} ¥${amount} 超过了尚可${kindOf(kind).zh}的 ¥${room}。`,
  }),
  sameUnit: { en: 'The payer and the payee must be different units.', zh: '付款单位与收款单位不能是同一单位。' },
  alreadyParticipating: (code: string): Text => ({
    en: `${code} already takes part in this issue.`,
    zh: `${code} 已是此协调事项的参与单位。`,
  }),
  closed: (status: string): Text => ({
    en: `An issue that is ${status} takes no new work; reopen it first.`,
    zh: `状态为${namedCode(ISSUE_STATUSES, status)}的协调事项不再接受新的工作；请先重新打开。`,
  }),
  notReadyToClose: (blockers: Text[]): Text => ({
    en: `Not ready to close: ${blockers.map((b) => b.en).join('; ')}.`,
    zh: `尚不能关闭：${blockers.map((b) => b.zh).join('；')}。`,
  }),
  openItem: (description: string, unit: string): Text => ({
    en: `action item “${description}” (${unit}) is still open`,
    zh: `工作事项“${description}”（${unit}）尚未办结`,
  }),
  unsettled: (purpose: string, outstanding: string): Text => ({
    en: `obligation “${purpose}” has ¥${outstanding} outstanding`,
    zh: `资金责任“${purpose}”尚有 ¥${outstanding} 未发放`,
  }),
  issueStatus: (move: Text, status: string): Text => ({
    en: `An issue that is ${status} cannot be ${move.en}.`,
    zh: `状态为${namedCode(ISSUE_STATUSES, status)}的协调事项不能${move.zh}。`,
  }),
  itemStatus: (move: Text, status: string): Text => ({
    en: `An action item that is ${status} cannot be ${move.en}.`,
    zh: `状态为${namedCode(ITEM_STATUSES, status)}的工作事项不能${move.zh}。`,
  }),
});
