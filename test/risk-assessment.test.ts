import { parse } from 'graphql';
import pg from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddRiskPointDocument,
  AssessmentNodeDocument,
  AssessmentNodesDocument,
  DecideMajorDecisionDocument,
  DecisionCategoriesDocument,
  FileRiskAssessmentDocument,
  MajorDecisionDocument,
  MajorDecisionsDocument,
  RecordFollowUpReviewDocument,
  RemoveRiskPointDocument,
  ReviewRiskAssessmentDocument,
  RiskMatrixDocument,
  StartRiskAssessmentDocument,
  SubmitRiskAssessmentDocument,
  UpdateMajorDecisionPlanDocument,
  UpdateRiskPointDocument,
  RecordNoSignificantRiskDocument,
  RecordOpinionCollectionDocument,
  CreateMajorDecisionDocument,
  DecisionRecordsDocument,
  RiskRecordIdsDocument,
  RiskRecordNodeDocument,
  type RiskRecordIdsQuery,
  type MajorDecisionFilter,
  type DecisionOutcome,
  type MajorDecisionQuery,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { matter } from './support/matters.js';
import { keyOfId, unitId } from './support/ids.js';
import { addUser } from './support/users.js';
import { untilBlockedBy } from './support/until.js';
import { Role } from '../src/shared/auth/role.js';
import { todayIn } from '../src/shared/time.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

type Decision = Extract<NonNullable<MajorDecisionQuery['node']>, { status: unknown }>;

async function view(decisionId: string, as = 'decider'): Promise<Decision> {
  const { node } = await app.ok(MajorDecisionDocument, { id: decisionId }, { as });
  return node as Decision;
}

const RATIONALE = '经集体讨论决定';
/** The plan text `matter()` records. */
const PLAN = '在城区建设垃圾焚烧发电项目';

const decide = (decisionId: string, outcome: DecisionOutcome, as = 'decider') =>
  app.gql(DecideMajorDecisionDocument, { input: { decisionId, outcome, rationale: RATIONALE } }, { as });

/** The user errors of a decision by `decider`; a top-level error (FORBIDDEN, …) fails the test. */
const decisionCodes = async (decisionId: string, outcome: DecisionOutcome) => {
  const response = await decide(decisionId, outcome);
  expect(response.errors, 'top-level errors').toBeUndefined();
  return response.data!.decideMajorDecision.userErrors.map((e) => e.code);
};

/** Today as the server's clock has it, in the province. */
const today = () => todayIn(app.config.timeZone, app.clock.now());
const plusDays = (days: number, from = today()) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Approves as `decider` and checks that it went through: decided, with the follow-up due `followUpDays` from today. */
async function approve(decisionId: string, level: 'LOW' | 'MEDIUM', followUpDays: number) {
  const response = await decide(decisionId, 'APPROVE');
  expect(response.errors, 'top-level errors').toBeUndefined();
  expect(response.data?.decideMajorDecision).toMatchObject({
    userErrors: [],
    majorDecision: { status: 'DECIDED', outcome: 'APPROVE', nextFollowUpDue: plusDays(followUpDays) },
  });
  expect((await view(decisionId)).decisions).toEqual([{ outcome: 'APPROVE', level, rationale: RATIONALE }]);
}

/** A refused decision writes nothing: no record, no audit entry, status unchanged. */
async function expectRefused(decisionId: string, outcome: DecisionOutcome, code: string) {
  const before = await view(decisionId);
  const audits = await auditCount(app);
  expect(await decisionCodes(decisionId, outcome)).toEqual([code]);
  const after = await view(decisionId);
  expect(after.status).toBe(before.status);
  expect(after.decisions).toEqual(before.decisions);
  expect(await auditCount(app)).toBe(audits);
  // The readiness a frontend reads refuses for the same reason.
  if (outcome === 'APPROVE') expect(after.readiness?.blockingReasons.map((r) => r.code)).toEqual([code]);
  expect(after.readiness?.allowedOutcomes).not.toContain(outcome);
}

describe('demo data', () => {
  it('has matters in every status: a HIGH one postponed, a MEDIUM one approved with mitigations, a LOW one approved, one in review, one STALE', async () => {
    const { majorDecisions } = await app.ok(MajorDecisionsDocument, { first: 100 }, { as: 'staff' });
    const byTitle = (text: string) => majorDecisions!.nodes.find((d) => d.title.includes(text))!;
    expect(new Set(majorDecisions!.nodes.map((d) => d.status))).toEqual(new Set(['DRAFT', 'ASSESSING', 'READY', 'DECIDED']));
    expect(new Set(majorDecisions!.nodes.map((d) => d.category.code)).size).toBeGreaterThanOrEqual(5);
    const high = await view(byTitle('垃圾焚烧').id);
    expect(high).toMatchObject({ status: 'DRAFT', outcome: 'POSTPONE', currentAssessment: { status: 'STALE', level: 'HIGH' } });
    const medium = await view(byTitle('养老保险').id);
    expect(medium).toMatchObject({ status: 'DECIDED', outcome: 'APPROVE', currentAssessment: { level: 'MEDIUM' } });
    expect(medium.currentAssessment?.points.some((p) => p.level === 'MEDIUM' && p.mitigations.some((m) => m.isActionable))).toBe(true);
    expect(await view(byTitle('公交').id)).toMatchObject({ status: 'DECIDED', outcome: 'APPROVE', currentAssessment: { level: 'LOW' } });
    expect(await view(byTitle('供热').id)).toMatchObject({ status: 'ASSESSING', currentAssessment: { status: 'IN_REVIEW' } });
    expect(await view(byTitle('棚户区').id)).toMatchObject({ status: 'ASSESSING', currentAssessment: { status: 'STALE' } });
    const due = await app.ok(MajorDecisionsDocument, { first: 100, filter: { followUpDue: true } });
    expect(due.majorDecisions!.nodes.map((d) => d.title).sort()).toEqual([byTitle('养老保险').title, byTitle('公交').title].sort());
  });
});

describe('the risk matrix', () => {
  it('grades likelihood × impact: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW', async () => {
    const { riskMatrix } = await app.ok(RiskMatrixDocument, {});
    expect(riskMatrix.cells).toHaveLength(25);
    for (const cell of riskMatrix.cells) {
      expect(cell.score).toBe(cell.likelihood * cell.impact);
      expect(cell.level).toBe(cell.score >= 15 ? 'HIGH' : cell.score >= 8 ? 'MEDIUM' : 'LOW');
    }
    expect([riskMatrix.highFrom, riskMatrix.mediumFrom]).toEqual([15, 8]);
  });
});

