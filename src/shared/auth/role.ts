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
      description: 'Officer of a unit: reports on and submits the tasks of their own unit. 单位联络员：报告并提交本单位的任务。',
    },
    ASSESSOR: { description: 'Carries out social-stability risk assessments. 评估人员：开展社会稳定风险评估。' },
    EXPERT_REVIEWER: { description: 'Reviews risk assessments they did not write. 评审专家：评审非本人撰写的风险评估。' },
    DECISION_MAKER: { description: 'Decides major matters for their decision body. 决策人：为本决策主体对重大事项作出决策。' },
    COORDINATOR: { description: 'Drives cross-department coordination issues to closure. 协调人：推动跨部门协调事项办结。' },
    INSPECTOR: { description: 'Member of a rotating inspection group. 督察人员：推磨式督察组成员。' },
    VIEWER: { description: 'Reads only. 只读用户：只能查看。' },
  },
});
