import { DecisionCategory } from '../decision-category/index.js';
import type { User } from '../user/index.js';
import { DimensionFinding } from './dimension-finding.entity.js';
import { MajorDecision } from './major-decision.entity.js';
import { MitigationMeasure } from './mitigation-measure.entity.js';
import { OpinionCollection } from './opinion-collection.entity.js';
import { DecisionOutcome, DecisionProcedure, OpinionMethod, ReviewVerdict, RiskDimension } from './risk-assessment.enums.js';
import { RiskAssessment } from './risk-assessment.entity.js';
import { RiskPoint } from './risk-point.entity.js';
import { existing, lookup, must, type SeedRun } from '../../shared/db/seed-kit.js';

// Demo major matters (illustrative titles): one in each situation the rule distinguishes.

interface PointSeed {
  dimension: RiskDimension;
  description: string;
  likelihood: number;
  impact: number;
  peopleAffected: number;
  mitigation?: { description: string; owner: string; dueDate: string };
}

interface MatterSeed {
  title: string;
  category: string;
  plan: string;
  points: PointSeed[];
  /** How far it went. */
  stage: 'in-review' | 'ready' | 'stale' | 'approved' | 'postponed' | 'rejected';
  decidedOn?: string;
}

const MATTERS: MatterSeed[] = [
  {
    title: '（示例）城区生活垃圾焚烧发电项目选址',
    category: 'MAJOR_PROJECT',
    plan: '在城区东部建设日处理2000吨生活垃圾焚烧发电厂。',
    points: [
      {
        dimension: RiskDimension.SAFETY,
        description: '周边居民担心二噁英排放，存在群体聚集风险',
        likelihood: 4,
        impact: 5,
        peopleAffected: 12000,
      },
    ],
    stage: 'postponed',
    decidedOn: '2021-03-15',
  },
  {
    title: '（示例）农垦法院检察院退休人员养老保险关系转移',
    category: 'SOCIAL_SECURITY_EMPLOYMENT',
    plan: '将599名退休人员养老保险关系由北大荒集团转入地方社保体系，资金同步划转。',
    points: [
      {
        dimension: RiskDimension.FEASIBILITY,
        description: '资金划转不及时可能导致待遇发放中断',
        likelihood: 3,
        impact: 4,
        peopleAffected: 599,
        mitigation: { description: '建立资金划转周报告制度，财政兜底垫付', owner: 'HLJ-CZT', dueDate: '2021-06-30' },
      },
      { dimension: RiskDimension.LEGALITY, description: '转移程序需符合社会保险法规定', likelihood: 1, impact: 3, peopleAffected: 599 },
    ],
    stage: 'approved',
    decidedOn: '2021-05-27',
  },
  {
    title: '（示例）城市公交线路优化调整',
    category: 'PUBLIC_SERVICE_REFORM',
    plan: '调整12条公交线路，新增3条社区微循环线路。',
    points: [
      {
        dimension: RiskDimension.REASONABLENESS,
        description: '部分站点撤并影响老年人出行',
        likelihood: 2,
        impact: 3,
        peopleAffected: 3000,
      },
    ],
    stage: 'approved',
    decidedOn: '2021-09-01',
  },
  {
    title: '（示例）老旧小区供热价格调整',
    category: 'PRICING',
    plan: '居民供热价格每平方米上调0.8元，低保户减免。',
    points: [{ dimension: RiskDimension.REASONABLENESS, description: '价格上调引发信访', likelihood: 3, impact: 3, peopleAffected: 40000 }],
    stage: 'in-review',
  },
  {
    title: '（示例）棚户区改造房屋征收补偿方案',
    category: 'LAND_EXPROPRIATION',
    plan: '对棚户区386户实施征收，货币补偿与产权调换相结合。',
    points: [{ dimension: RiskDimension.LEGALITY, description: '补偿标准争议', likelihood: 2, impact: 4, peopleAffected: 386 }],
    stage: 'stale',
  },
  {
    title: '（示例）市属国有企业混合所有制改革',
    category: 'ENTERPRISE_RESTRUCTURING',
    plan: '引入战略投资者，职工安置方案另行制定。',
    points: [{ dimension: RiskDimension.CONTROLLABILITY, description: '职工安置不到位', likelihood: 2, impact: 2, peopleAffected: 800 }],
    stage: 'ready',
  },
  {
    title: '（示例）湿地保护区内旅游开发项目',
    category: 'ENVIRONMENT_RESOURCES',
    plan: '在湿地核心区建设游客中心。',
    points: [{ dimension: RiskDimension.LEGALITY, description: '违反自然保护区条例', likelihood: 5, impact: 4, peopleAffected: 200 }],
    stage: 'rejected',
    decidedOn: '2021-07-12',
  },
];

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

