import { defineMessages, namedCode, type Text } from '../../shared/i18n/text.js';

/** Case statuses (ReformCaseStatus) by their Chinese names. */
const STATUSES: Record<string, string> = { CULTIVATING: '培育中', SUBMITTED: '已报送', SELECTED: '已入选', NOT_SELECTED: '未入选' };

/** What the reform-case module says to a person, in both languages. */
export const reformCaseMessages = defineMessages({
  nouns: {
    case: { en: 'case', zh: '改革案例' },
  },
  /** The texts a case keeps, named as the messages name them. */
  labels: {
    'A title': { en: 'A title', zh: '标题' },
    'A summary': { en: 'A summary', zh: '摘要' },
    'The recognising body': { en: 'The recognising body', zh: '认定机关' },
    Notes: { en: 'Notes', zh: '备注' },
  },
  actions: {
    recordCase: { en: 'record a case', zh: '登记改革案例' },
    submitThis: { en: 'submit this case', zh: '报送此案例' },
    submit: { en: 'submit cases', zh: '报送改革案例' },
    decide: { en: 'decide on reform cases', zh: '评定改革案例' },
    recordVisits: { en: 'record guidance visits', zh: '登记指导走访' },
  },
  /** The moves a case makes, as its status messages name them. */
  moves: {
    submitted: { en: 'submitted', zh: '报送' },
    selected: { en: 'selected', zh: '评选入选' },
    'turned down': { en: 'turned down', zh: '不予入选' },
  },
  staffOrOfficerOnly: (action: Text): Text => ({
    en: `Only commission staff or an officer of the case’s unit may ${action.en}.`,
    zh: `仅政法委工作人员或案例所属单位的联络员可以${action.zh}。`,
  }),
  invalidTransition: (move: Text, status: string): Text => ({
    en: `A case that is ${status} cannot be ${move.en}.`,
    zh: `状态为${namedCode(STATUSES, status)}的案例不能${move.zh}。`,
  }),
  recognitionRequired: {
    en: 'A selected case needs the level and the body that recognised it.',
    zh: '入选的案例须写明认定级别和认定机关。',
  },
  recognitionWithoutSelection: { en: 'Only a selected case is recognised.', zh: '只有入选的案例才有认定信息。' },
  implausibleVisit: (date: string): Text => ({
    en: `A visit is recorded for a past day since 2000 (got ${date}).`,
    zh: `走访日期须为 2000 年以来已过去的某一天（收到 ${date}）。`,
  }),
});
