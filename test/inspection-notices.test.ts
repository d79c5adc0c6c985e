import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AssignRotationDocument,
  InspectionRoundsDocument,
  CloseInspectionRoundDocument,
  CloseRectificationNoticeDocument,
  FindingNoticesDocument,
  FindingsDocument,
  IssueRectificationNoticeDocument,
  RecordFindingDocument,
  RecordInspectionVisitDocument,
  NoticeReadDocument,
  RectificationNoticesDocument,
  ReformTasksPageDocument,
  ReopenRectificationNoticeDocument,
  StartInspectionRoundDocument,
  StartRectificationDocument,
  SubmitRectificationFeedbackDocument,
  VerifyRectificationDocument,
  ViewerAccountDocument,
  type InspectionRoundsQueryVariables,
  type RecordInspectionVisitInput,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { unitId } from './support/ids.js';
import {
  buildRound,
  demoCadres,
  must,
  type Cadres,
  NOTICE_MOVES_ALLOWED,
  type BuiltRound,
  type NoticeMove,
  type Region,
} from './support/inspection.js';
import { addUser } from './support/users.js';
import { Role } from '../src/shared/auth/role.js';
import { keyOf } from '../src/shared/graphql/global-id.js';

// A round of 2026 on the natural ring: the first group (seated at the first region by code) inspects
// the second region. The officer `target-fy` belongs to that region's intermediate court. The
// server's clock stands at 2026-11-21 and is moved on to make deadlines pass.

let app: TestApp;
let round: BuiltRound;
let target: Region;
let elsewhere: Region;
let tasks: string[];
let cadres: Cadres;
beforeAll(async () => {
  app = await startApp();
  app.clock.set('2026-11-21');
  cadres = await demoCadres(app);
  // The demo inspector is a provincial cadre: they lead the first group, whose visits they record.
  const inspector = (await app.ok(ViewerAccountDocument, {}, { as: 'inspector' })).viewer.person!.id;
  round = await buildRound(app, { ...cadres, leaders: [inspector, ...cadres.leaders.filter((l) => l !== inspector)] }, 2026);
  [, target, elsewhere] = cadres.regions as [Region, Region, Region];
  must(
    (await app.ok(AssignRotationDocument, { input: { roundId: round.roundId, order: cadres.regions.map((r) => r.id) } }, { as: 'staff' }))
      .assignRotation,
    'ring',
  );
  await addUser(app, 'target-fy', `${target.code}-FY`);
  tasks = (await app.ok(ReformTasksPageDocument, { first: 3 })).reformTasks!.nodes.map((t) => t.id);
});
afterAll(() => app.close());

const verdicts = { quantity: 'MET', results: 'PARTLY_MET', quality: 'NOT_MET' } as const;

async function visit(input: Partial<RecordInspectionVisitInput>, as = 'inspector') {
  const full: RecordInspectionVisitInput = {
    groupId: round.groups[0]!,
    regionId: target.id,
    visitedOn: '2026-11-02',
    kind: 'UNANNOUNCED',
    methods: ['DOCUMENTS', 'SITE'],
    unitIds: [await unitId(app, `${target.code}-FY`), await unitId(app, `${target.code}-GAJ`)],
    checks: [
      { taskId: tasks[0]!, ...verdicts, notes: '台账不全' },
      { taskId: tasks[1]!, quantity: 'MET', results: 'MET', quality: 'MET' },
    ],
    ...input,
  };
  return app.gql(RecordInspectionVisitDocument, { input: full }, { as });
}

/** Refused with the code, and nothing written. */
async function refusedVisit(input: Partial<RecordInspectionVisitInput>, code: string) {
  const before = await auditCount(app);
  const { data } = await visit(input);
  expect(data?.recordInspectionVisit.userErrors.map((e) => e.code)).toEqual([code]);
  expect(data?.recordInspectionVisit.inspectionVisit).toBeNull();
  expect(await auditCount(app)).toBe(before);
}