describe('the happy path for each level', () => {
  it('LOW: filed, approved, follow-up due in 180 days', async () => {
    const { decisionId } = await matter(app, { points: [{ likelihood: 2, impact: 3 }] });
    const ready = await view(decisionId);
    expect(ready).toMatchObject({ status: 'READY', currentAssessment: { status: 'FILED', level: 'LOW' } });
    expect(ready.readiness).toEqual({
      canApprove: true,
      allowedOutcomes: ['APPROVE', 'POSTPONE', 'REJECT'],
      viewerMayDecide: true,
      blockingReasons: [],
    });
    const { data } = await decide(decisionId, 'APPROVE');
    expect(data?.decideMajorDecision.majorDecision).toMatchObject({
      status: 'DECIDED',
      outcome: 'APPROVE',
      nextFollowUpDue: plusDays(180),
    });
    expect((await view(decisionId)).decisions).toEqual([{ outcome: 'APPROVE', level: 'LOW', rationale: '经集体讨论决定' }]);
  });

  it('LOW without any risk point (every dimension found without significant risk) may be approved', async () => {
    const { decisionId } = await matter(app, { procedure: 'SIMPLIFIED' });
    expect((await view(decisionId)).currentAssessment?.level).toBe('LOW');
    expect(await decisionCodes(decisionId, 'APPROVE')).toEqual([]);
    expect(await view(decisionId)).toMatchObject({
      status: 'DECIDED',
      outcome: 'APPROVE',
      nextFollowUpDue: plusDays(180),
      decisions: [{ outcome: 'APPROVE', level: 'LOW', rationale: RATIONALE }],
    });
  });

  it('MEDIUM with actionable mitigations: approved, follow-up due in 90 days', async () => {
    const { decisionId } = await matter(app, {
      points: [
        { likelihood: 3, impact: 3, mitigation: 'actionable' },
        { likelihood: 1, impact: 2 },
      ],
    });
    expect((await view(decisionId)).readiness?.canApprove).toBe(true);
    const { data } = await decide(decisionId, 'APPROVE');
    expect(data?.decideMajorDecision.majorDecision).toMatchObject({ status: 'DECIDED', nextFollowUpDue: plusDays(90) });
  });

  it('HIGH: refused approval (RISK_TOO_HIGH), postponed, reassessed and rejected', async () => {
    const { decisionId } = await matter(app, { points: [{ likelihood: 4, impact: 4, mitigation: 'actionable' }] });
    await expectRefused(decisionId, 'APPROVE', 'RISK_TOO_HIGH');
    expect((await view(decisionId)).readiness?.allowedOutcomes).toEqual(['POSTPONE', 'REJECT']);
    const postponed = await decide(decisionId, 'POSTPONE');
    expect(postponed.data?.decideMajorDecision.majorDecision).toMatchObject({ status: 'DRAFT', outcome: 'POSTPONE' });
    const after = await view(decisionId);
    expect(after.currentAssessment?.status).toBe('STALE');
    await expectRefused(decisionId, 'REJECT', 'ASSESSMENT_REQUIRED');
    // A revised plan and a new assessment.
    await app.ok(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '改址建设，扩大防护距离' } }, { as: 'decider' });
    const second = await app.ok(StartRiskAssessmentDocument, { input: { decisionId } }, { as: 'assessor' });
    expect(second.startRiskAssessment.userErrors).toEqual([]);
    expect((await view(decisionId)).assessments.map((a) => a.status)).toEqual(['STALE', 'DRAFT']);
    // The reassessment still finds HIGH risk: the matter is rejected.
    const assessmentId = second.startRiskAssessment.riskAssessment!.id;
    await app.ok(
      AddRiskPointDocument,
      { input: { assessmentId, dimension: 'SAFETY', description: '仍有排放风险', likelihood: 3, impact: 5, peopleAffected: 8000 } },
      { as: 'assessor' },
    );
    for (const dimension of ['LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY'] as const) {
      await app.ok(RecordNoSignificantRiskDocument, { input: { assessmentId, dimension, reasoning: '无' } }, { as: 'assessor' });
    }
    for (const method of ['HEARING', 'EXPERT_CONSULTATION'] as const) {
      await app.ok(
        RecordOpinionCollectionDocument,
        { input: { assessmentId, method, startedOn: '2026-02-01', endedOn: '2026-02-02', respondents: 30, summary: '听证' } },
        { as: 'assessor' },
      );
    }
    await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId } }, { as: 'assessor' });
    await app.ok(ReviewRiskAssessmentDocument, { input: { assessmentId, verdict: 'PASS' } }, { as: 'reviewer' });
    await app.ok(FileRiskAssessmentDocument, { input: { assessmentId } }, { as: 'staff' });
    await expectRefused(decisionId, 'APPROVE', 'RISK_TOO_HIGH');
    const rejected = await decide(decisionId, 'REJECT');
    expect(rejected.data?.decideMajorDecision.majorDecision).toMatchObject({ status: 'DECIDED', outcome: 'REJECT', nextFollowUpDue: null });
    expect((await view(decisionId)).decisions.map((d) => d.outcome)).toEqual(['POSTPONE', 'REJECT']);
  });
});

