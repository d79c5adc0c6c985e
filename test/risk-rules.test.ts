import { MikroORM } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/mikro-orm.config.js';
import { DecisionCategory } from '../src/modules/decision-category/index.js';
import { Unit } from '../src/modules/unit/index.js';
import { User } from '../src/modules/user/index.js';
import {
  blockersFor,
  earliestReviewOn,
  followUpAfter,
  isActionable,
  isFollowUpDue,
  readinessOf,
  type DecisionFacts,
  type PointFacts,
} from '../src/modules/risk-assessment/decision-rules.js';
import { factsOf } from '../src/modules/risk-assessment/decision-facts.js';
import { DimensionFinding } from '../src/modules/risk-assessment/dimension-finding.entity.js';
import { MajorDecision } from '../src/modules/risk-assessment/major-decision.entity.js';
import { MitigationMeasure } from '../src/modules/risk-assessment/mitigation-measure.entity.js';
import {
  AssessmentStatus,
  DecisionOutcome,
  DecisionProcedure,
  DecisionStatus,
  ReviewVerdict,
  RiskDimension,
  RiskLevel,
} from '../src/modules/risk-assessment/risk-assessment.enums.js';
import { RiskAssessment } from '../src/modules/risk-assessment/risk-assessment.entity.js';
import { RiskAssessmentError } from '../src/modules/risk-assessment/risk-assessment.errors.js';
import { HIGH_FROM, levelOf, levelOfPoints, matrixCells, MEDIUM_FROM, scoreOf } from '../src/modules/risk-assessment/risk-matrix.js';
import { RiskPoint } from '../src/modules/risk-assessment/risk-point.entity.js';
import { UnitKind, UnitLevel } from '../src/modules/unit/unit.enums.js';

// The risk module's rules, without a database: the matrix, the assess-before-decide rule over
// facts, and the entity methods that move a matter's state, on entities built in memory.

const { APPROVE, POSTPONE, REJECT } = DecisionOutcome;
const ALL = [APPROVE, POSTPONE, REJECT];
const codes = (facts: DecisionFacts, outcome: DecisionOutcome) => blockersFor(facts, outcome).map((b) => b.code);
const point = (level: RiskLevel, mitigated = false): PointFacts => ({ description: `${level} point`, level, mitigated });
const filed = (...points: PointFacts[]): DecisionFacts => ({
  status: DecisionStatus.READY,
  assessment: { status: AssessmentStatus.FILED, points },
});

describe('the risk matrix', () => {
  it('grades every cell 1..5 × 1..5: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW', () => {
    expect([HIGH_FROM, MEDIUM_FROM]).toEqual([15, 8]);
    const seen = new Map<RiskLevel, number[]>();
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) {
        const score = likelihood * impact;
        expect(scoreOf(likelihood, impact)).toBe(score);
        const expected = score >= 15 ? RiskLevel.HIGH : score >= 8 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        expect(levelOf(likelihood, impact), `${likelihood}×${impact}`).toBe(expected);
        seen.set(expected, [...(seen.get(expected) ?? []), score]);
      }
    }
    // The edges of each band, as the scores that occur on a 5×5 grid.
    expect(Math.max(...seen.get(RiskLevel.LOW)!)).toBe(6);
    expect(Math.min(...seen.get(RiskLevel.MEDIUM)!)).toBe(8);
    expect(Math.max(...seen.get(RiskLevel.MEDIUM)!)).toBe(12);
    expect(Math.min(...seen.get(RiskLevel.HIGH)!)).toBe(15);
    expect([seen.get(RiskLevel.LOW)!.length, seen.get(RiskLevel.MEDIUM)!.length, seen.get(RiskLevel.HIGH)!.length]).toEqual([12, 7, 6]);
  });

  it('lists the 25 cells by likelihood then impact, graded the same way', () => {
    const cells = matrixCells();
    expect(cells).toHaveLength(25);
    expect(cells[0]).toEqual({ likelihood: 1, impact: 1, score: 1, level: RiskLevel.LOW });
    expect(cells[7]).toEqual({ likelihood: 2, impact: 3, score: 6, level: RiskLevel.LOW });
    expect(cells[13]).toEqual({ likelihood: 3, impact: 4, score: 12, level: RiskLevel.MEDIUM });
    expect(cells[24]).toEqual({ likelihood: 5, impact: 5, score: 25, level: RiskLevel.HIGH });
    for (const c of cells) expect(c.level).toBe(levelOf(c.likelihood, c.impact));
  });

  it('gives an assessment the highest level of its points, LOW without any', () => {
    expect(levelOfPoints([])).toBe(RiskLevel.LOW);
    expect(levelOfPoints([{ likelihood: 1, impact: 2 }])).toBe(RiskLevel.LOW);
    expect(
      levelOfPoints([
        { likelihood: 1, impact: 2 },
        { likelihood: 2, impact: 4 },
      ]),
    ).toBe(RiskLevel.MEDIUM);
    expect(
      levelOfPoints([
        { likelihood: 3, impact: 5 },
        { likelihood: 2, impact: 4 },
      ]),
    ).toBe(RiskLevel.HIGH);
  });
});