describe('visits', () => {
  it('are recorded only while the round is ACTIVE', async () => {
    await refusedVisit({}, 'ROUND_NOT_ACTIVE');
    must(
      (await app.ok(StartInspectionRoundDocument, { input: { roundId: round.roundId } }, { as: 'staff' })).startInspectionRound,
      'start',
    );
  });

  it('go only to the group’s assigned region, with units of that region, tasks checked once, dated by today', async () => {
    await refusedVisit({ regionId: elsewhere.id, unitIds: [] }, 'NOT_ASSIGNED_REGION');
    await refusedVisit({ unitIds: [await unitId(app, `${elsewhere.code}-FY`)] }, 'INVALID_INPUT');
    await refusedVisit(
      {
        checks: [
          { taskId: tasks[0]!, ...verdicts },
          { taskId: tasks[0]!, ...verdicts },
        ],
      },
      'INVALID_INPUT',
    );
    await refusedVisit({ methods: [] }, 'INVALID_INPUT');
    // Today is 2026-11-21 by the server's clock: tomorrow is refused.
    await refusedVisit({ visitedOn: '2026-11-22' }, 'INVALID_INPUT');
  });

  it('records an unannounced visit with its checks, and a return visit only after an earlier one', async () => {
    await refusedVisit({ kind: 'RETURN_VISIT' }, 'NO_EARLIER_VISIT');
    const first = (await visit({})).data!.recordInspectionVisit;
    expect(first.userErrors).toEqual([]);
    expect(first.inspectionVisit).toMatchObject({
      kind: 'UNANNOUNCED',
      visitedOn: '2026-11-02',
      methods: ['DOCUMENTS', 'SITE'],
      region: { code: target.code },
      unitsVisited: [{ code: `${target.code}-FY` }, { code: `${target.code}-GAJ` }],
      checks: [
        { ...verdicts, notes: '台账不全' },
        { quantity: 'MET', results: 'MET', quality: 'MET', notes: '' },
      ],
    });
    // The same day is not earlier; a later day is.
    await refusedVisit({ kind: 'RETURN_VISIT' }, 'NO_EARLIER_VISIT');
    const back = (await visit({ kind: 'RETURN_VISIT', visitedOn: '2026-11-20', checks: [] })).data!.recordInspectionVisit;
    expect(back.userErrors).toEqual([]);
    expect(back.inspectionVisit?.kind).toBe('RETURN_VISIT');
  });

  it('are recorded by inspectors and commission staff only', async () => {
    for (const as of ['viewer', 'officer', 'coordinator']) expect(errorCodes(await visit({}, as))).toEqual(['FORBIDDEN']);
    expect((await visit({ visitedOn: '2026-11-05' }, 'staff')).data?.recordInspectionVisit.userErrors).toEqual([]);
  });
});

async function newFinding(visitedOn: string): Promise<string> {
  const recorded = (await visit({ visitedOn, checks: [] })).data!.recordInspectionVisit;
  const visitId = must(recorded, 'visit').inspectionVisit!.id;
  const { recordFinding } = await app.ok(
    RecordFindingDocument,
    {
      input: {
        visitId,
        taskId: tasks[0]!,
        unitId: await unitId(app, `${target.code}-FY`),
        description: '立案登记制改革配套制度未出台',
        severity: 'SERIOUS',
      },
    },
    { as: 'inspector' },
  );
  return must(recordFinding, 'finding').finding!.id;
}

