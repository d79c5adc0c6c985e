import {
  AddMitigationMeasureDocument,
  AddRiskPointDocument,
  CreateMajorDecisionDocument,
  DecisionCategoriesDocument,
  FileRiskAssessmentDocument,
  RecordNoSignificantRiskDocument,
  RecordOpinionCollectionDocument,
  ReviewRiskAssessmentDocument,
  StartRiskAssessmentDocument,
  SubmitRiskAssessmentDocument,
  type DecisionProcedure,
  type RiskDimension,
} from '../generated/graphql.js';
import type { TestApp } from './app.js';
import { unitId } from './ids.js';

// Builds major matters through the API, as the demo users would: `decider` of 哈尔滨市人民政府
// decides, `assessor` of 哈尔滨市委政法委 assesses, `reviewer` reviews, `staff` files.

export const DIMENSIONS: RiskDimension[] = ['LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY', 'SAFETY'];

export interface PointSpec {
  likelihood: number;
  impact: number;
  /** 'actionable': owner unit and due date; 'vague': neither; undefined: none. */
  mitigation?: 'actionable' | 'vague';
}

export interface MatterSpec {
  procedure?: DecisionProcedure;
  /** Points on LEGALITY; the other dimensions get "no significant risk" findings. */
  points?: PointSpec[];
  /** How far to take it. */
  until?: 'created' | 'assessing' | 'submitted' | 'reviewed' | 'filed';
}

export interface Matter {
  decisionId: string;
  assessmentId?: string;
  pointIds: string[];
}

const must = <T extends { userErrors: { code: string; message: string }[] }>(payload: T, what: string): T => {
  if (payload.userErrors.length) throw new Error(`${what}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
};

export async function matter(app: TestApp, spec: MatterSpec = {}): Promise<Matter> {
  const until = spec.until ?? 'filed';
  const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
  const created = await app.ok(
    CreateMajorDecisionDocument,
    {
      input: {
        title: `测试事项 ${Math.random().toString(36).slice(2, 8)}`,
        categoryId: decisionCategories!.nodes[2]!.id,
        planText: '在城区建设垃圾焚烧发电项目',
        decisionBodyId: await unitId(app, 'HRB-GOV'),
        assessingUnitId: await unitId(app, 'HRB-ZFW'),
        procedure: spec.procedure ?? 'FULL',
      },
    },
    { as: 'decider' },
  );
  const decisionId = must(created.createMajorDecision, 'create').majorDecision!.id;
  if (until === 'created') return { decisionId, pointIds: [] };

  const started = await app.ok(StartRiskAssessmentDocument, { input: { decisionId } }, { as: 'assessor' });
  const assessmentId = must(started.startRiskAssessment, 'start').riskAssessment!.id;
  const pointIds: string[] = [];
  const owner = await unitId(app, 'HRB-GAJ');
  for (const point of spec.points ?? []) {
    const added = await app.ok(
      AddRiskPointDocument,
      {
        input: {
          assessmentId,
          dimension: 'LEGALITY',
          description: `风险点 ${point.likelihood}×${point.impact}`,
          likelihood: point.likelihood,
          impact: point.impact,
          peopleAffected: 500,
        },
      },
      { as: 'assessor' },
    );
    const pointId = must(added.addRiskPoint, 'add point').riskPoint!.id;
    pointIds.push(pointId);
    if (point.mitigation) {
      const input =
        point.mitigation === 'actionable'
          ? { pointId, description: '建立信访接待专班', ownerUnitId: owner, dueDate: '2027-06-30' }
          : { pointId, description: '加强宣传' };
      must((await app.ok(AddMitigationMeasureDocument, { input }, { as: 'assessor' })).addMitigationMeasure, 'mitigate');
    }
  }
  const covered = (spec.points ?? []).length > 0 ? ['LEGALITY'] : [];
  for (const dimension of DIMENSIONS.filter((d) => !covered.includes(d))) {
    must(
      (
        await app.ok(
          RecordNoSignificantRiskDocument,
          { input: { assessmentId, dimension, reasoning: '经论证无明显风险' } },
          { as: 'assessor' },
        )
      ).recordNoSignificantRisk,
      'finding',
    );
  }
  if ((spec.procedure ?? 'FULL') === 'FULL') {
    for (const method of ['PUBLIC_NOTICE', 'EXPERT_CONSULTATION'] as const) {
      const input = { assessmentId, method, startedOn: '2026-01-05', endedOn: '2026-01-20', respondents: 120, summary: '征求意见情况' };
      must((await app.ok(RecordOpinionCollectionDocument, { input }, { as: 'assessor' })).recordOpinionCollection, 'opinions');
    }
  }
  if (until === 'assessing') return { decisionId, assessmentId, pointIds };
  must((await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId } }, { as: 'assessor' })).submitRiskAssessment, 'submit');
  if (until === 'submitted') return { decisionId, assessmentId, pointIds };
  must(
    (await app.ok(ReviewRiskAssessmentDocument, { input: { assessmentId, verdict: 'PASS', comments: '同意' } }, { as: 'reviewer' }))
      .reviewRiskAssessment,
    'review',
  );
  if (until === 'reviewed') return { decisionId, assessmentId, pointIds };
  must((await app.ok(FileRiskAssessmentDocument, { input: { assessmentId } }, { as: 'staff' })).fileRiskAssessment, 'file');
  return { decisionId, assessmentId, pointIds };
}