describe('blockersFor and readinessOf', () => {
  it('refuses every outcome without a FILED assessment: ASSESSMENT_REQUIRED', () => {
    const none: DecisionFacts = { status: DecisionStatus.DRAFT, assessment: null };
    for (const outcome of ALL) expect(codes(none, outcome)).toEqual(['ASSESSMENT_REQUIRED']);
    for (const status of [AssessmentStatus.DRAFT, AssessmentStatus.IN_REVIEW, AssessmentStatus.RETURNED, AssessmentStatus.STALE]) {
      const facts: DecisionFacts = { status: DecisionStatus.ASSESSING, assessment: { status, points: [point(RiskLevel.LOW)] } };
      for (const outcome of ALL) expect(codes(facts, outcome), status).toEqual(['ASSESSMENT_REQUIRED']);
      expect(blockersFor(facts, APPROVE)[0]?.text.en).toContain(status);
      expect(readinessOf(facts)).toMatchObject({ allowedOutcomes: [], canApprove: false });
    }
    expect(readinessOf(none).blockingReasons.map((b) => b.code)).toEqual(['ASSESSMENT_REQUIRED']);
  });

  it('refuses everything on a decided matter: DECISION_FINAL, before any other reason', () => {
    for (const assessment of [null, filed(point(RiskLevel.HIGH)).assessment]) {
      const facts: DecisionFacts = { status: DecisionStatus.DECIDED, assessment };
      for (const outcome of ALL) expect(codes(facts, outcome)).toEqual(['DECISION_FINAL']);
      expect(readinessOf(facts).allowedOutcomes).toEqual([]);
    }
  });

  it('HIGH: approval refused (RISK_TOO_HIGH), mitigated or not; reject and postpone allowed', () => {
    for (const facts of [
      filed(point(RiskLevel.HIGH)),
      filed(point(RiskLevel.HIGH, true)),
      filed(point(RiskLevel.LOW), point(RiskLevel.HIGH, true)),
    ]) {
      expect(codes(facts, APPROVE)).toEqual(['RISK_TOO_HIGH']);
      expect(codes(facts, REJECT)).toEqual([]);
      expect(codes(facts, POSTPONE)).toEqual([]);
      expect(readinessOf(facts)).toEqual({
        allowedOutcomes: [POSTPONE, REJECT],
        canApprove: false,
        blockingReasons: [expect.objectContaining({ code: 'RISK_TOO_HIGH' })],
      });
    }
  });

  it('MEDIUM: approval needs an actionable mitigation on every MEDIUM point (MITIGATION_REQUIRED), LOW points need none', () => {
    const open = filed(point(RiskLevel.MEDIUM, true), point(RiskLevel.MEDIUM, false), point(RiskLevel.LOW, false));
    expect(codes(open, APPROVE)).toEqual(['MITIGATION_REQUIRED']);
    const message = blockersFor(open, APPROVE)[0]!.text.en;
    expect(message).toContain('MEDIUM point');
    expect(message).not.toContain('LOW point');
    expect(codes(open, REJECT)).toEqual([]);
    expect(codes(open, POSTPONE)).toEqual([]);
    expect(readinessOf(open)).toMatchObject({ allowedOutcomes: [POSTPONE, REJECT], canApprove: false });
    const covered = filed(point(RiskLevel.MEDIUM, true), point(RiskLevel.MEDIUM, true), point(RiskLevel.LOW, false));
    expect(codes(covered, APPROVE)).toEqual([]);
    expect(readinessOf(covered)).toEqual({ allowedOutcomes: ALL, canApprove: true, blockingReasons: [] });
  });

  it('LOW (or no point at all): every outcome allowed', () => {
    for (const facts of [filed(), filed(point(RiskLevel.LOW)), filed(point(RiskLevel.LOW), point(RiskLevel.LOW))]) {
      for (const outcome of ALL) expect(codes(facts, outcome)).toEqual([]);
      expect(readinessOf(facts)).toEqual({ allowedOutcomes: ALL, canApprove: true, blockingReasons: [] });
    }
  });
});