describe('findings', () => {
  it('name a unit of the region visited, and are recorded by inspectors and staff', async () => {
    const recorded = (await visit({ visitedOn: '2026-11-06', checks: [] })).data!.recordInspectionVisit;
    const visitId = recorded.inspectionVisit!.id;
    const input = {
      visitId,
      taskId: tasks[0]!,
      unitId: await unitId(app, `${elsewhere.code}-FY`),
      description: '问题',
      severity: 'MINOR' as const,
    };
    const before = await auditCount(app);
    const outside = await app.ok(RecordFindingDocument, { input }, { as: 'inspector' });
    expect(outside.recordFinding.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'unitId'] }]);
    expect(errorCodes(await app.gql(RecordFindingDocument, { input }, { as: 'officer' }))).toEqual(['FORBIDDEN']);
    expect(await auditCount(app)).toBe(before);
    const inside = await app.ok(
      RecordFindingDocument,
      { input: { ...input, unitId: await unitId(app, `${target.code}-JCY`) } },
      { as: 'staff' },
    );
    expect(inside.recordFinding.finding).toMatchObject({ severity: 'MINOR', foundOn: '2026-11-06', region: { code: target.code } });
  });
});

type Action = NoticeMove;
const ACTIONS: Action[] = ['start', 'submit', 'verify', 'close', 'reopen'];
/** Who does each move: the responsible unit's officer, or an inspector. */
const actorOf: Record<Action, string> = {
  start: 'target-fy',
  submit: 'target-fy',
  verify: 'inspector',
  close: 'inspector',
  reopen: 'inspector',
};
const ALLOWED = NOTICE_MOVES_ALLOWED;

async function act(noticeId: string, action: Action, as = actorOf[action]) {
  const input = { noticeId };
  switch (action) {
    case 'start':
      return app.gql(StartRectificationDocument, { input }, { as }).then((r) => ({ r, p: r.data?.startRectification }));
    case 'submit':
      return app
        .gql(
          SubmitRectificationFeedbackDocument,
          { input: { ...input, rootCauseAnalysis: '责任不清', measuresTaken: '出台细则', evidence: '文件' } },
          { as },
        )
        .then((r) => ({ r, p: r.data?.submitRectificationFeedback }));
    case 'verify':
      return app
        .gql(VerifyRectificationDocument, { input: { ...input, note: '核查属实' } }, { as })
        .then((r) => ({ r, p: r.data?.verifyRectification }));
    case 'close':
      return app.gql(CloseRectificationNoticeDocument, { input }, { as }).then((r) => ({ r, p: r.data?.closeRectificationNotice }));
    case 'reopen':
      return app
        .gql(ReopenRectificationNoticeDocument, { input: { ...input, reason: '根源剖析不深' } }, { as })
        .then((r) => ({ r, p: r.data?.reopenRectificationNotice }));
  }
}

/** Every move the status does not allow is refused with INVALID_TRANSITION, and nothing is written. */
async function refusesOtherMoves(noticeId: string, status: string) {
  const before = await auditCount(app);
  for (const action of ACTIONS.filter((a) => !ALLOWED[status]!.includes(a))) {
    const { p } = await act(noticeId, action);
    expect(
      p?.userErrors.map((e) => e.code),
      `${action} from ${status}`,
    ).toEqual(['INVALID_TRANSITION']);
  }
  expect(await auditCount(app)).toBe(before);
}

async function move(noticeId: string, action: Action, expected: string) {
  const { p } = await act(noticeId, action);
  expect(p?.userErrors).toEqual([]);
  expect(p?.rectificationNotice?.status).toBe(expected);
  await refusesOtherMoves(noticeId, expected);
  return p!.rectificationNotice!;
}

const issueInput = (findingId: string, deadline: string) => ({
  input: { findingId, deadline, issuedOn: '2026-11-14', requirements: '深入剖析根源，立行立改，限期反馈' },
});

async function issue(findingId: string, deadline: string, as = 'inspector') {
  const { issueRectificationNotice } = await app.ok(IssueRectificationNoticeDocument, issueInput(findingId, deadline), { as });
  return issueRectificationNotice;
}

/** An inspector whose account is linked to a cadre of group `seat`'s home region, so a member of that group. */
async function inspectorOfGroup(username: string, seat: number): Promise<string> {
  const region = round.seats[seat]!;
  const person = cadres.members.get(region.id)![0]!;
  return addUser(app, username, `${region.code}-ZFW`, [Role.INSPECTOR], { personKey: keyOf(person, 'Person') });
}

