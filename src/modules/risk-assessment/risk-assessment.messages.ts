import { defineMessages, namedCode, type Text } from '../../shared/i18n/text.js';

/** Assessment statuses (AssessmentStatus) and matter statuses (DecisionStatus) by their Chinese names. */
export const ASSESSMENT_STATUSES: Record<string, string> = {
  DRAFT: '草拟',
  IN_REVIEW: '评审中',
  RETURNED: '已退回',
  FILED: '已备案',
  STALE: '已失效',
};
const DECISION_STATUSES: Record<string, string> = { DRAFT: '草拟', ASSESSING: '评估中', READY: '可决策', DECIDED: '已决策' };
const assessmentStatus = (code: string) => namedCode(ASSESSMENT_STATUSES, code);

/** The module's error codes, described in both languages (index.ts checks that each of `RiskAssessmentErrorCode` is). */
export const riskAssessmentCodes = defineMessages({
  ASSESSMENT_INCOMPLETE: {
    en: 'The assessment cannot be submitted yet; the message names what is missing.',
    zh: '评估尚不能提交评审；消息中写明了缺少的内容。',
  },
  REVIEWER_CONFLICT: { en: 'An author of an assessment cannot review it (编审分离).', zh: '评估的撰写人不能评审该评估（编审分离）。' },
  ASSESSMENT_REQUIRED: {
    en: 'No FILED risk assessment: the matter cannot be decided (assess before deciding).',
    zh: '没有已备案（FILED）的社会稳定风险评估，该事项不能决策（先评估、后决策）。',
  },
  RISK_TOO_HIGH: {
    en: 'The assessed risk is HIGH: only REJECT or POSTPONE are allowed.',
    zh: '评估风险等级为高（HIGH）：只能作出不实施（REJECT）或暂缓（POSTPONE）的决定。',
  },
  MITIGATION_REQUIRED: {
    en: 'MEDIUM risk: every MEDIUM or HIGH point needs a mitigation with an owner unit and a due date before approval.',
    zh: '风险等级为中（MEDIUM）：批准前，每个中、高风险点都须有明确责任单位和完成时限的化解措施。',
  },
  DECISION_FINAL: {
    en: 'The matter was decided (approved or rejected); the decision is final.',
    zh: '该事项已作出决策（批准或不实施），决策不可更改。',
  },
});

export const DIMENSIONS: Record<string, string> = {
  LEGALITY: '合法性',
  REASONABLENESS: '合理性',
  FEASIBILITY: '可行性',
  CONTROLLABILITY: '可控性',
  SAFETY: '安全性',
};

/** Risk levels, opinion methods, verdicts, outcomes and procedures by their Chinese names, as documents write them. */
export const LEVELS: Record<string, string> = { LOW: '低', MEDIUM: '中', HIGH: '高' };
export const OPINION_METHODS: Record<string, string> = {
  PUBLIC_NOTICE: '公示',
  QUESTIONNAIRE: '问卷调查',
  SYMPOSIUM: '座谈会',
  HEARING: '听证会',
  EXPERT_CONSULTATION: '专家论证',
};
export const VERDICTS: Record<string, string> = { PASS: '通过', RETURN: '退回修改' };
export const OUTCOMES: Record<string, string> = { APPROVE: '批准实施', POSTPONE: '暂缓', REJECT: '不实施' };
export const PROCEDURES: Record<string, string> = { FULL: '一般程序', SIMPLIFIED: '简易程序' };