describe('the assess-before-decide rule', () => {
  it('refuses a decision without a FILED assessment: ASSESSMENT_REQUIRED at every earlier stage', async () => {
    for (const until of ['created', 'assessing', 'submitted', 'reviewed'] as const) {
      const { decisionId } = await matter(app, { until, points: [{ likelihood: 1, impact: 1 }] });
      for (const outcome of ['APPROVE', 'REJECT', 'POSTPONE'] as const) await expectRefused(decisionId, outcome, 'ASSESSMENT_REQUIRED');
    }
  });

  it('refuses MEDIUM approval while a MEDIUM or HIGH point lacks an owned, dated mitigation', async () => {
    const { decisionId } = await matter(app, {
      points: [
        { likelihood: 3, impact: 3, mitigation: 'vague' },
        { likelihood: 2, impact: 4, mitigation: 'actionable' },
      ],
    });
    await expectRefused(decisionId, 'APPROVE', 'MITIGATION_REQUIRED');
    expect((await view(decisionId)).readiness?.blockingReasons[0]?.message).toContain('风险点 3×3');
    expect(await decisionCodes(decisionId, 'REJECT')).toEqual([]);
    expect(await view(decisionId)).toMatchObject({
      status: 'DECIDED',
      outcome: 'REJECT',
      decisions: [{ outcome: 'REJECT', level: 'MEDIUM' }],
    });
  });

  it('makes a decided matter final: DECISION_FINAL for any further decision or plan change', async () => {
    const { decisionId } = await matter(app);
    expect(await decisionCodes(decisionId, 'REJECT')).toEqual([]);
    expect(await view(decisionId)).toMatchObject({ status: 'DECIDED', outcome: 'REJECT' });
    for (const outcome of ['APPROVE', 'REJECT', 'POSTPONE'] as const) await expectRefused(decisionId, outcome, 'DECISION_FINAL');
    const change = await app.ok(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '新方案' } }, { as: 'decider' });
    expect(change.updateMajorDecisionPlan.userErrors.map((e) => e.code)).toEqual(['DECISION_FINAL']);
  });

  it('turns a FILED assessment STALE when the plan or category changes, and sends the matter back to ASSESSING', async () => {
    const { decisionId } = await matter(app);
    await app.ok(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '修改后的方案' } }, { as: 'decider' });
    expect(await view(decisionId)).toMatchObject({ status: 'ASSESSING', currentAssessment: { status: 'STALE' } });
    await expectRefused(decisionId, 'APPROVE', 'ASSESSMENT_REQUIRED');

    const other = await matter(app);
    const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
    await app.ok(
      UpdateMajorDecisionPlanDocument,
      { input: { decisionId: other.decisionId, categoryId: decisionCategories!.nodes[5]!.id } },
      { as: 'decider' },
    );
    expect(await view(other.decisionId)).toMatchObject({ status: 'ASSESSING', category: { code: decisionCategories!.nodes[5]!.code } });
  });
});

describe('the assessment', () => {
  it('cannot be submitted incomplete: ASSESSMENT_INCOMPLETE names each missing dimension and FULL requirement', async () => {
    const { decisionId } = await matter(app, { until: 'created' });
    const { startRiskAssessment } = await app.ok(StartRiskAssessmentDocument, { input: { decisionId } }, { as: 'assessor' });
    const assessmentId = startRiskAssessment.riskAssessment!.id;
    await app.ok(
      AddRiskPointDocument,
      { input: { assessmentId, dimension: 'SAFETY', description: '施工安全', likelihood: 2, impact: 2, peopleAffected: 10 } },
      { as: 'assessor' },
    );
    const { submitRiskAssessment } = await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId } }, { as: 'assessor' });
    expect(submitRiskAssessment.userErrors.map((e) => e.code)).toEqual(['ASSESSMENT_INCOMPLETE']);
    const message = submitRiskAssessment.userErrors[0]!.message;
    for (const missing of ['LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY', 'public opinion', 'expert consultation'])
      expect(message).toContain(missing);
    expect(message).not.toContain('SAFETY');
  });

  it('asks the FULL procedure for both a public opinion collection and an expert consultation, the SIMPLIFIED for neither', async () => {
    const cases = [
      { methods: ['PUBLIC_NOTICE'] as const, missing: 'expert consultation' },
      { methods: ['EXPERT_CONSULTATION'] as const, missing: 'public opinion' },
    ];
    for (const { methods, missing } of cases) {
      const { decisionId } = await matter(app, { until: 'created', procedure: 'FULL' });
      const { startRiskAssessment } = await app.ok(StartRiskAssessmentDocument, { input: { decisionId } }, { as: 'assessor' });
      const assessmentId = startRiskAssessment.riskAssessment!.id;
      for (const dimension of ['LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY', 'SAFETY'] as const) {
        await app.ok(RecordNoSignificantRiskDocument, { input: { assessmentId, dimension, reasoning: '无' } }, { as: 'assessor' });
      }
      for (const method of methods) {
        const input = { assessmentId, method, startedOn: '2026-01-01', endedOn: '2026-01-02', respondents: 5, summary: '意见' };
        await app.ok(RecordOpinionCollectionDocument, { input }, { as: 'assessor' });
      }
      const { submitRiskAssessment } = await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId } }, { as: 'assessor' });
      expect(submitRiskAssessment.userErrors.map((e) => e.code)).toEqual(['ASSESSMENT_INCOMPLETE']);
      expect(submitRiskAssessment.userErrors[0]!.message).toContain(missing);
    }
    // SIMPLIFIED: every dimension addressed is enough (the builder records no opinions for it).
    const simplified = await matter(app, { procedure: 'SIMPLIFIED', until: 'submitted' });
    expect((await view(simplified.decisionId)).currentAssessment?.status).toBe('IN_REVIEW');
  });

  it('computes its level from its points as they change, never typed in', async () => {
    const { assessmentId, pointIds } = await matter(app, { until: 'assessing', points: [{ likelihood: 1, impact: 2 }] });
    const changed = await app.ok(
      UpdateRiskPointDocument,
      { input: { pointId: pointIds[0]!, dimension: 'LEGALITY', description: '升级', likelihood: 5, impact: 3, peopleAffected: 1 } },
      { as: 'assessor' },
    );
    expect(changed.updateRiskPoint.riskAssessment?.level).toBe('HIGH');
    const removed = await app.ok(RemoveRiskPointDocument, { input: { pointId: pointIds[0]! } }, { as: 'assessor' });
    expect(removed.removeRiskPoint.riskAssessment).toMatchObject({ id: assessmentId, level: 'LOW' });
    const gone = await app.ok(
      UpdateRiskPointDocument,
      { input: { pointId: pointIds[0]!, dimension: 'LEGALITY', description: 'x', likelihood: 2, impact: 1, peopleAffected: 0 } },
      { as: 'assessor' },
    );
    expect(gone.updateRiskPoint.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const added = await app.ok(
      AddRiskPointDocument,
      { input: { assessmentId: assessmentId!, dimension: 'SAFETY', description: '新风险', likelihood: 2, impact: 2, peopleAffected: 0 } },
      { as: 'assessor' },
    );
    for (const [likelihood, impact] of [
      [6, 1],
      [0, 3],
      [3, 9],
    ]) {
      const bad = await app.ok(
        UpdateRiskPointDocument,
        {
          input: {
            pointId: added.addRiskPoint.riskPoint!.id,
            dimension: 'SAFETY',
            description: '越界',
            likelihood: likelihood!,
            impact: impact!,
            peopleAffected: 0,
          },
        },
        { as: 'assessor' },
      );
      expect(bad.updateRiskPoint.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    }
  });

  it('is reviewed by someone who wrote none of it (REVIEWER_CONFLICT), and only a passed review is filed', async () => {
    await addUser(app, 'dual', 'HRB-ZFW', [Role.ASSESSOR, Role.EXPERT_REVIEWER]);
    const { assessmentId } = await matter(app, { until: 'assessing' });
    // `dual` edits the draft, so becomes an author.
    await app.ok(
      AddRiskPointDocument,
      { input: { assessmentId: assessmentId!, dimension: 'SAFETY', description: '交通', likelihood: 1, impact: 1, peopleAffected: 0 } },
      { as: 'dual' },
    );
    await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'assessor' });
    const conflict = await app.ok(
      ReviewRiskAssessmentDocument,
      { input: { assessmentId: assessmentId!, verdict: 'PASS' } },
      { as: 'dual' },
    );
    expect(conflict.reviewRiskAssessment.userErrors.map((e) => e.code)).toEqual(['REVIEWER_CONFLICT']);

    const unreviewed = await app.ok(FileRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'staff' });
    expect(unreviewed.fileRiskAssessment.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const returned = await app.ok(
      ReviewRiskAssessmentDocument,
      { input: { assessmentId: assessmentId!, verdict: 'RETURN', comments: '补充论证' } },
      { as: 'reviewer' },
    );
    expect(returned.reviewRiskAssessment.riskAssessment).toMatchObject({ status: 'RETURNED', verdict: 'RETURN' });
    const filedReturned = await app.ok(FileRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'staff' });
    expect(filedReturned.fileRiskAssessment.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    // The next edit makes it a draft again; it can then be resubmitted, passed and filed.
    const edited = await app.ok(
      AddRiskPointDocument,
      {
        input: { assessmentId: assessmentId!, dimension: 'FEASIBILITY', description: '资金', likelihood: 1, impact: 3, peopleAffected: 0 },
      },
      { as: 'assessor' },
    );
    expect(edited.addRiskPoint.riskAssessment?.status).toBe('DRAFT');
    await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'assessor' });
    await app.ok(ReviewRiskAssessmentDocument, { input: { assessmentId: assessmentId!, verdict: 'PASS' } }, { as: 'reviewer' });
    const filed = await app.ok(FileRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'staff' });
    expect(filed.fileRiskAssessment.riskAssessment?.status).toBe('FILED');
  });

  it('cannot be edited once submitted', async () => {
    const { assessmentId } = await matter(app, { until: 'submitted' });
    const late = await app.ok(
      AddRiskPointDocument,
      { input: { assessmentId: assessmentId!, dimension: 'SAFETY', description: '迟到', likelihood: 1, impact: 1, peopleAffected: 0 } },
      { as: 'assessor' },
    );
    expect(late.addRiskPoint.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  });
});