describe('rectification notices', () => {
  it('run NOTIFIED → RECTIFYING → FEEDBACK_SUBMITTED → REOPENED → RECTIFYING → … → CLOSED, refusing every other move', async () => {
    const findingId = await newFinding('2026-11-09');
    expect((await issue(findingId, '2026-11-01')).userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'deadline'] }]);
    const issued = await issue(findingId, '2026-11-25');
    expect(issued.userErrors).toEqual([]);
    // Before its deadline: not overdue.
    expect(issued.rectificationNotice).toMatchObject({ status: 'NOTIFIED', isOverdue: false });
    expect((await issue(findingId, '2026-12-25')).userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const id = issued.rectificationNotice!.id;
    await refusesOtherMoves(id, 'NOTIFIED');

    // The deadline passes while the unit still owes its feedback: overdue.
    app.clock.set('2026-11-26');
    expect(await move(id, 'start', 'RECTIFYING')).toMatchObject({ isOverdue: true });
    await move(id, 'submit', 'FEEDBACK_SUBMITTED');
    const reopened = await move(id, 'reopen', 'REOPENED');
    expect(reopened).toMatchObject({ reopenCount: 1, reopenReason: '根源剖析不深', isOverdue: true });
    await move(id, 'start', 'RECTIFYING');
    await move(id, 'submit', 'FEEDBACK_SUBMITTED');
    await move(id, 'verify', 'VERIFIED');
    const closed = await move(id, 'close', 'CLOSED');
    // The accepted feedback came in on 2026-11-26, after 2026-11-25: closed, but late.
    expect(closed).toMatchObject({ isOverdue: false, closedOnTime: false, verifiedBy: { login: 'inspector' } });
    expect(closed.feedback).toHaveLength(2);
    expect(closed.feedback[1]).toMatchObject({
      rootCauseAnalysis: '责任不清',
      measuresTaken: '出台细则',
      evidence: '文件',
      submittedOn: '2026-11-26',
      submittedBy: { login: 'target-fy' },
    });
  });

  it('counts feedback in by the deadline as closed on time', async () => {
    const issued = await issue(await newFinding('2026-11-10'), '2027-01-31');
    const id = issued.rectificationNotice!.id;
    expect(issued.rectificationNotice?.isOverdue).toBe(false);
    for (const [action, status] of [
      ['start', 'RECTIFYING'],
      ['submit', 'FEEDBACK_SUBMITTED'],
      ['verify', 'VERIFIED'],
    ] as const)
      await move(id, action, status);
    // Commission staff may close as well as inspectors.
    const { p } = await act(id, 'close', 'staff');
    expect(p?.rectificationNotice).toMatchObject({ status: 'CLOSED', closedOnTime: true });
  });

  it('let only the responsible unit’s officers rectify, and only inspectors and staff judge', async () => {
    const issued = await issue(await newFinding('2026-11-11'), '2026-11-30');
    const id = issued.rectificationNotice!.id;
    const before = await auditCount(app);
    // Another unit's officer, an inspector, staff, a viewer: none may start or submit for the unit.
    for (const as of ['officer', 'inspector', 'staff', 'viewer', 'coordinator']) {
      expect(errorCodes((await act(id, 'start', as)).r), as).toEqual(['FORBIDDEN']);
      expect(errorCodes((await act(id, 'submit', as)).r), as).toEqual(['FORBIDDEN']);
    }
    await move(id, 'start', 'RECTIFYING');
    await move(id, 'submit', 'FEEDBACK_SUBMITTED');
    const afterMoves = await auditCount(app);
    expect(afterMoves).toBe(before + 2);
    for (const as of ['target-fy', 'officer', 'viewer', 'coordinator', 'admin'])
      for (const action of ['verify', 'close', 'reopen'] as const)
        expect(errorCodes((await act(id, action, as)).r), `${as} ${action}`).toEqual(['FORBIDDEN']);
    expect(await auditCount(app)).toBe(afterMoves);
    await move(id, 'verify', 'VERIFIED');
  });

  it('fill each unit’s inbox, and the findings filters agree', async () => {
    const unit = await unitId(app, `${target.code}-FY`);
    const issued = await issue(await newFinding('2026-11-12'), '2026-11-20');
    const id = issued.rectificationNotice!.id;
    const inbox = await app.ok(RectificationNoticesDocument, {
      first: 50,
      filter: { unit: { eq: unit }, status: { in: ['NOTIFIED', 'RECTIFYING', 'REOPENED'] } },
    });
    expect(inbox.rectificationNotices!.nodes.map((n) => n.id)).toContain(id);
    expect(inbox.rectificationNotices!.nodes.every((n) => n.unit.code === `${target.code}-FY`)).toBe(true);
    const overdue = await app.ok(RectificationNoticesDocument, { first: 50, filter: { unit: { eq: unit }, overdue: true } });
    expect(overdue.rectificationNotices!.nodes.map((n) => n.id)).toContain(id);
    expect(overdue.rectificationNotices!.nodes.every((n) => n.isOverdue)).toBe(true);
    const notOverdue = await app.ok(RectificationNoticesDocument, { first: 100, filter: { overdue: false } });
    expect(notOverdue.rectificationNotices!.nodes.some((n) => n.isOverdue)).toBe(false);

    const findings = await app.ok(FindingsDocument, {
      first: 50,
      filter: { round: { eq: round.roundId }, region: { eq: target.id }, noticeStatus: { eq: 'NOTIFIED' }, overdue: true },
    });
    expect(findings.findings!.nodes.map((f) => f.notice?.id)).toContain(id);
    expect(findings.findings!.nodes.every((f) => f.notice?.status === 'NOTIFIED' && f.notice.isOverdue)).toBe(true);
    const withoutNotice = await app.ok(FindingsDocument, { first: 50, filter: { round: { eq: round.roundId }, hasNotice: false } });
    expect(withoutNotice.findings!.nodes.length).toBeGreaterThan(0);
    expect(withoutNotice.findings!.nodes.every((f) => f.notice === null)).toBe(true);
    const ofUnit = await app.ok(FindingsDocument, { first: 50, filter: { round: { eq: round.roundId }, unit: { eq: unit } } });
    const ofOthers = await app.ok(FindingsDocument, { first: 50, filter: { round: { eq: round.roundId }, unit: { neq: unit } } });
    expect(ofUnit.findings!.totalCount).toBeGreaterThan(3);
    expect(ofUnit.findings!.nodes.every((f) => f.unit.code === `${target.code}-FY`)).toBe(true);
    expect(ofOthers.findings!.nodes.map((f) => f.unit.code)).toEqual([`${target.code}-JCY`]);
    const serious = await app.ok(FindingsDocument, { first: 50, filter: { round: { eq: round.roundId }, severity: { eq: 'SERIOUS' } } });
    expect(serious.findings!.totalCount).toBe(4);
  });

  it('are issued and judged only by inspectors of the finding’s group (or staff)', async () => {
    const findingId = await newFinding('2026-11-07');
    const outsider = await inspectorOfGroup('inspector-group-2', 1);
    const member = await inspectorOfGroup('inspector-group-1', 0);
    const unlinked = await addUser(app, 'inspector-unlinked', `${round.seats[0]!.code}-ZFW`, [Role.INSPECTOR]);
    const before = await auditCount(app);
    for (const as of [outsider, unlinked])
      expect(errorCodes(await app.gql(IssueRectificationNoticeDocument, issueInput(findingId, '2026-12-20'), { as })), as).toEqual([
        'FORBIDDEN',
      ]);
    expect(await auditCount(app)).toBe(before);
    const { findings } = await app.ok(FindingsDocument, { first: 100, filter: { round: { eq: round.roundId }, hasNotice: false } });
    expect(findings!.nodes.map((f) => f.id)).toContain(findingId);

    // A member of the group who does not lead it issues the notice.
    const issued = await issue(findingId, '2026-12-20', member);
    expect(issued.userErrors).toEqual([]);
    const id = issued.rectificationNotice!.id;
    await move(id, 'start', 'RECTIFYING');
    await move(id, 'submit', 'FEEDBACK_SUBMITTED');
    /** Each judgement refused to those outside the group, with nothing written and the status unchanged. */
    const refusedOutside = async (actions: Action[], status: string) => {
      const at = await auditCount(app);
      for (const as of [outsider, unlinked])
        for (const action of actions) expect(errorCodes((await act(id, action, as)).r), `${as} ${action}`).toEqual(['FORBIDDEN']);
      expect(await auditCount(app)).toBe(at);
      const { rectificationNotices } = await app.ok(RectificationNoticesDocument, { first: 100, filter: { round: { eq: round.roundId } } });
      expect(rectificationNotices!.nodes.find((n) => n.id === id)?.status).toBe(status);
    };
    await refusedOutside(['verify', 'reopen'], 'FEEDBACK_SUBMITTED');
    expect((await act(id, 'reopen', member)).p?.rectificationNotice?.status).toBe('REOPENED');
    await move(id, 'start', 'RECTIFYING');
    await move(id, 'submit', 'FEEDBACK_SUBMITTED');
    expect((await act(id, 'verify', member)).p?.rectificationNotice).toMatchObject({ status: 'VERIFIED', verifiedBy: { login: member } });
    await refusedOutside(['close'], 'VERIFIED');
    expect((await act(id, 'close', member)).p?.rectificationNotice?.status).toBe('CLOSED');
  });

  it('carry on after the round closes, when no more visits are recorded', async () => {
    const issued = await issue(await newFinding('2026-11-13'), '2026-12-31');
    must(
      (await app.ok(CloseInspectionRoundDocument, { input: { roundId: round.roundId } }, { as: 'staff' })).closeInspectionRound,
      'close',
    );
    await refusedVisit({ visitedOn: '2026-11-14', checks: [] }, 'ROUND_NOT_ACTIVE');
    await move(issued.rectificationNotice!.id, 'start', 'RECTIFYING');
  });
});

