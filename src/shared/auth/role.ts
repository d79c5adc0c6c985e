import { registerEnumType } from 'type-graphql';

/** docs/domain.md, “Roles and access”. A user holds one or more roles; writes check role and unit. */
export enum Role {
  ADMIN = 'ADMIN',
  COMMISSION_STAFF = 'COMMISSION_STAFF',
  UNIT_OFFICER = 'UNIT_OFFICER',
  ASSESSOR = 'ASSESSOR',
  EXPERT_REVIEWER = 'EXPERT_REVIEWER',
  DECISION_MAKER = 'DECISION_MAKER',
  COORDINATOR = 'COORDINATOR',
  INSPECTOR = 'INSPECTOR',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. 用户可以做什么。',
  valuesConfig: {
    ADMIN: { description: 'Administers units, users and reference data. 系统管理员：管理单位、用户和基础数据。' },
    COMMISSION_STAFF: {
      description:
        'Staff of the political-legal affairs commission: keep the ledger, accept deliverables, run inspections. 政法委工作人员：管理台账、验收成果、组织督察。',
    },
    UNIT_OFFICER: {
      description:
        'Officer of the unit the grant names: reports on and submits that unit’s tasks. 单位联络员：为授权所指单位报告并提交任务。',
    },
    ASSESSOR: {
      description:
        'Carries out social-stability risk assessments for the assessing unit the grant names. 评估人员：为授权所指的评估单位开展社会稳定风险评估。',
    },
    EXPERT_REVIEWER: { description: 'Reviews risk assessments they did not write. 评审专家：评审非本人撰写的风险评估。' },
    DECISION_MAKER: {
      description: 'Decides major matters for the decision body the grant names. 决策人：为授权所指的决策主体对重大事项作出决策。',
    },
    COORDINATOR: { description: 'Drives cross-department coordination issues to closure. 协调人：推动跨部门协调事项办结。' },
    INSPECTOR: { description: 'Member of a rotating inspection group. 督察人员：推磨式督察组成员。' },
    VIEWER: { description: 'Reads only. 只读用户：只能查看。' },
  },
});

/**
 * Roles held for a unit: an officer of *this* unit, an assessor of *this* assessing unit, a decision
 * maker of *this* decision body. A grant of one of these names its unit; every other role is held
 * province-wide and names none.
 */
export const UNIT_BOUND_ROLES: readonly Role[] = [Role.UNIT_OFFICER, Role.ASSESSOR, Role.DECISION_MAKER];

export function isUnitBound(role: Role): boolean {
  return UNIT_BOUND_ROLES.includes(role);
}
