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
  description: 'How thoroughly a matter is assessed.',
  valuesConfig: {
    FULL: { description: 'Full procedure: public opinion collection and an expert consultation are required.' },
    SIMPLIFIED: { description: 'Simplified procedure for matters of limited reach.' },
  },
});
registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: 'DRAFT → ASSESSING → READY (a FILED assessment) → DECIDED. A plan change or a POSTPONE sends it back.',
  valuesConfig: {
    DRAFT: { description: 'Drafted, or postponed for a revised plan; no assessment under way.' },
    ASSESSING: { description: 'A risk assessment is under way (or must be redone after a plan change).' },
    READY: { description: 'The current assessment is FILED: the decision body may decide.' },
    DECIDED: { description: 'Approved or rejected: final.' },
  },
});
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What the decision body decided.',
  valuesConfig: {
    APPROVE: { description: 'Implement the plan (not for HIGH risk; MEDIUM only with mitigations).' },
    POSTPONE: { description: 'Postpone (暂缓): revise the plan and assess again.' },
    REJECT: { description: 'Do not implement (不实施).' },
  },
});
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'DRAFT → IN_REVIEW → FILED; IN_REVIEW → RETURNED → DRAFT; FILED → STALE when the plan or category changes.',
  valuesConfig: {
    DRAFT: { description: 'Being written by its authors.' },
    IN_REVIEW: { description: 'Submitted for expert review.' },
    RETURNED: { description: 'Returned by the reviewer; the next edit makes it a DRAFT again.' },
    FILED: { description: 'Reviewed, passed and filed (备案) with the commission.' },
    STALE: { description: 'No longer describes the plan (changed or postponed); a new assessment is needed.' },
  },
});
registerEnumType(OpinionMethod, {
  name: 'OpinionMethod',
  description: 'How opinions were collected.',
  valuesConfig: {
    PUBLIC_NOTICE: { description: 'Public notice (公示).' },
    QUESTIONNAIRE: { description: 'Questionnaire.' },
    VISIT: { description: 'Visits to those affected.' },
    SYMPOSIUM: { description: 'Symposium (座谈会).' },
    HEARING: { description: 'Hearing (听证会).' },
    EXPERT_CONSULTATION: { description: 'Expert consultation (专家论证).' },
  },
});
registerEnumType(RiskDimension, {
  name: 'RiskDimension',
  description: 'The five dimensions an assessment must address.',
  valuesConfig: {
    LEGALITY: { description: '合法性.' },
    REASONABLENESS: { description: '合理性.' },
    FEASIBILITY: { description: '可行性.' },
    CONTROLLABILITY: { description: '可控性.' },
    SAFETY: { description: '安全性.' },
  },
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'Risk level from likelihood × impact: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW.',
  valuesConfig: {
    LOW: { description: '低: may be approved.' },
    MEDIUM: { description: '中: approved only with mitigations (owner unit and due date) on every MEDIUM or HIGH point.' },
    HIGH: { description: '高: only REJECT or POSTPONE.' },
  },
});
registerEnumType(ReviewVerdict, {
  name: 'ReviewVerdict',
  description: 'An expert reviewer’s verdict.',
  valuesConfig: {
    PASS: { description: 'The assessment may be filed.' },
    RETURN: { description: 'Back to its authors.' },
  },
});