describe('who may do what', () => {
  it('lets only the decision body’s decision makers decide', async () => {
    await addUser(app, 'other-decider', 'HLJ-CZT', [Role.DECISION_MAKER]);
    const { decisionId } = await matter(app);
    const audits = await auditCount(app);
    for (const as of ['staff', 'assessor', 'reviewer', 'officer', 'admin', 'other-decider'])
      expect(errorCodes(await decide(decisionId, 'APPROVE', as))).toEqual(['FORBIDDEN']);
    expect(await auditCount(app)).toBe(audits);
    expect((await view(decisionId)).status).toBe('READY');
    expect((await view(decisionId, 'other-decider')).readiness).toBeNull();
  });

  it('lets assessors of the assessing unit write, reviewers review and staff file', async () => {
    await addUser(app, 'far-assessor', 'QQHR-ZFW', [Role.ASSESSOR]);
    const { decisionId } = await matter(app, { until: 'created' });
    for (const as of ['far-assessor', 'staff', 'decider']) {
      expect(errorCodes(await app.gql(StartRiskAssessmentDocument, { input: { decisionId } }, { as }))).toEqual(['FORBIDDEN']);
    }
    const drafting = await matter(app, { until: 'assessing' });
    const audits = await auditCount(app);
    const point = {
      assessmentId: drafting.assessmentId!,
      dimension: 'SAFETY' as const,
      description: '越权',
      likelihood: 1,
      impact: 1,
      peopleAffected: 0,
    };
    expect(errorCodes(await app.gql(AddRiskPointDocument, { input: point }, { as: 'staff' }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await app.gql(SubmitRiskAssessmentDocument, { input: { assessmentId: drafting.assessmentId! } }, { as: 'staff' })),
    ).toEqual(['FORBIDDEN']);
    // A draft is hidden from another unit's assessor and from reviewers: to them it does not exist.
    const notFound = [{ code: 'NOT_FOUND', message: 'Nothing you may see has this ID.', field: ['input', 'assessmentId'] }];
    for (const as of ['far-assessor', 'reviewer']) {
      expect((await app.ok(AddRiskPointDocument, { input: point }, { as })).addRiskPoint.userErrors).toEqual(notFound);
      const submit = { input: { assessmentId: drafting.assessmentId! } };
      expect((await app.ok(SubmitRiskAssessmentDocument, submit, { as })).submitRiskAssessment.userErrors).toEqual(notFound);
    }
    expect(await auditCount(app)).toBe(audits);
    const { assessmentId } = await matter(app, { until: 'submitted' });
    for (const as of ['assessor', 'staff', 'decider']) {
      expect(
        errorCodes(await app.gql(ReviewRiskAssessmentDocument, { input: { assessmentId: assessmentId!, verdict: 'PASS' } }, { as })),
      ).toEqual(['FORBIDDEN']);
    }
    await app.ok(ReviewRiskAssessmentDocument, { input: { assessmentId: assessmentId!, verdict: 'PASS' } }, { as: 'reviewer' });
    for (const as of ['assessor', 'reviewer', 'decider'])
      expect(errorCodes(await app.gql(FileRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as }))).toEqual([
        'FORBIDDEN',
      ]);
  });
});