describe('the smaller rules', () => {
  it('counts a mitigation only with both an owner unit and a due date', () => {
    expect(isActionable({ ownerUnitKey: '7', dueDate: '2027-06-30' })).toBe(true);
    expect(isActionable({ ownerUnitKey: null, dueDate: '2027-06-30' })).toBe(false);
    expect(isActionable({ ownerUnitKey: '7', dueDate: null })).toBe(false);
    expect(isActionable({ ownerUnitKey: null, dueDate: null })).toBe(false);
  });

  it('sets follow-ups 90 days on for MEDIUM, 180 for LOW, none for HIGH, across month and year ends', () => {
    expect(followUpAfter('2026-03-01', RiskLevel.MEDIUM)).toBe('2026-05-30');
    expect(followUpAfter('2026-03-01', RiskLevel.LOW)).toBe('2026-08-28');
    expect(followUpAfter('2026-11-15', RiskLevel.MEDIUM)).toBe('2027-02-13');
    expect(followUpAfter('2026-03-01', RiskLevel.HIGH)).toBeNull();
  });

  it('makes a follow-up due on its day and after, never without a date', () => {
    expect(isFollowUpDue('2026-05-30', '2026-05-29')).toBe(false);
    expect(isFollowUpDue('2026-05-30', '2026-05-30')).toBe(true);
    expect(isFollowUpDue('2026-05-30', '2026-06-02')).toBe(true);
    expect(isFollowUpDue(null, '2026-06-02')).toBe(false);
  });

  it('dates a review from the approval or the last review, whichever is later', () => {
    expect(earliestReviewOn('2026-03-01', null)).toBe('2026-03-01');
    expect(earliestReviewOn('2026-03-01', '2026-05-30')).toBe('2026-05-30');
    expect(earliestReviewOn('2026-03-01', '2026-02-01')).toBe('2026-03-01');
  });
});

