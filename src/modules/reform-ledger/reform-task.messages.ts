import { defineMessages, namedCode, type Text } from '../../shared/i18n/text.js';
import { ledgerImportMessages } from './ledger-import.messages.js';

/** The module's error codes, described in both languages (index.ts checks that each of `ReformTaskErrorCode` is). */
export const reformTaskCodes = defineMessages({
  NOT_A_WORKBOOK: {
    en: 'The uploaded file is not an Excel workbook (.xlsx); the message says what it is.',
    zh: '上传的文件不是 Excel 工作簿（.xlsx）；消息中说明其实际类型。',
  },
  WORKBOOK_TOO_LARGE: {
    en: 'The workbook would inflate past what an import reads: a ZIP bomb, or far too big for one import.',
    zh: '工作簿解压后超出导入上限：压缩炸弹，或超出单次导入的规模。',
  },
  INVALID_ASSIGNMENT: {
    en: 'A task’s lead unit cannot also be one of its supporting units, nor can a unit support it twice.',
    zh: '任务的牵头单位不能同时是其配合单位，同一单位也不能重复列为配合单位。',
  },
});

/** A task action (TaskAction) as a verb: the code in English, the deed in Chinese. */
const ACTIONS: Record<string, string> = {
  START: '开始',
  SUBMIT: '提交',
  ACCEPT: '验收',
  RETURN: '退回',
  SUSPEND: '暂停',
  RESUME: '恢复',
  CANCEL: '取消',
};
const verb = (action: string) => ACTIONS[action] ?? action;

/** Task statuses (TaskStatus) by their Chinese names, as messages and ledger files (台账) write them. */
export const STATUSES: Record<string, string> = {
  NOT_STARTED: '未开始',
  IN_PROGRESS: '推进中',
  SUBMITTED: '已提交',
  RETURNED: '已退回',
  COMPLETED: '已完成',
  SUSPENDED: '已暂停',
  CANCELLED: '已取消',
};
const status = (code: string) => namedCode(STATUSES, code);

/** Deliverable forms (DeliverableForm, 成果形式) by their Chinese names, as ledger files write them. */
export const DELIVERABLE_FORMS: Record<string, string> = {
  POLICY_DOCUMENT: '政策文件',
  REGULATION: '制度规定',
  WORK_MECHANISM: '工作机制',
  INFORMATION_SYSTEM: '信息系统',
  PILOT: '试点',
  REPORT: '报告',
  OTHER: '其他',
};

/** What the reform-ledger (台账) module says to a person, in both languages. */
export const reformTaskMessages = defineMessages({
  codes: reformTaskCodes,
  nouns: {
    ledger: { en: 'ledger', zh: '台账' },
    section: { en: 'section', zh: '台账栏目' },
    task: { en: 'task', zh: '改革任务' },
    upload: { en: 'uploaded file', zh: '上传的文件' },
  },
  imports: ledgerImportMessages,
  /** The texts a task keeps, named as the messages name them. */
  labels: {
    'A task code': { en: 'A task code', zh: '任务编号' },
    'A title': { en: 'A title', zh: '任务名称' },
    'A description': { en: 'A description', zh: '任务描述' },
    'A description of the deliverable': { en: 'A description of the deliverable', zh: '成果说明' },
    'A reason for returning the deliverable': { en: 'A reason for returning the deliverable', zh: '退回理由' },
    'A narrative': { en: 'A narrative', zh: '进展情况' },
  },
  actions: {
    create: { en: 'create tasks', zh: '新建改革任务' },
    edit: { en: 'edit tasks', zh: '修改改革任务' },
    report: { en: 'report progress', zh: '报告任务进展' },
  },
  invalidTransition: (action: string, current: string): Text => ({
    en: `A task that is ${current} cannot take the action ${action}.`,
    zh: `状态为${status(current)}的任务不能执行“${verb(action)}”（${action}）操作。`,
  }),
  leadOnly: (action: string): Text => ({
    en: `Only an officer of the lead unit may ${action.toLowerCase()} this task.`,
    zh: `仅牵头单位的联络员可以${verb(action)}此任务。`,
  }),
  staffOnly: (action: string): Text => ({
    en: `Only commission staff may ${action.toLowerCase()} a task.`,
    zh: `仅政法委工作人员可以${verb(action)}任务。`,
  }),
  reportersOnly: {
    en: 'Only an officer of the lead or a supporting unit may report progress on this task.',
    zh: '仅牵头单位或配合单位的联络员可以报告此任务的进展。',
  },
  leadAlsoSupporting: (unitCode: string): Text => ({
    en: `${unitCode} leads the task and cannot also support it.`,
    zh: `${unitCode} 是该任务的牵头单位，不能同时作为配合单位。`,
  }),
  supportingTwice: (unitCode: string): Text => ({
    en: `${unitCode} is named twice as a supporting unit.`,
    zh: `${unitCode} 被重复列为配合单位。`,
  }),
  invalidPercent: (percent: number): Text => ({
    en: `Progress must be a whole percentage from 0 to 100 (got ${percent}).`,
    zh: `进度须为 0 到 100 之间的整数百分比（收到 ${percent}）。`,
  }),
  notActive: (current: string): Text => ({
    en: `Progress is reported on tasks in progress or returned; this one is ${current}.`,
    zh: `只能对推进中或已退回的任务报告进展；此任务的状态为${status(current)}。`,
  }),
  implausibleDate: (date: string): Text => ({
    en: `${date} is outside the years 2000–2100.`,
    zh: `${date} 不在 2000–2100 年之间。`,
  }),
  futureReport: (date: string): Text => ({
    en: `A report cannot speak for a day still to come (${date}).`,
    zh: `进展报告不能填报尚未到来的日期（${date}）。`,
  }),
  duplicateCode: (code: string, ledger: string): Text => ({
    en: `Ledger ${ledger} already has a task ${code}.`,
    zh: `台账 ${ledger} 中已有编号为 ${code} 的任务。`,
  }),
  sectionOfOtherLedger: { en: 'The section belongs to another ledger.', zh: '该栏目属于另一本台账。' },
  implementsNotFramework: {
    en: 'Only a measure of an annual plan implements a task, and that task must be in the reform framework.',
    zh: '只有年度计划中的举措才能落实某项任务，且该任务须属于改革总体框架台账。',
  },
});