const sorted = (values: string[], direction: 'ASC' | 'DESC') =>
  [...values].sort((a, b) => (direction === 'ASC' ? a.localeCompare(b) : b.localeCompare(a)));

describe('the inspection lists', () => {
  it('show each finding’s notice, read in the page’s statement, exactly as the notice read alone', async () => {
    const { findings } = await app.ok(FindingNoticesDocument, { first: 100 });
    const notices = findings!.nodes.flatMap((f) => (f.notice ? [f.notice] : []));
    // Notices in every state the page can hold: verified, reopened, with feedback.
    expect(notices.some((n) => n.verifiedBy && n.verifiedAt)).toBe(true);
    expect(notices.some((n) => n.reopenCount > 0 && n.reopenReason)).toBe(true);
    expect(notices.some((n) => n.feedback.length > 0)).toBe(true);
    for (const notice of notices) expect(notice).toEqual((await app.ok(NoticeReadDocument, { id: notice.id })).node);
  });

  it('filter notices with and/or and order them by deadline both ways', async () => {
    const unit = await unitId(app, `${target.code}-FY`);
    const either = await app.ok(RectificationNoticesDocument, {
      first: 100,
      filter: { unit: { eq: unit }, or: [{ status: { eq: 'CLOSED' } }, { overdue: true }] },
    });
    const nodes = either.rectificationNotices!.nodes;
    expect(nodes.some((n) => n.status === 'CLOSED')).toBe(true);
    expect(nodes.some((n) => n.status !== 'CLOSED' && n.isOverdue)).toBe(true);
    expect(nodes.every((n) => n.unit.code === `${target.code}-FY` && (n.status === 'CLOSED' || n.isOverdue))).toBe(true);
    const both = await app.ok(RectificationNoticesDocument, {
      first: 100,
      filter: { and: [{ unit: { eq: unit } }, { deadline: { lte: '2026-11-25' } }, { status: { neq: 'CLOSED' } }] },
    });
    expect(both.rectificationNotices!.totalCount).toBeGreaterThan(0);
    expect(both.rectificationNotices!.nodes.every((n) => n.deadline <= '2026-11-25' && n.status !== 'CLOSED')).toBe(true);
    for (const direction of ['ASC', 'DESC'] as const) {
      const { rectificationNotices } = await app.ok(RectificationNoticesDocument, {
        first: 100,
        filter: { round: { eq: round.roundId } },
        orderBy: [{ field: 'DEADLINE', direction }],
      });
      const deadlines = rectificationNotices!.nodes.map((n) => n.deadline);
      expect(new Set(deadlines).size, direction).toBeGreaterThan(2);
      expect(deadlines, direction).toEqual(sorted(deadlines, direction));
    }
  });

  it('filter findings with and/or and order them by the day found both ways', async () => {
    const either = await app.ok(FindingsDocument, {
      first: 100,
      filter: { round: { eq: round.roundId }, or: [{ severity: { eq: 'MINOR' } }, { noticeStatus: { eq: 'CLOSED' } }] },
    });
    const nodes = either.findings!.nodes;
    expect(nodes.some((f) => f.severity === 'MINOR')).toBe(true);
    expect(nodes.some((f) => f.severity !== 'MINOR' && f.notice?.status === 'CLOSED')).toBe(true);
    expect(nodes.every((f) => f.severity === 'MINOR' || f.notice?.status === 'CLOSED')).toBe(true);
    const both = await app.ok(FindingsDocument, {
      first: 100,
      filter: { and: [{ round: { eq: round.roundId } }, { foundOn: { gte: '2026-11-10' } }, { severity: { eq: 'SERIOUS' } }] },
    });
    expect(both.findings!.totalCount).toBeGreaterThan(0);
    expect(both.findings!.nodes.every((f) => f.foundOn >= '2026-11-10' && f.severity === 'SERIOUS')).toBe(true);
    for (const direction of ['ASC', 'DESC'] as const) {
      const { findings } = await app.ok(FindingsDocument, {
        first: 100,
        filter: { round: { eq: round.roundId } },
        orderBy: [{ field: 'FOUND_ON', direction }],
      });
      const days = findings!.nodes.map((f) => f.foundOn);
      expect(new Set(days).size, direction).toBeGreaterThan(2);
      expect(days, direction).toEqual(sorted(days, direction));
    }
  });

  it('filter rounds with and/or and order them by year both ways', async () => {
    const years = async (variables: InspectionRoundsQueryVariables) =>
      (await app.ok(InspectionRoundsDocument, variables)).inspectionRounds!.nodes.map((r) => r.year);
    // The demo's 2020 and 2021 rounds are CLOSED; 2026 was closed above.
    expect(await years({ filter: { or: [{ status: { eq: 'ACTIVE' } }, { status: { eq: 'CLOSED' } }] } })).toEqual([2026, 2021, 2020]);
    expect(await years({ filter: { or: [{ status: { eq: 'ACTIVE' } }, { status: { eq: 'PLANNING' } }] } })).toEqual([]);
    expect(
      await years({
        filter: { and: [{ status: { eq: 'CLOSED' } }, { status: { neq: 'PLANNING' } }] },
        orderBy: [{ field: 'YEAR', direction: 'ASC' }],
      }),
    ).toEqual([2020, 2021, 2026]);
    expect(await years({ orderBy: [{ field: 'YEAR', direction: 'DESC' }] })).toEqual([2026, 2021, 2020]);
  });
});