/** What the risk-assessment (社会稳定风险评估) module says to a person, in both languages. */
export const riskAssessmentMessages = defineMessages({
  reportNotVisible: {
    en: 'No risk assessment you may see has this ID.',
    zh: '没有您可查看的、具有此 ID 的风险评估。',
  },
  codes: riskAssessmentCodes,
  nouns: {
    'major decision': { en: 'major decision', zh: '重大决策事项' },
    'decision category': { en: 'decision category', zh: '重大决策事项类别' },
    assessment: { en: 'assessment', zh: '风险评估' },
    'risk point': { en: 'risk point', zh: '风险点' },
    unit: { en: 'unit', zh: '单位' },
  },
  /** The texts the module keeps, named as the messages name them. */
  labels: {
    'A title': { en: 'A title', zh: '标题' },
    'The plan': { en: 'The plan', zh: '决策方案' },
    'A rationale': { en: 'A rationale', zh: '决策理由' },
    Findings: { en: 'Findings', zh: '复核意见' },
    Comments: { en: 'Comments', zh: '评审意见' },
    'The reasoning': { en: 'The reasoning', zh: '分析理由' },
    'A summary': { en: 'A summary', zh: '意见摘要' },
    'A description': { en: 'A description', zh: '描述' },
  },
  actions: {
    start: { en: 'start assessments', zh: '启动风险评估' },
    write: { en: 'write assessments', zh: '撰写风险评估' },
    submit: { en: 'submit assessments', zh: '提交风险评估' },
    review: { en: 'review assessments', zh: '评审风险评估' },
    file: { en: 'file assessments', zh: '备案风险评估' },
    changePlan: { en: 'change a plan', zh: '修改决策方案' },
    decide: { en: 'decide major matters', zh: '对重大事项作出决策' },
    recordReviews: { en: 'record follow-up reviews', zh: '登记跟踪复核' },
  },
  /** The moves an assessment or a matter makes, as the status messages name them. */
  moves: {
    changed: { en: 'changed', zh: '修改' },
    submitted: { en: 'submitted', zh: '提交评审' },
    reviewed: { en: 'reviewed', zh: '评审' },
    filed: { en: 'filed', zh: '备案' },
    'start another assessment while one is under way': {
      en: 'start another assessment while one is under way',
      zh: '在一项评估进行中时再启动另一项评估',
    },
    'have follow-up reviews before it is approved': {
      en: 'have follow-up reviews before it is approved',
      zh: '在批准前登记跟踪复核',
    },
  },
  assessorOnly: {
    en: 'Only an assessor of the assessing unit may write this assessment.',
    zh: '仅评估主体单位的评估人员可以撰写此评估。',
  },
  recordMatterOnly: {
    en: 'Only a decision maker of the decision body, or commission staff, may record a major matter.',
    zh: '仅决策主体的决策人或政法委工作人员可以登记重大决策事项。',
  },
  changePlanOnly: {
    en: 'Only a decision maker of the decision body, or commission staff, may change the plan.',
    zh: '仅决策主体的决策人或政法委工作人员可以修改决策方案。',
  },
  reviewOnly: {
    en: 'Only a decision maker of the decision body, or commission staff, may record a follow-up review.',
    zh: '仅决策主体的决策人或政法委工作人员可以登记跟踪复核。',
  },
  decideOnly: { en: 'Only a decision maker of the decision body may decide this matter.', zh: '仅决策主体的决策人可以对此事项作出决策。' },
  incomplete: (missing: Text[]): Text => ({
    en: `Not ready for review; missing: ${missing.map((m) => m.en).join('; ')}.`,
    zh: `尚不能提交评审，缺少：${missing.map((m) => m.zh).join('；')}。`,
  }),
  missingDimension: (dimension: string): Text => ({
    en: `dimension ${dimension} (a risk point or a "no significant risk" finding)`,
    zh: `${DIMENSIONS[dimension] ?? dimension}（${dimension}）维度（一个风险点，或一条“无明显风险”的分析结论）`,
  }),
  missingPublicOpinion: { en: 'a public opinion collection (FULL procedure)', zh: '一次公众意见征集（一般程序）' },
  missingExpertConsultation: { en: 'an expert consultation (FULL procedure)', zh: '一次专家咨询（一般程序）' },
  reviewerConflict: {
    en: 'You wrote part of this assessment and cannot review it.',
    zh: '你参与撰写了此评估，不能评审它（编审分离）。',
  },
  alreadyReviewed: (status: string): Text => ({ en: `${status} (already reviewed)`, zh: `${assessmentStatus(status)}且已评审` }),
  reviewNotPassed: { en: 'IN_REVIEW without a passed review', zh: '“评审中”（IN_REVIEW）且未通过评审' },
  /** `status`: the status code, or a phrase about it (`alreadyReviewed`, `reviewNotPassed`). */
  assessmentStatus: (move: Text, status: string | Text): Text => {
    const state = typeof status === 'string' ? { en: status, zh: assessmentStatus(status) } : status;
    return { en: `An assessment that is ${state.en} cannot be ${move.en}.`, zh: `状态为${state.zh}的评估不能${move.zh}。` };
  },
  decisionStatus: (move: Text, status: string): Text => ({
    en: `A matter that is ${status} cannot ${move.en}.`,
    zh: `状态为${namedCode(DECISION_STATUSES, status)}的事项不能${move.zh}。`,
  }),
  final: { en: 'The matter was decided; the decision is final.', zh: '该事项已作出决策，决策不可更改。' },
  invalidScale: (field: string, value: number): Text => ({
    en: `${field} must be a whole number from 1 to 5 (got ${value}).`,
    zh: `${field} 须为 1 到 5 之间的整数（收到 ${value}）。`,
  }),
  invalidCount: (field: string, value: number): Text => ({
    en: `${field} must be 0 or more (got ${value}).`,
    zh: `${field} 不能小于 0（收到 ${value}）。`,
  }),
  invalidPeriod: { en: 'A collection cannot end before it starts.', zh: '意见征集的结束日期不能早于开始日期。' },
  reviewDate: (date: string, earliest: string, today: string): Text => ({
    en: `A follow-up review is dated from ${earliest} to ${today} (got ${date}).`,
    zh: `跟踪复核的日期须在 ${earliest} 至 ${today} 之间（收到 ${date}）。`,
  }),
  /** Why a decision would be refused (the assess-before-decide rule). */
  notFiled: (status: string): Text => ({
    en: `The current risk assessment is ${status}, not FILED: assess before deciding.`,
    zh: `当前风险评估的状态为${assessmentStatus(status)}，尚未备案（FILED）：须先评估、后决策。`,
  }),
  noAssessment: {
    en: 'No risk assessment has been filed: assess before deciding.',
    zh: '尚无已备案的风险评估：须先评估、后决策。',
  },
  riskTooHigh: {
    en: 'The assessed risk is HIGH: the matter may only be rejected or postponed.',
    zh: '评估风险等级为高（HIGH）：该事项只能不实施或暂缓。',
  },
  mitigationRequired: (points: string[]): Text => ({
    en: `MEDIUM risk: these points need a mitigation with an owner unit and a due date before approval: ${points.join(', ')}.`,
    zh: `风险等级为中（MEDIUM）：批准前，以下风险点须有明确责任单位和完成时限的化解措施：${points.join('、')}。`,
  }),
});