describe('MajorDecision.decide and recordFollowUp, on entities in memory', () => {
  beforeAll(async () => {
    // Metadata only (collections need it); no connection is made.
    await MikroORM.init({ ...ormConfig('postgres://nobody@127.0.0.1:1/none'), connect: false });
  });

  let ids = 0;
  /** As stored entities are: with a key. */
  const stored = <T extends { id: string }>(entity: T): T => Object.assign(entity, { id: String(++ids) });
  const unit = () => stored(new Unit({ code: `U-${ids}`, name: '单位', kind: UnitKind.COURT, level: UnitLevel.PROVINCE, region: null }));
  const user = (username: string) => stored(new User({ username, displayName: username, unit: null }));
  const NOW = new Date('2026-03-01T04:00:00Z');
  const TODAY = '2026-03-01';

  /** A matter whose assessment holds points of these (likelihood, impact, mitigation) and has gone as far as `until`. */
  function matterWith(
    points: { likelihood: number; impact: number; mitigation?: 'actionable' | 'vague' }[],
    until: 'drafted' | 'filed' = 'filed',
  ) {
    const owner = unit();
    const category = stored(new DecisionCategory({ code: 'MAJOR_PROJECT', ordinal: 3, name: '重大工程项目建设', description: '' }));
    const decision = stored(
      new MajorDecision({
        title: '事项',
        category,
        planText: '方案',
        decisionBody: owner,
        assessingUnit: owner,
        procedure: DecisionProcedure.SIMPLIFIED,
      }),
    );
    const assessor = user('assessor');
    const assessment = stored(new RiskAssessment(decision, assessor));
    decision.beginAssessment(assessment);
    for (const spec of points) {
      const p = stored(
        new RiskPoint(assessment, {
          dimension: RiskDimension.LEGALITY,
          description: `${spec.likelihood}×${spec.impact}`,
          likelihood: spec.likelihood,
          impact: spec.impact,
          peopleAffected: 1,
        }),
      );
      assessment.points.add(p);
      if (spec.mitigation) {
        const actionable = spec.mitigation === 'actionable';
        p.mitigations.add(
          new MitigationMeasure({
            point: p,
            description: '措施',
            ownerUnit: actionable ? owner : null,
            dueDate: actionable ? '2027-06-30' : null,
          }),
        );
      }
    }
    if (until === 'filed') {
      for (const dimension of Object.values(RiskDimension)) assessment.findings.add(new DimensionFinding(assessment, dimension, '无'));
      assessment.submit(decision.procedure, assessor, NOW);
      assessment.review(user('reviewer'), ReviewVerdict.PASS, '同意', NOW);
      assessment.file(user('staff'), NOW);
      decision.assessmentFiled();
    }
    return { decision, assessment, decider: user('decider') };
  }

  const refusal = (act: () => unknown) => {
    try {
      act();
    } catch (error) {
      expect(error).toBeInstanceOf(RiskAssessmentError);
      return (error as RiskAssessmentError).code;
    }
    return 'accepted';
  };

  it('builds the same facts from entities as the rule expects', () => {
    const { decision } = matterWith([
      { likelihood: 3, impact: 3, mitigation: 'actionable' },
      { likelihood: 2, impact: 4, mitigation: 'vague' },
      { likelihood: 1, impact: 1 },
    ]);
    expect(decision.facts()).toEqual({
      status: DecisionStatus.READY,
      assessment: {
        status: AssessmentStatus.FILED,
        points: [
          { description: '3×3', level: RiskLevel.MEDIUM, mitigated: true },
          { description: '2×4', level: RiskLevel.MEDIUM, mitigated: false },
          { description: '1×1', level: RiskLevel.LOW, mitigated: false },
        ],
      },
    });
    expect(factsOf(DecisionStatus.DRAFT, null, [], [])).toEqual({ status: DecisionStatus.DRAFT, assessment: null });
  });

  it('approves a MEDIUM matter with mitigations: DECIDED, its record returned, next review in 90 days', () => {
    const { decision, assessment, decider } = matterWith([{ likelihood: 3, impact: 3, mitigation: 'actionable' }]);
    const record = decision.decide(APPROVE, '  经集体讨论决定 ', decider, NOW, TODAY);
    // Entities hold each other in circles: compare them by identity, the values by value.
    expect([record.decision, record.decidedBy, record.assessment].map((e, i) => e === [decision, decider, assessment][i])).toEqual([
      true,
      true,
      true,
    ]);
    expect({ outcome: record.outcome, rationale: record.rationale, decidedAt: record.decidedAt, level: record.level }).toEqual({
      outcome: APPROVE,
      rationale: '经集体讨论决定',
      decidedAt: NOW,
      level: RiskLevel.MEDIUM,
    });
    expect(decision.status).toBe(DecisionStatus.DECIDED);
    expect(decision.nextFollowUpDue).toBe('2026-05-30');
    expect(assessment.status).toBe(AssessmentStatus.FILED);
    expect(refusal(() => decision.decide(REJECT, '再议', decider, NOW, TODAY))).toBe('DECISION_FINAL');
  });

  it('approves a LOW matter: next review in 180 days', () => {
    const { decision, decider } = matterWith([{ likelihood: 2, impact: 3 }]);
    expect(decision.decide(APPROVE, '同意', decider, NOW, TODAY).level).toBe(RiskLevel.LOW);
    expect(decision.nextFollowUpDue).toBe('2026-08-28');
  });

  it('refuses, changing nothing: HIGH approval, MEDIUM without actionable mitigation, an unfiled assessment, an empty rationale', () => {
    const cases = [
      { points: [{ likelihood: 4, impact: 4, mitigation: 'actionable' as const }], until: 'filed' as const, code: 'RISK_TOO_HIGH' },
      { points: [{ likelihood: 3, impact: 3, mitigation: 'vague' as const }], until: 'filed' as const, code: 'MITIGATION_REQUIRED' },
      { points: [{ likelihood: 1, impact: 1 }], until: 'drafted' as const, code: 'ASSESSMENT_REQUIRED' },
    ];
    for (const { points, until, code } of cases) {
      const { decision, assessment, decider } = matterWith(points, until);
      const before = { status: decision.status, assessment: assessment.status };
      expect(refusal(() => decision.decide(APPROVE, '同意', decider, NOW, TODAY))).toBe(code);
      expect({ status: decision.status, assessment: assessment.status }).toEqual(before);
      expect(decision.nextFollowUpDue).toBeNull();
    }
    const { decision, decider } = matterWith([]);
    expect(refusal(() => decision.decide(REJECT, '   ', decider, NOW, TODAY))).toBe('INVALID_INPUT');
    expect(decision.status).toBe(DecisionStatus.READY);
  });

  it('rejects a HIGH matter for good; postpones one back to DRAFT with its assessment STALE', () => {
    const rejected = matterWith([{ likelihood: 5, impact: 4 }]);
    expect(rejected.decision.decide(REJECT, '不实施', rejected.decider, NOW, TODAY).outcome).toBe(REJECT);
    expect([rejected.decision.status, rejected.decision.nextFollowUpDue]).toEqual([DecisionStatus.DECIDED, null]);
    const postponed = matterWith([{ likelihood: 5, impact: 4 }]);
    const record = postponed.decision.decide(POSTPONE, '暂缓', postponed.decider, NOW, TODAY);
    expect([record.outcome, record.level]).toEqual([POSTPONE, RiskLevel.HIGH]);
    expect([postponed.decision.status, postponed.assessment.status]).toEqual([DecisionStatus.DRAFT, AssessmentStatus.STALE]);
    expect(refusal(() => postponed.decision.decide(REJECT, '不实施', postponed.decider, NOW, TODAY))).toBe('ASSESSMENT_REQUIRED');
  });

  it('records follow-ups of an approved matter: MEDIUM every 90 days, LOW every 180, dated between the last one and today', () => {
    for (const [spec, days] of [
      [{ likelihood: 3, impact: 3, mitigation: 'actionable' as const }, ['2026-05-30', '2026-08-30']],
      [{ likelihood: 1, impact: 2 }, ['2026-08-28', '2026-11-28']],
    ] as const) {
      const { decision, decider } = matterWith([spec]);
      decision.decide(APPROVE, '同意', decider, NOW, TODAY);
      expect(decision.nextFollowUpDue).toBe(days[0]);
      const later = new Date('2026-06-01T04:00:00Z');
      const review = decision.recordFollowUp(
        { reviewedOn: '2026-06-01', findings: ' 运行平稳 ' },
        decider,
        { approvedOn: TODAY, lastReviewedOn: null },
        later,
        '2026-06-01',
      );
      expect(review.decision === decision && review.reviewer === decider).toBe(true);
      expect({ reviewedOn: review.reviewedOn, findings: review.findings, createdAt: review.createdAt }).toEqual({
        reviewedOn: '2026-06-01',
        findings: '运行平稳',
        createdAt: later,
      });
      expect(decision.nextFollowUpDue).toBe(days[1]);
    }
  });

  it('refuses follow-ups outside the window, of matters not approved, and without findings', () => {
    const { decision, decider } = matterWith([{ likelihood: 1, impact: 1 }]);
    const history = { approvedOn: TODAY, lastReviewedOn: null };
    const record = (reviewedOn: string, h: { approvedOn: string | null; lastReviewedOn: string | null } = history, findings = '情况') =>
      refusal(() => decision.recordFollowUp({ reviewedOn, findings }, decider, h, NOW, '2026-04-01'));
    expect(record('2026-03-15')).toBe('INVALID_TRANSITION'); // not yet approved
    decision.decide(APPROVE, '同意', decider, NOW, TODAY);
    expect(record('2026-02-28')).toBe('INVALID_INPUT'); // before the approval
    expect(record('2026-04-02')).toBe('INVALID_INPUT'); // after today
    expect(record('2026-03-15', { approvedOn: TODAY, lastReviewedOn: '2026-03-20' })).toBe('INVALID_INPUT'); // before the last review
    expect(record('2026-03-15', history, '  ')).toBe('INVALID_INPUT');
    expect(decision.nextFollowUpDue).toBe('2026-08-28');
    expect(record(TODAY)).toBe('accepted'); // the approval day itself
    expect(record('2026-04-01')).toBe('accepted'); // today
    expect(decision.nextFollowUpDue).toBe('2026-09-28');
  });
});
