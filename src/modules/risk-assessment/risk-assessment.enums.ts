import { registerEnumType } from 'type-graphql';

export enum DecisionProcedure {
  FULL = 'FULL',
  SIMPLIFIED = 'SIMPLIFIED',
}
export enum DecisionStatus {
  DRAFT = 'DRAFT',
  ASSESSING = 'ASSESSING',
  READY = 'READY',
  DECIDED = 'DECIDED',
}
export enum DecisionOutcome {
  APPROVE = 'APPROVE',
  POSTPONE = 'POSTPONE',
  REJECT = 'REJECT',
}
export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  RETURNED = 'RETURNED',
  FILED = 'FILED',
  STALE = 'STALE',
}
export enum OpinionMethod {
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
  VISIT = 'VISIT',
  SYMPOSIUM = 'SYMPOSIUM',
  HEARING = 'HEARING',
  EXPERT_CONSULTATION = 'EXPERT_CONSULTATION',
}
export enum RiskDimension {
  LEGALITY = 'LEGALITY',
  REASONABLENESS = 'REASONABLENESS',
  FEASIBILITY = 'FEASIBILITY',
  CONTROLLABILITY = 'CONTROLLABILITY',
  SAFETY = 'SAFETY',
}
export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
export enum ReviewVerdict {
  PASS = 'PASS',
  RETURN = 'RETURN',
}

registerEnumType(DecisionProcedure, {
  name: 'DecisionProcedure',
  description: 'How thoroughly a matter is assessed. 评估的程序。',
  valuesConfig: {
    FULL: {
      description:
        'Full procedure: public opinion collection and an expert consultation are required. 一般程序：须征集公众意见并开展专家论证。',
    },
    SIMPLIFIED: { description: 'Simplified procedure for matters of limited reach. 简易程序：适用于影响范围有限的事项。' },
  },
});
registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description:
    'DRAFT → ASSESSING → READY (a FILED assessment) → DECIDED. A plan change or a POSTPONE sends it back. 草拟 → 评估中 → 可决策（评估已备案）→ 已决策。方案变更或暂缓会使其退回。',
  valuesConfig: {
    DRAFT: {
      description: 'Drafted, or postponed for a revised plan; no assessment under way. 草拟中，或暂缓后待修改方案；没有进行中的评估。',
    },
    ASSESSING: {
      description: 'A risk assessment is under way (or must be redone after a plan change). 风险评估进行中（或方案变更后须重新评估）。',
    },
    READY: { description: 'The current assessment is FILED: the decision body may decide. 当前评估已备案：决策主体可以决策。' },
    DECIDED: { description: 'Approved or rejected: final. 已批准或不实施：不可更改。' },
  },
});
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What the decision body decided. 决策主体的决定。',
  valuesConfig: {
    APPROVE: {
      description: 'Implement the plan (not for HIGH risk; MEDIUM only with mitigations). 批准实施（高风险不可；中风险须有化解措施）。',
    },
    POSTPONE: { description: 'Postpone (暂缓): revise the plan and assess again. 暂缓：修改方案后重新评估。' },
    REJECT: { description: 'Do not implement (不实施). 不实施。' },
  },
});
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description:
    'DRAFT → IN_REVIEW → FILED; IN_REVIEW → RETURNED → DRAFT; FILED → STALE when the plan or category changes. 草拟 → 评审中 → 已备案；评审中 → 已退回 → 草拟；方案或类别变更时已备案 → 已失效。',
  valuesConfig: {
    DRAFT: { description: 'Being written by its authors. 撰写人正在撰写。' },
    IN_REVIEW: { description: 'Submitted for expert review. 已提交专家评审。' },
    RETURNED: { description: 'Returned by the reviewer; the next edit makes it a DRAFT again. 被评审专家退回；再次修改即回到草拟。' },
    FILED: { description: 'Reviewed, passed and filed (备案) with the commission. 已评审通过并报政法委备案。' },
    STALE: {
      description:
        'No longer describes the plan (changed or postponed); a new assessment is needed. 已不再对应现行方案（方案变更或暂缓）；须重新评估。',
    },
  },
});
registerEnumType(OpinionMethod, {
  name: 'OpinionMethod',
  description: 'How opinions were collected. 意见征集方式。',
  valuesConfig: {
    PUBLIC_NOTICE: { description: 'Public notice (公示). 公示。' },
    QUESTIONNAIRE: { description: 'Questionnaire. 问卷调查。' },
    VISIT: { description: 'Visits to those affected. 走访受影响群众。' },
    SYMPOSIUM: { description: 'Symposium (座谈会). 座谈会。' },
    HEARING: { description: 'Hearing (听证会). 听证会。' },
    EXPERT_CONSULTATION: { description: 'Expert consultation (专家论证). 专家论证。' },
  },
});
registerEnumType(RiskDimension, {
  name: 'RiskDimension',
  description: 'The five dimensions an assessment must address. 评估必须覆盖的五个维度。',
  valuesConfig: {
    LEGALITY: { description: '合法性. 合法性。' },
    REASONABLENESS: { description: '合理性. 合理性。' },
    FEASIBILITY: { description: '可行性. 可行性。' },
    CONTROLLABILITY: { description: '可控性. 可控性。' },
    SAFETY: { description: '安全性. 安全性。' },
  },
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description:
    'Risk level from likelihood × impact: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW. 由可能性 × 影响程度得出的风险等级：≥15 为高，8–14 为中，≤7 为低。',
  valuesConfig: {
    LOW: { description: '低: may be approved. 低风险：可以批准。' },
    MEDIUM: {
      description:
        '中: approved only with mitigations (owner unit and due date) on every MEDIUM or HIGH point. 中风险：每个中、高风险点都有明确责任单位和完成时限的化解措施后方可批准。',
    },
    HIGH: { description: '高: only REJECT or POSTPONE. 高风险：只能不实施或暂缓。' },
  },
});
registerEnumType(ReviewVerdict, {
  name: 'ReviewVerdict',
  description: 'An expert reviewer’s verdict. 评审专家的结论。',
  valuesConfig: {
    PASS: { description: 'The assessment may be filed. 通过：评估可以备案。' },
    RETURN: { description: 'Back to its authors. 退回撰写人修改。' },
  },
});
