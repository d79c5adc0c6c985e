import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloseRectificationNoticeDocument,
  EvaluationWeightsDocument,
  FindingsDocument,
  RecomputeRegionEvaluationsDocument,
  RectificationNoticesDocument,
  RegionRankingDocument,
  SetDailyPerformanceScoreDocument,
  SubmitRectificationFeedbackDocument,
  UpdateEvaluationWeightsDocument,
  VerifyRectificationDocument,
  type EvaluationWeightsQuery,
  type RectificationNoticeStatus,
} from './generated/graphql.js';
import { toGlobalId } from '../src/shared/graphql/global-id.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { must, ringProblems, roundOfYear } from './support/inspection.js';
import { addUser } from './support/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const ranking = async (year: number) => (await app.ok(RegionRankingDocument, { year })).regionRanking!;

describe('the demo inspections', () => {
  it('read back as the rounds of 2020 and 2021, 13 groups each on a valid ring, and 162 findings', async () => {
    for (const year of [2020, 2021]) {
      const round = await roundOfYear(app, year);
      expect(round.status).toBe('CLOSED');
      expect(round.groups.totalCount).toBe(13);
      for (const group of round.groups.nodes) {
        expect(group.leader.unit.level).toBe('PROVINCE');
        expect(group.members.map((m) => m.homeRegion?.code)).toEqual(Array<string>(3).fill(group.homeRegion.code));
      }
      expect(round.assignments).toHaveLength(13);
      expect(ringProblems(round)).toEqual([]);
      expect(new Set(round.visits.nodes.map((v) => v.kind))).toEqual(new Set(['UNANNOUNCED', 'RETURN_VISIT']));
      // Every visit went to the group's assigned region.
      const assigned = new Map(round.groups.nodes.map((g) => [g.name, g.assignedRegion?.code]));
      for (const visit of round.visits.nodes) expect(visit.region.code).toBe(assigned.get(visit.group.name));
    }
    const findings = await app.ok(FindingsDocument, { first: 1 });
    expect(findings.findings!.totalCount).toBe(162);
  });

  it('has notices in every status, most closed, some overdue', async () => {
    const count = async (filter: object) =>
      (await app.ok(RectificationNoticesDocument, { first: 1, filter })).rectificationNotices!.totalCount;
    const statuses: RectificationNoticeStatus[] = ['NOTIFIED', 'RECTIFYING', 'FEEDBACK_SUBMITTED', 'VERIFIED', 'CLOSED', 'REOPENED'];
    const counts = await Promise.all(statuses.map((status) => count({ status: { eq: status } })));
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(162);
    expect(counts[4]).toBeGreaterThan(81);
    expect(await count({ overdue: true })).toBeGreaterThan(0);
  });
});

type Weights = EvaluationWeightsQuery['evaluationWeights'];
const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** The year's totals, computed here from the rows themselves (not from region_evaluation's computed columns). */
async function independentTotals(year: number, w: Weights): Promise<Map<string, number | null>> {
  const value = { MET: w.metValue, PARTLY_MET: w.partlyMetValue, NOT_MET: w.notMetValue } as Record<string, number>;
  const checks = await sql<{ region: string; quantity: string; results: string; quality: string }>(
    `select v.region_id::text as region, c.quantity, c.results, c.quality from inspection_task_check c
     join inspection_visit v on v.id = c.visit_id join inspection_round r on r.id = v.round_id where r.year = ?`,
    [year],
  );
  const findings = await sql<{ region: string; severity: string; status: string | null; on_time: boolean | null }>(
    `select f.region_id::text as region, f.severity, n.status, n.closed_on_time as on_time from inspection_finding f
     left join rectification_notice n on n.finding_id = f.id join inspection_round r on r.id = f.round_id where r.year = ?`,
    [year],
  );
  const daily = await sql<{ region: string; score: string | null }>(
    'select region_id::text as region, daily_score::text as score from region_evaluation where year = ?',
    [year],
  );
  const regions = await sql<{ id: string }>('select id::text as id from region');
  const totals = new Map<string, number | null>();
  for (const { id } of regions) {
    const mine = checks.filter((c) => c.region === id);
    const verdicts = mine.flatMap((c) => [c.quantity, c.results, c.quality]).map((v) => value[v]!);
    const inspection = verdicts.length ? round2((100 * verdicts.reduce((a, b) => a + b, 0)) / verdicts.length) : null;
    const found = findings.filter((f) => f.region === id);
    const notices = found.filter((f) => f.status !== null);
    const onTime = notices.filter((f) => f.status === 'CLOSED' && f.on_time).length;
    const late = notices.filter((f) => f.status === 'CLOSED' && !f.on_time).length;
    const rectification = notices.length ? round2((100 * (onTime + w.lateClosureCredit * late)) / notices.length) : 100;
    const per = { MINOR: w.minorDeduction, SERIOUS: w.seriousDeduction, CRITICAL: w.criticalDeduction } as Record<string, number>;
    const deduction = round2(found.reduce((sum, f) => sum + per[f.severity]!, 0));
    const score = daily.find((d) => d.region === id)?.score;
    totals.set(
      toGlobalId('Region', id),
      score == null || inspection === null
        ? null
        : Math.max(0, round2(w.dailyPerformance * Number(score) + w.inspection * inspection + w.rectification * rectification - deduction)),
    );
  }
  return totals;
}