describe('who may record and change matters', () => {
  it('refuses anyone but the decision body’s decision makers and commission staff, writing nothing', async () => {
    const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
    const { decisionId } = await matter(app);
    const audits = await auditCount(app);
    const input = {
      title: '越权事项',
      categoryId: decisionCategories!.nodes[0]!.id,
      planText: '方案',
      decisionBodyId: await unitId(app, 'HRB-GOV'),
      assessingUnitId: await unitId(app, 'HRB-ZFW'),
      procedure: 'FULL' as const,
    };
    for (const as of ['assessor', 'reviewer', 'officer', 'viewer']) {
      expect(errorCodes(await app.gql(CreateMajorDecisionDocument, { input }, { as }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await app.gql(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '越权修改' } }, { as }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(await auditCount(app)).toBe(audits);
    await approve(decisionId, 'LOW', 180);
    for (const as of ['assessor', 'officer']) {
      expect(
        errorCodes(await app.gql(RecordFollowUpReviewDocument, { input: { decisionId, reviewedOn: today(), findings: '越权' } }, { as })),
      ).toEqual(['FORBIDDEN']);
    }
  });
});

describe('majorDecisions filters', () => {
  it('return exactly the matters SQL finds by category, status, units, level and text', async () => {
    const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
    const ids = async (filter: MajorDecisionFilter) =>
      (await app.ok(MajorDecisionsDocument, { first: 100, filter })).majorDecisions!.nodes.map((d) => keyOfId(d.id)).sort();
    const rows = async (query: string, params: unknown[] = []) => (await sql<{ id: string }>(query, params)).map((r) => r.id).sort();
    const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
    const category = decisionCategories!.nodes[2]!;
    expect(await ids({ category: { eq: category.id } })).toEqual(
      await rows('select id from major_decision where category_id = ?', [keyOfId(category.id)]),
    );
    expect(await ids({ status: { in: ['READY', 'DECIDED'] } })).toEqual(
      await rows("select id from major_decision where status in ('READY', 'DECIDED')"),
    );
    const body = await unitId(app, 'HRB-GOV');
    expect(await ids({ decisionBody: { eq: body } })).toEqual(
      await rows('select id from major_decision where decision_body_id = ?', [keyOfId(body)]),
    );
    expect(await ids({ assessingUnit: { neq: body } })).toEqual(
      await rows('select id from major_decision where assessing_unit_id <> ?', [keyOfId(body)]),
    );
    expect(await ids({ text: '养老' })).toEqual(await rows("select id from major_decision where title like '%养老%'"));
    // The level, worked out here from the stored points of each current assessment.
    const scores = await sql<{ id: string; score: number | null }>(
      'select d.id, (select max(p.likelihood * p.impact) from risk_point p where p.assessment_id = d.current_assessment_id) as score from major_decision d where d.current_assessment_id is not null',
    );
    const levelOf = (score: number | null) => ((score ?? 0) >= 15 ? 'HIGH' : (score ?? 0) >= 8 ? 'MEDIUM' : 'LOW');
    for (const level of ['LOW', 'MEDIUM', 'HIGH'] as const) {
      const expected = scores
        .filter((r) => levelOf(r.score) === level)
        .map((r) => r.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(await ids({ level: { eq: level } })).toEqual(expected);
    }
  });
});

describe('majorDecisions filter combinators and ordering', () => {
  const ids = async (filter: MajorDecisionFilter) =>
    (await app.ok(MajorDecisionsDocument, { first: 100, filter }, { as: 'staff' })).majorDecisions!.nodes.map((d) => keyOfId(d.id)).sort();

  it('combines filters with `and` and `or` exactly as the sets they name', async () => {
    const ready = await ids({ status: { eq: 'READY' } });
    const decided = await ids({ status: { eq: 'DECIDED' } });
    const pension = await ids({ text: '养老' });
    expect(ready.length).toBeGreaterThan(0);
    expect(decided.length).toBeGreaterThan(0);
    expect(pension.length).toBeGreaterThan(0);
    const union = [...new Set([...ready, ...pension])].sort();
    expect(await ids({ or: [{ status: { eq: 'READY' } }, { text: '养老' }] })).toEqual(union);
    const both = decided.filter((id) => pension.includes(id));
    expect(both.length).toBeGreaterThan(0);
    expect(await ids({ and: [{ status: { eq: 'DECIDED' } }, { text: '养老' }] })).toEqual(both);
    // Nested, and beside a plain field: DECIDED and (养老 or 公交).
    const bus = await ids({ text: '公交' });
    expect(await ids({ status: { eq: 'DECIDED' }, or: [{ text: '养老' }, { text: '公交' }] })).toEqual(
      decided.filter((id) => pension.includes(id) || bus.includes(id)),
    );
    expect(await ids({ and: [{ status: { eq: 'READY' } }, { status: { eq: 'DECIDED' } }] })).toEqual([]);
  });

  it('orders by title and creation time in both directions, ties broken by ID', async () => {
    const list = async (orderBy: { field: 'TITLE' | 'CREATED_AT'; direction: 'ASC' | 'DESC' }[]) =>
      (await app.ok(MajorDecisionsDocument, { first: 100, orderBy }, { as: 'staff' })).majorDecisions!.nodes;
    const byTitleAsc = await list([{ field: 'TITLE', direction: 'ASC' }]);
    const titles = byTitleAsc.map((d) => d.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byTitleDesc = await list([{ field: 'TITLE', direction: 'DESC' }]);
    expect(byTitleDesc.map((d) => d.title)).toEqual([...titles].reverse());
    const byCreatedAsc = await list([{ field: 'CREATED_AT', direction: 'ASC' }]);
    const key = (d: { createdAt: string; id: string }) => [Date.parse(d.createdAt), Number(keyOfId(d.id))] as const;
    const ascending = byCreatedAsc.map(key);
    for (let i = 1; i < ascending.length; i++) {
      const [t0, id0] = ascending[i - 1]!;
      const [t1, id1] = ascending[i]!;
      expect(t0 < t1 || (t0 === t1 && id0 < id1)).toBe(true);
    }
    const byCreatedDesc = await list([{ field: 'CREATED_AT', direction: 'DESC' }]);
    expect(byCreatedDesc.map((d) => d.id)).toEqual(byCreatedAsc.map((d) => d.id).reverse());
  });
});

describe('people who act, as links', () => {
  it('names the decider, the authors, the reviewer and the filer as users', async () => {
    const { decisionId } = await matter(app);
    expect(await decisionCodes(decisionId, 'REJECT')).toEqual([]);
    const { node } = await app.ok(DecisionRecordsDocument, { id: decisionId }, { as: 'decider' });
    expect(node).toMatchObject({ decisions: [{ outcome: 'REJECT', decidedBy: { login: 'decider', displayName: expect.any(String) } }] });
    const seen = await view(decisionId, 'staff');
    expect(seen.currentAssessment).toMatchObject({
      authors: [{ login: 'assessor' }],
      reviewer: { login: 'reviewer' },
      filedBy: { login: 'staff' },
    });
    const users = await app.ok(AssessmentNodesDocument, { ids: seen.currentAssessment!.authors.map((u) => u.id) }, { as: 'staff' });
    expect(users.nodes.map((n) => n?.__typename)).toEqual(['User']);
    // Before review and filing there is no reviewer or filer.
    const draft = await matter(app, { until: 'assessing' });
    expect((await view(draft.decisionId, 'staff')).currentAssessment).toMatchObject({ reviewer: null, filedBy: null });
  });
});

describe('visibility of assessment contents', () => {
  it('shows an unrelated unit’s officer only title, category, status and outcome, on every path', async () => {
    const { decisionId, assessmentId, pointIds } = await matter(app, { points: [{ likelihood: 3, impact: 4, mitigation: 'actionable' }] });
    const seen = await view(decisionId, 'officer');
    expect(seen).toMatchObject({ title: expect.any(String), status: 'READY', category: { code: expect.any(String) } });
    expect(seen.planText).toBeNull();
    expect(seen.currentAssessment).toBeNull();
    expect(seen.assessments).toEqual([]);
    expect(seen.decisions).toEqual([]);
    expect(seen.readiness).toBeNull();
    const mitigationId = (await view(decisionId, 'staff')).currentAssessment!.points[0]!.mitigations[0]!.id;
    for (const id of [assessmentId!, pointIds[0]!, mitigationId]) {
      expect((await app.ok(AssessmentNodeDocument, { id }, { as: 'officer' })).node).toBeNull();
    }
    const many = await app.ok(AssessmentNodesDocument, { ids: [decisionId, assessmentId!, pointIds[0]!, mitigationId] }, { as: 'officer' });
    expect(many.nodes.map((n) => n?.__typename ?? null)).toEqual(['MajorDecision', null, null, null]);
    const listed = await app.ok(MajorDecisionsDocument, { first: 100 }, { as: 'officer' });
    expect(listed.majorDecisions!.nodes.every((d) => d.currentAssessment === null)).toBe(true);
    // Those concerned see it all.
    for (const as of ['decider', 'assessor', 'staff', 'admin']) {
      expect((await view(decisionId, as)).currentAssessment?.points).toHaveLength(1);
      expect((await app.ok(AssessmentNodeDocument, { id: assessmentId! }, { as })).node).toMatchObject({ __typename: 'RiskAssessment' });
    }
  });

  it('shows its records through node(id) under the rule of the list that holds them', async () => {
    const { decisionId } = await matter(app, { points: [{ likelihood: 2, impact: 3 }] });
    await approve(decisionId, 'LOW', 180);
    const input = { decisionId, reviewedOn: today(), findings: '运行平稳' };
    expect((await app.ok(RecordFollowUpReviewDocument, { input }, { as: 'decider' })).recordFollowUpReview.userErrors).toEqual([]);
    const listed = (await app.ok(RiskRecordIdsDocument, { id: decisionId }, { as: 'staff' })).node as Extract<
      NonNullable<RiskRecordIdsQuery['node']>,
      { decisions: unknown }
    >;
    const [opinion, finding] = [listed.currentAssessment!.opinionCollections[0]!, listed.currentAssessment!.noSignificantRiskFindings[0]!];
    const [record, followUp] = [listed.decisions[0]!, listed.followUpReviews[0]!];
    const expected = {
      contents: [
        { __typename: 'OpinionCollection', ...opinion },
        { __typename: 'DimensionFinding', ...finding },
      ],
      parties: [
        { __typename: 'DecisionRecord', ...record },
        { __typename: 'FollowUpReview', ...followUp },
      ],
    };
    const read = async (as: string) => {
      const nodes = await Promise.all(
        [opinion, finding, record, followUp].map((r) => app.ok(RiskRecordNodeDocument, { id: r.id }, { as })),
      );
      return nodes.map((r) => r.node);
    };
    // Parties to the matter see all four, as the lists show them.
    for (const as of ['decider', 'assessor', 'staff', 'admin']) {
      expect(await read(as)).toEqual([...expected.contents, ...expected.parties]);
    }
    // The reviewer of the assessment sees its contents, but not the decisions and follow-ups.
    expect(await read('reviewer')).toEqual([...expected.contents, null, null]);
    // An unrelated unit's officer sees none of them, one at a time or many at once.
    expect(await read('officer')).toEqual([null, null, null, null]);
    const many = await app.ok(
      AssessmentNodesDocument,
      { ids: [decisionId, opinion.id, finding.id, record.id, followUp.id] },
      { as: 'officer' },
    );
    expect(many.nodes.map((n) => n?.__typename ?? null)).toEqual(['MajorDecision', null, null, null, null]);
  });
});

describe('follow-up reviews', () => {
  it('fall due by level as the clock moves; majorDecisions(filter: { followUpDue: true }) lists the overdue ones', async () => {
    app.clock.set('2026-03-02');
    try {
      const { decisionId } = await matter(app, { points: [{ likelihood: 3, impact: 3, mitigation: 'actionable' }] });
      await approve(decisionId, 'MEDIUM', 90);
      expect((await view(decisionId)).nextFollowUpDue).toBe('2026-05-31');
      const due = async () =>
        (await app.ok(MajorDecisionsDocument, { first: 100, filter: { followUpDue: true } })).majorDecisions!.nodes.map((d) => d.id);
      expect(await due()).not.toContain(decisionId);
      // The day before it falls due: not yet.
      app.clock.set('2026-05-30');
      expect(await due()).not.toContain(decisionId);
      expect((await view(decisionId)).isFollowUpDue).toBe(false);
      // Time passes: the review fell due yesterday.
      app.clock.set('2026-06-01');
      expect(await due()).toContain(decisionId);
      expect((await view(decisionId)).isFollowUpDue).toBe(true);
      const reviewed = await app.ok(
        RecordFollowUpReviewDocument,
        { input: { decisionId, reviewedOn: today(), findings: '运行平稳' } },
        { as: 'decider' },
      );
      expect(reviewed.recordFollowUpReview).toMatchObject({ userErrors: [], majorDecision: { nextFollowUpDue: '2026-08-30' } });
      expect(await due()).not.toContain(decisionId);
      expect((await view(decisionId)).followUpReviews).toEqual([{ reviewedOn: '2026-06-01', reviewer: { login: 'decider' } }]);
      // A review may not speak for a day before the last one.
      const before = await app.ok(
        RecordFollowUpReviewDocument,
        { input: { decisionId, reviewedOn: '2026-05-31', findings: '倒签' } },
        { as: 'decider' },
      );
      expect(before.recordFollowUpReview.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reviewedOn'] }),
      ]);
    } finally {
      app.clock.reset();
    }
  });
});

describe('races', () => {
  it('50 concurrent decisions on one READY matter: exactly one succeeds, the rest get DECISION_FINAL', async () => {
    const { decisionId } = await matter(app);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => decide(decisionId, i % 2 ? 'APPROVE' : 'REJECT')));
    const codes = results.map((r) => r.data?.decideMajorDecision.userErrors.map((e) => e.code)[0] ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'DECISION_FINAL')).toHaveLength(49);
    expect((await view(decisionId)).decisions).toHaveLength(1);
  });

  it('50 concurrent (plan change, approval) pairs: exactly one of each pair goes through, and each answer matches what was stored', async () => {
    const matters = await Promise.all(Array.from({ length: 50 }, () => matter(app, { procedure: 'SIMPLIFIED' })));
    const pairs = await Promise.all(
      matters.map(async ({ decisionId }) => {
        const [change, approval] = await Promise.all([
          app.gql(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '并发修改的方案' } }, { as: 'decider' }),
          decide(decisionId, 'APPROVE'),
        ]);
        return { decisionId, change, approval };
      }),
    );
    for (const { decisionId, change, approval } of pairs) {
      expect(change.errors, 'top-level errors').toBeUndefined();
      expect(approval.errors, 'top-level errors').toBeUndefined();
      const changeCodes = change.data!.updateMajorDecisionPlan.userErrors.map((e) => e.code);
      const approvalCodes = approval.data!.decideMajorDecision.userErrors.map((e) => e.code);
      const seen = await view(decisionId);
      if (approvalCodes.length === 0) {
        // Approved first: the plan change waited for the lock and found the matter final; the
        // assessment relied on is still FILED and describes the plan that was approved.
        expect(approval.data!.decideMajorDecision.majorDecision).toMatchObject({ status: 'DECIDED', outcome: 'APPROVE' });
        expect(changeCodes).toEqual(['DECISION_FINAL']);
        expect(seen).toMatchObject({
          status: 'DECIDED',
          outcome: 'APPROVE',
          planText: PLAN,
          currentAssessment: { status: 'FILED' },
          decisions: [{ outcome: 'APPROVE', level: 'LOW', rationale: RATIONALE }],
        });
      } else {
        // Changed first: the approval waited for the lock and found the assessment STALE.
        expect(approvalCodes).toEqual(['ASSESSMENT_REQUIRED']);
        expect(changeCodes).toEqual([]);
        expect(change.data!.updateMajorDecisionPlan.majorDecision).toMatchObject({ status: 'ASSESSING', outcome: null });
        expect(seen).toMatchObject({
          status: 'ASSESSING',
          outcome: null,
          planText: '并发修改的方案',
          currentAssessment: { status: 'STALE' },
          decisions: [],
        });
      }
    }
  });
});