export async function seedMajorDecisions(run: SeedRun): Promise<void> {
  const { adds } = run;
  const units = lookup(run, 'units');
  const users = lookup(run, 'users');
  const em = adds.tx.em;
  const present = await existing(em, MajorDecision, (d) => d.title);
  const categories = await existing(em, DecisionCategory, (c) => c.code);
  const [assessor, reviewer, staff, decider] = ['assessor', 'reviewer', 'staff', 'decider'].map((u) => must(users, u)) as [
    User,
    User,
    User,
    User,
  ];
  for (const seed of MATTERS) {
    if (present.has(seed.title)) continue;
    const decision = new MajorDecision({
      title: seed.title,
      category: must(categories, seed.category),
      planText: seed.plan,
      decisionBody: must(units, 'HRB-GOV'),
      assessingUnit: must(units, 'HRB-ZFW'),
      procedure: DecisionProcedure.FULL,
    });
    const assessment = new RiskAssessment(decision, assessor);
    decision.beginAssessment(assessment);
    adds.add(decision, 'MajorDecision', { title: seed.title, category: seed.category }, 'majorDecisions');
    adds.add(assessment, 'RiskAssessment', { decision: seed.title }, 'riskAssessments');
    for (const p of seed.points) {
      const point = new RiskPoint(assessment, p);
      assessment.points.add(point);
      em.persist(point);
      if (p.mitigation) {
        const measure = new MitigationMeasure({
          point,
          description: p.mitigation.description,
          ownerUnit: must(units, p.mitigation.owner),
          dueDate: p.mitigation.dueDate,
        });
        point.mitigations.add(measure);
        em.persist(measure);
      }
    }
    const covered = new Set(seed.points.map((p) => p.dimension));
    for (const dimension of Object.values(RiskDimension).filter((d) => !covered.has(d))) {
      const finding = new DimensionFinding(assessment, dimension, '经调查论证，无明显风险。');
      assessment.findings.add(finding);
      em.persist(finding);
    }
    for (const method of [OpinionMethod.PUBLIC_NOTICE, OpinionMethod.EXPERT_CONSULTATION]) {
      const collection = new OpinionCollection({
        assessment,
        method,
        startedOn: '2021-01-04',
        endedOn: '2021-01-22',
        respondents: 150,
        summary: '（示例）意见征集情况汇总。',
      });
      assessment.opinionCollections.add(collection);
      em.persist(collection);
    }
    assessment.submit(decision.procedure, assessor, at('2021-02-01'));
    if (seed.stage !== 'in-review') {
      assessment.review(reviewer, ReviewVerdict.PASS, '评估充分，同意备案。', at('2021-02-10'));
      assessment.file(staff, at('2021-02-20'));
      decision.assessmentFiled();
    }
    if (seed.stage === 'stale') decision.revisePlan(`${seed.plan}（修订：提高补偿标准）`, decision.category);
    if (seed.decidedOn) {
      const outcome =
        seed.stage === 'approved' ? DecisionOutcome.APPROVE : seed.stage === 'rejected' ? DecisionOutcome.REJECT : DecisionOutcome.POSTPONE;
      em.persist(decision.decide(outcome, '（示例）经政府常务会议集体讨论决定。', decider, at(seed.decidedOn), seed.decidedOn));
    }
  }
  await adds.flush();
}