/** The API's ranking agrees with totals computed independently: each total, and the order. */
async function expectRankingMatches(year: number) {
  const { evaluationWeights } = await app.ok(EvaluationWeightsDocument, {});
  const expected = await independentTotals(year, evaluationWeights);
  const { nodes } = await ranking(year);
  expect(nodes).toHaveLength(13);
  for (const e of nodes) expect(e.total, e.region.code).toBeCloseTo(expected.get(e.region.id)!, 1);
  const totals = nodes.map((e) => e.total!);
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  // Competition ranking: a place is one more than the number of better totals.
  for (const e of nodes) expect(e.rank).toBe(1 + nodes.filter((o) => o.total! > e.total!).length);
  return nodes;
}

describe('regionRanking', () => {
  it('equals a ranking computed independently from the same rows, for both years', async () => {
    await expectRankingMatches(2020);
    const nodes = await expectRankingMatches(2021);
    // The 2021 round left notices open: some region's rectification score is below 100.
    expect(nodes.some((e) => e.rectificationScore! < 100)).toBe(true);
  });

  it('changes on recomputing after a late notice closes, by exactly the late-closure credit', async () => {
    const round = await roundOfYear(app, 2021);
    const { rectificationNotices } = await app.ok(RectificationNoticesDocument, {
      first: 1,
      filter: { round: { eq: round.id }, status: { eq: 'RECTIFYING' }, overdue: true },
    });
    const notice = rectificationNotices!.nodes[0]!;
    await addUser(app, 'late-officer', notice.unit.code);
    const before = await ranking(2021);
    const finding = (await app.ok(FindingsDocument, { first: 100, filter: { round: { eq: round.id } } })).findings!.nodes.find(
      (f) => f.notice?.id === notice.id,
    )!;
    const mine = (page: typeof before) => page.nodes.find((e) => e.region.code === finding.region.code)!;

    const input = { noticeId: notice.id };
    must(
      (
        await app.ok(
          SubmitRectificationFeedbackDocument,
          { input: { ...input, rootCauseAnalysis: '迟报', measuresTaken: '补正', evidence: '材料' } },
          { as: 'late-officer' },
        )
      ).submitRectificationFeedback,
      'feedback',
    );
    must((await app.ok(VerifyRectificationDocument, { input: { ...input, note: '' } }, { as: 'inspector' })).verifyRectification, 'verify');
    const closed = must((await app.ok(CloseRectificationNoticeDocument, { input }, { as: 'inspector' })).closeRectificationNotice, 'close');
    expect(closed.rectificationNotice?.closedOnTime).toBe(false);

    // Until recomputed, the ranking is the one last computed.
    expect(await ranking(2021)).toEqual(before);
    const { recomputeRegionEvaluations } = await app.ok(RecomputeRegionEvaluationsDocument, { input: { year: 2021 } }, { as: 'staff' });
    expect(recomputeRegionEvaluations.userErrors).toEqual([]);
    const after = await ranking(2021);
    const [was, now] = [mine(before), mine(after)];
    const { evaluationWeights: w } = await app.ok(EvaluationWeightsDocument, {});
    expect(now.noticesClosedLate).toBe(was.noticesClosedLate + 1);
    expect(now.rectificationScore!).toBeCloseTo(was.rectificationScore! + (100 * w.lateClosureCredit) / was.notices, 1);
    expect(now.total!).toBeCloseTo(was.total! + w.rectification * (now.rectificationScore! - was.rectificationScore!), 1);
    expect(now.total).not.toBe(was.total);
    await expectRankingMatches(2021);
  });

  it('takes daily-performance scores from commission staff, within 0–100, for years with a round', async () => {
    const { nodes } = await ranking(2020);
    const region = nodes[12]!;
    const set = (score: number, as = 'staff', year = 2020) =>
      app.gql(SetDailyPerformanceScoreDocument, { input: { regionId: region.region.id, year, score, notes: '复核调整' } }, { as });
    const before = await auditCount(app);
    expect((await set(120)).data?.setDailyPerformanceScore.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await set(90, 'staff', 2019)).data?.setDailyPerformanceScore.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    for (const as of ['officer', 'inspector', 'viewer']) expect(errorCodes(await set(90, as))).toEqual(['FORBIDDEN']);
    expect(await auditCount(app)).toBe(before);

    const { data } = await set(100);
    const updated = data!.setDailyPerformanceScore.regionEvaluations!.find((e) => e.region.id === region.region.id)!;
    const { evaluationWeights: w } = await app.ok(EvaluationWeightsDocument, {});
    expect(updated.dailyScore).toBe(100);
    expect(updated.total!).toBeCloseTo(region.total! + w.dailyPerformance * (100 - region.dailyScore!), 1);
    await expectRankingMatches(2020);
  });

  it('follows the weights, which only staff and admins change, and only to weights that add up', async () => {
    const weights = {
      dailyPerformance: 0.5,
      inspection: 0.3,
      rectification: 0.2,
      metValue: 1,
      partlyMetValue: 0.6,
      notMetValue: 0,
      minorDeduction: 0.5,
      seriousDeduction: 1.5,
      criticalDeduction: 4,
      lateClosureCredit: 0.4,
    };
    const before = await auditCount(app);
    const badSum = await app.ok(UpdateEvaluationWeightsDocument, { input: { ...weights, inspection: 0.4 } }, { as: 'staff' });
    expect(badSum.updateEvaluationWeights.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const badOrder = await app.ok(UpdateEvaluationWeightsDocument, { input: { ...weights, partlyMetValue: 1.2 } }, { as: 'staff' });
    expect(badOrder.updateEvaluationWeights.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(errorCodes(await app.gql(UpdateEvaluationWeightsDocument, { input: weights }, { as: 'officer' }))).toEqual(['FORBIDDEN']);
    expect(await auditCount(app)).toBe(before);

    const updated = await app.ok(UpdateEvaluationWeightsDocument, { input: weights }, { as: 'admin' });
    expect(updated.updateEvaluationWeights.evaluationWeights).toEqual({ dailyPerformance: 0.5, lateClosureCredit: 0.4 });
    expect((await app.ok(EvaluationWeightsDocument, {})).evaluationWeights).toEqual(weights);
    must(
      (await app.ok(RecomputeRegionEvaluationsDocument, { input: { year: 2020 } }, { as: 'staff' })).recomputeRegionEvaluations,
      'recompute',
    );
    await expectRankingMatches(2020);
  });
});

describe('findings go through loaders', () => {
  it('lists 50 findings with visit, group, round, region, task, unit and notice in as many statements as 5', async () => {
    const measure = async (first: number) => {
      let listed = 0;
      const statements = await app.countStatements(async () => {
        listed = (await app.ok(FindingsDocument, { first })).findings!.nodes.filter((f) => f.notice !== null).length;
      });
      return { statements, listed };
    };
    const small = await measure(5);
    const large = await measure(50);
    expect([small.listed, large.listed]).toEqual([5, 50]);
    expect(large.statements).toBe(small.statements);
    // viewer, the rate-limit charge, the page, count, visits, groups, rounds, regions, tasks, units, notices.
    expect(large.statements).toBeLessThanOrEqual(11);
  });
});