describe('reads go through loaders', () => {
  it('lists 50 matters with category, level, points and mitigations in as many statements as 5', async () => {
    await Promise.all(
      Array.from({ length: 8 }, () =>
        matter(app, {
          points: [
            { likelihood: 2, impact: 5, mitigation: 'actionable' },
            { likelihood: 1, impact: 1 },
          ],
        }),
      ),
    );
    const count = (first: number) => app.countStatements(() => app.ok(MajorDecisionsDocument, { first }, { as: 'decider' }));
    const total = (await app.ok(MajorDecisionsDocument, { first: 100 })).majorDecisions!.totalCount;
    expect(total).toBeGreaterThanOrEqual(50);
    expect(await count(50)).toBe(await count(5));
  });
});

describe('review fixes', () => {
  it('turns an assessment in review STALE on a plan change: it can no longer be filed or relied on', async () => {
    const { decisionId, assessmentId } = await matter(app, { until: 'reviewed' });
    await app.ok(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '审查期间修改的方案' } }, { as: 'decider' });
    expect(await view(decisionId)).toMatchObject({ status: 'ASSESSING', currentAssessment: { status: 'STALE' } });
    const filed = await app.ok(FileRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'staff' });
    expect(filed.fileRiskAssessment.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    await expectRefused(decisionId, 'APPROVE', 'ASSESSMENT_REQUIRED');
  });

  it('sees the database under the lock, even after earlier writes of the same operation (no approval on a STALE assessment)', async () => {
    type Payload = { userErrors: { code: string }[] };
    const x = await matter(app, { procedure: 'SIMPLIFIED' });
    const y = await matter(app, { procedure: 'SIMPLIFIED', until: 'created' });
    const fillers = Array.from(
      { length: 25 },
      (_, i) => `f${i}: updateMajorDecisionPlan(input: { decisionId: $y, planText: "填充" }) { userErrors { code } }`,
    ).join('\n');
    // `a` reads x (and writes its plan unchanged), the fillers write y, `z` approves x.
    const operation = parse(`mutation ($x: ID!, $y: ID!) {
      a: updateMajorDecisionPlan(input: { decisionId: $x, planText: "${PLAN}" }) { userErrors { code } }
      ${fillers}
      z: decideMajorDecision(input: { decisionId: $x, outcome: APPROVE, rationale: "同意" }) { userErrors { code } }
    }`) as TypedDocumentNode<{ a: Payload; z: Payload } & Record<string, Payload>, { x: string; y: string }>;

    // y's row, locked in a transaction of our own, holds the operation at its first filler: after
    // `a` has committed, before `z` has started.
    const blocker = new pg.Client({ connectionString: app.config.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('select id from major_decision where id = $1 for update', [keyOfId(y.decisionId)]);
      const blockerPid = (await blocker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const long = app.gql(operation, { x: x.decisionId, y: y.decisionId }, { as: 'decider' });
      await untilBlockedBy(app, blockerPid, 'the operation waits for the lock on y');
      // Now, between `a` and `z`, the plan of x changes: its FILED assessment turns STALE.
      const change = await app.gql(
        UpdateMajorDecisionPlanDocument,
        { input: { decisionId: x.decisionId, planText: '并发修改' } },
        { as: 'staff' },
      );
      expect(change.errors).toBeUndefined();
      expect(change.data?.updateMajorDecisionPlan).toMatchObject({ userErrors: [], majorDecision: { status: 'ASSESSING' } });
      await blocker.query('rollback');
      const result = await long;
      expect(result.errors).toBeUndefined();
      expect(result.data!.a.userErrors).toEqual([]);
      for (let i = 0; i < 25; i++) expect(result.data![`f${i}`]!.userErrors).toEqual([]);
      expect(result.data!.z.userErrors.map((e) => e.code)).toEqual(['ASSESSMENT_REQUIRED']);
    } finally {
      await blocker.end();
    }
    expect(await view(x.decisionId, 'staff')).toMatchObject({
      status: 'ASSESSING',
      outcome: null,
      planText: '并发修改',
      currentAssessment: { status: 'STALE' },
      decisions: [],
    });
  });

  it('hides the level and follow-up dates from those who may not see contents, in fields and filters', async () => {
    const { decisionId } = await matter(app, { points: [{ likelihood: 5, impact: 5 }] });
    const officerHigh = await app.ok(MajorDecisionsDocument, { first: 100, filter: { level: { eq: 'HIGH' } } }, { as: 'officer' });
    expect(officerHigh.majorDecisions!.totalCount).toBe(0);
    const staffHigh = await app.ok(MajorDecisionsDocument, { first: 100, filter: { level: { eq: 'HIGH' } } }, { as: 'staff' });
    expect(staffHigh.majorDecisions!.nodes.map((d) => d.id)).toContain(decisionId);
    expect(
      (await app.ok(MajorDecisionsDocument, { first: 100, filter: { followUpDue: true } }, { as: 'officer' })).majorDecisions!.totalCount,
    ).toBe(0);
    const approved = await matter(app);
    await approve(approved.decisionId, 'LOW', 180);
    expect(await view(approved.decisionId, 'officer')).toMatchObject({ nextFollowUpDue: null, isFollowUpDue: false });
  });

  it('lets a reviewer see the assessment under review, not earlier ones nor the decisions', async () => {
    const { decisionId } = await matter(app, { points: [{ likelihood: 4, impact: 4 }] });
    await decide(decisionId, 'POSTPONE');
    await app.ok(UpdateMajorDecisionPlanDocument, { input: { decisionId, planText: '修订' } }, { as: 'decider' });
    const second = await app.ok(StartRiskAssessmentDocument, { input: { decisionId } }, { as: 'assessor' });
    const assessmentId = second.startRiskAssessment.riskAssessment!.id;
    for (const dimension of ['LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY', 'SAFETY'] as const) {
      await app.ok(RecordNoSignificantRiskDocument, { input: { assessmentId, dimension, reasoning: '无' } }, { as: 'assessor' });
    }
    for (const method of ['VISIT', 'EXPERT_CONSULTATION'] as const) {
      await app.ok(
        RecordOpinionCollectionDocument,
        { input: { assessmentId, method, startedOn: '2026-02-01', endedOn: '2026-02-02', respondents: 3, summary: '走访' } },
        { as: 'assessor' },
      );
    }
    await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId } }, { as: 'assessor' });
    // Another reviewer: the first assessment was reviewed by `reviewer`, who may still see it.
    await addUser(app, 'reviewer-2', 'HLJ-ZFW-STABILITY', [Role.EXPERT_REVIEWER]);
    const seen = await view(decisionId, 'reviewer-2');
    expect(seen.currentAssessment?.id).toBe(assessmentId);
    expect((await view(decisionId, 'reviewer')).assessments).toHaveLength(2);
    expect(seen.assessments.map((a) => a.id)).toEqual([assessmentId]);
    expect(seen.decisions).toEqual([]);
  });

  it('counts whoever submits as an author: they may not review it, and refusals write nothing', async () => {
    await addUser(app, 'submitter', 'HRB-ZFW', [Role.ASSESSOR, Role.EXPERT_REVIEWER]);
    const { assessmentId } = await matter(app, { until: 'assessing' });
    await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'submitter' });
    const audits = await auditCount(app);
    const conflict = await app.ok(
      ReviewRiskAssessmentDocument,
      { input: { assessmentId: assessmentId!, verdict: 'PASS' } },
      { as: 'submitter' },
    );
    expect(conflict.reviewRiskAssessment.userErrors.map((e) => e.code)).toEqual(['REVIEWER_CONFLICT']);
    const again = await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'assessor' });
    expect(again.submitRiskAssessment.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(await auditCount(app)).toBe(audits);
    const incomplete = await matter(app, { until: 'created' });
    const started = await app.ok(StartRiskAssessmentDocument, { input: { decisionId: incomplete.decisionId } }, { as: 'assessor' });
    const auditsBefore = await auditCount(app);
    const refused = await app.ok(
      SubmitRiskAssessmentDocument,
      { input: { assessmentId: started.startRiskAssessment.riskAssessment!.id } },
      { as: 'assessor' },
    );
    expect(refused.submitRiskAssessment.userErrors.map((e) => e.code)).toEqual(['ASSESSMENT_INCOMPLETE']);
    expect(await auditCount(app)).toBe(auditsBefore);
  });

  it('dates follow-up reviews between the approval and today', async () => {
    app.clock.set('2026-04-10');
    try {
      const { decisionId } = await matter(app);
      await approve(decisionId, 'LOW', 180);
      app.clock.set('2026-04-20');
      const audits = await auditCount(app);
      for (const reviewedOn of ['2020-01-01', '2026-04-09', '2026-04-21']) {
        const refused = await app.ok(
          RecordFollowUpReviewDocument,
          { input: { decisionId, reviewedOn, findings: '倒签' } },
          { as: 'decider' },
        );
        expect(refused.recordFollowUpReview.userErrors).toEqual([
          expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reviewedOn'] }),
        ]);
        expect(refused.recordFollowUpReview.userErrors[0]!.message).toContain('2026-04-10');
      }
      expect(await auditCount(app)).toBe(audits);
      // The approval day itself and today are both in the window.
      for (const reviewedOn of ['2026-04-10', '2026-04-20']) {
        const recorded = await app.ok(
          RecordFollowUpReviewDocument,
          { input: { decisionId, reviewedOn, findings: '正常' } },
          { as: 'decider' },
        );
        expect(recorded.recordFollowUpReview).toMatchObject({
          userErrors: [],
          majorDecision: { nextFollowUpDue: plusDays(180, reviewedOn) },
        });
      }
    } finally {
      app.clock.reset();
    }
  });

  it('refuses a follow-up review of a matter that was not approved', async () => {
    const { decisionId } = await matter(app);
    expect(await decisionCodes(decisionId, 'REJECT')).toEqual([]);
    const refused = await app.ok(
      RecordFollowUpReviewDocument,
      { input: { decisionId, reviewedOn: today(), findings: '无' } },
      { as: 'decider' },
    );
    expect(refused.recordFollowUpReview.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  });
});
