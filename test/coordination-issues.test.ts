import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionItemsDocument,
  AddActionItemDocument,
  CancelActionItemDocument,
  CloseCoordinationIssueDocument,
  CompleteActionItemDocument,
  CoordinationIssueDocument,
  CoordinationRecordDocument,
  CoordinationIssuesDocument,
  CreateFundObligationDocument,
  OpenCoordinationIssueDocument,
  RecordFundTransactionDocument,
  RecordMeetingDocument,
  ReopenCoordinationIssueDocument,
  ResolveCoordinationIssueDocument,
  type ActionItemFilter,
  type CoordinationIssueFilter,
  type CoordinationIssueQuery,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { idOf, unitId } from './support/ids.js';
import { addUser } from './support/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  await addUser(app, 'czt-officer', 'HLJ-CZT');
});
afterAll(() => app.close());

type Issue = Extract<NonNullable<CoordinationIssueQuery['node']>, { status: unknown }>;
const view = async (id: string, as = 'coordinator') => (await app.ok(CoordinationIssueDocument, { id }, { as })).node as Issue;

async function openIssue(targetDate = '2030-06-30'): Promise<string> {
  const { openCoordinationIssue } = await app.ok(
    OpenCoordinationIssueDocument,
    {
      input: {
        title: '协调事项',
        kind: 'FUND_TRANSFER',
        leadUnitId: await unitId(app, 'HLJ-ZFW-RULE-OF-LAW'),
        targetDate,
        openedOn: '2021-05-20',
      },
    },
    { as: 'coordinator' },
  );
  return openCoordinationIssue.coordinationIssue!.id;
}

describe('meetings and action items', () => {
  it('refuses a meeting naming a unit that does not exist, at its field, writing nothing', async () => {
    const issueId = await openIssue();
    const czt = await unitId(app, 'HLJ-CZT');
    const nowhere = idOf('Unit', 999999);
    const before = await auditCount(app);
    for (const [attendingUnitIds, assignedUnitId, field] of [
      [[czt, nowhere, czt], czt, ['attendingUnitIds', '1']],
      [[czt], nowhere, ['resolutions', '0', 'actions', '0', 'assignedUnitId']],
    ] as const) {
      const { recordMeeting } = await app.ok(
        RecordMeetingDocument,
        {
          input: {
            issueId,
            heldOn: '2021-05-27',
            title: '专题协调会',
            minutes: '会议纪要',
            attendingUnitIds: [...attendingUnitIds],
            resolutions: [{ text: '决议', actions: [{ description: '事项', assignedUnitId, dueDate: '2021-06-03' }] }],
          },
        },
        { as: 'coordinator' },
      );
      expect(recordMeeting.userErrors).toEqual([
        { code: 'NOT_FOUND', message: 'Nothing you may see has this ID.', field: ['input', ...field] },
      ]);
    }
    expect(await auditCount(app)).toBe(before);
    expect((await view(issueId)).meetings).toEqual([]);
  });

  it('records a meeting whose resolutions assign action items; officers complete their own unit’s items only', async () => {
    const issueId = await openIssue();
    const czt = await unitId(app, 'HLJ-CZT');
    const rst = await unitId(app, 'HLJ-RST');
    const { recordMeeting } = await app.ok(
      RecordMeetingDocument,
      {
        input: {
          issueId,
          heldOn: '2021-05-27',
          title: '专题协调会',
          minutes: '会议纪要：明确资金划转时限。',
          attendingUnitIds: [czt, rst],
          resolutions: [
            { text: '财政厅负责资金兜底', actions: [{ description: '拨付周转资金', assignedUnitId: czt, dueDate: '2021-06-03' }] },
            { text: '人社厅负责关系转移', actions: [{ description: '办理关系转移', assignedUnitId: rst, dueDate: '2031-06-03' }] },
          ],
        },
      },
      { as: 'coordinator' },
    );
    expect(recordMeeting.coordinationIssue?.status).toBe('IN_PROGRESS');
    const issue = await view(issueId);
    expect(issue.meetings).toEqual([
      {
        id: expect.any(String),
        heldOn: '2021-05-27',
        title: '专题协调会',
        minutes: '会议纪要：明确资金划转时限。',
        resolutions: ['财政厅负责资金兜底', '人社厅负责关系转移'],
        attendingUnits: [{ code: 'HLJ-CZT' }, { code: 'HLJ-RST' }],
      },
    ]);
    const [overdue, later] = issue.actionItems;
    expect(overdue).toMatchObject({ status: 'OPEN', isOverdue: true, assignedUnit: { code: 'HLJ-CZT' } });
    expect(later).toMatchObject({ isOverdue: false });

    // The inbox of HLJ-CZT lists its overdue item.
    const inbox = await app.ok(ActionItemsDocument, { filter: { assignedUnit: { eq: czt }, overdue: true } });
    expect(inbox.actionItems!.nodes.map((i) => i.id)).toContain(overdue!.id);

    expect(
      errorCodes(
        await app.gql(CompleteActionItemDocument, { input: { actionItemId: later!.id, evidence: '越权' } }, { as: 'czt-officer' }),
      ),
    ).toEqual(['FORBIDDEN']);
    const done = await app.ok(
      CompleteActionItemDocument,
      { input: { actionItemId: overdue!.id, evidence: '已拨付' } },
      { as: 'czt-officer' },
    );
    expect(done.completeActionItem.userErrors).toEqual([]);
    expect(done.completeActionItem.actionItem).toMatchObject({ id: overdue!.id, status: 'DONE', completedBy: { login: 'czt-officer' } });
    const again = await app.ok(
      CompleteActionItemDocument,
      { input: { actionItemId: overdue!.id, evidence: '再次' } },
      { as: 'czt-officer' },
    );
    expect(again.completeActionItem.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(
      errorCodes(await app.gql(CancelActionItemDocument, { input: { actionItemId: later!.id, reason: '不需要' } }, { as: 'czt-officer' })),
    ).toEqual(['FORBIDDEN']);
    const cancelled = await app.ok(
      CancelActionItemDocument,
      { input: { actionItemId: later!.id, reason: '改由其他渠道' } },
      { as: 'staff' },
    );
    expect(cancelled.cancelActionItem.userErrors).toEqual([]);
    expect((await view(issueId)).actionItems.map((i) => [i.status, i.evidence, i.completedBy?.login])).toEqual([
      ['DONE', '已拨付', 'czt-officer'],
      ['CANCELLED', '改由其他渠道', 'staff'],
    ]);
  });
});

describe('closure', () => {
  it('is refused while anything is open, naming each item and obligation; a RESOLVED issue settles money and items without reopening, then closes; a CLOSED one refuses both; reopening works', async () => {
    const issueId = await openIssue();
    const [bdh, rst] = [await unitId(app, 'BDH'), await unitId(app, 'HLJ-RST')];
    await app.ok(
      AddActionItemDocument,
      { input: { issueId, description: '核对名单', assignedUnitId: rst, dueDate: '2030-01-01' } },
      { as: 'coordinator' },
    );
    const { createFundObligation } = await app.ok(
      CreateFundObligationDocument,
      { input: { issueId, payerUnitId: bdh, payeeUnitId: rst, purpose: '养老金划转', amount: '1000.50', beneficiaries: 3 } },
      { as: 'coordinator' },
    );
    const obligationId = createFundObligation.fundObligation!.id;

    const early = await app.ok(CloseCoordinationIssueDocument, { input: { issueId } }, { as: 'coordinator' });
    expect(early.closeCoordinationIssue.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    await app.ok(ResolveCoordinationIssueDocument, { input: { issueId } }, { as: 'coordinator' });

    const audits = await auditCount(app);
    const refused = await app.ok(CloseCoordinationIssueDocument, { input: { issueId } }, { as: 'coordinator' });
    expect(refused.closeCoordinationIssue.userErrors).toEqual([expect.objectContaining({ code: 'ISSUE_NOT_READY_TO_CLOSE' })]);
    const message = refused.closeCoordinationIssue.userErrors[0]!.message;
    expect(message).toContain('核对名单');
    expect(message).toContain('养老金划转');
    expect(message).toContain('1000.50');
    expect(await auditCount(app)).toBe(audits);
    // The refusal carries the blockers as data, too.
    expect(refused.closeCoordinationIssue.closureBlockers).toEqual({
      clear: false,
      openActionItems: [{ description: '核对名单' }],
      unsettledObligations: [{ purpose: '养老金划转', outstanding: '1000.50' }],
    });
    // A resolved issue takes no new work of any kind.
    const stopped = [
      (
        await app.ok(
          AddActionItemDocument,
          { input: { issueId, description: '迟到', assignedUnitId: rst, dueDate: '2030-01-01' } },
          { as: 'coordinator' },
        )
      ).addActionItem.userErrors,
      (await app.ok(RecordMeetingDocument, { input: { issueId, heldOn: '2021-06-01', title: '迟到的会' } }, { as: 'coordinator' }))
        .recordMeeting.userErrors,
    ];
    expect(stopped.map((errors) => errors.map((e) => e.code))).toEqual([['INVALID_TRANSITION'], ['INVALID_TRANSITION']]);
    expect(await auditCount(app)).toBe(audits);
    const blockers = (await view(issueId)).closureBlockers;
    expect(blockers).toEqual({
      clear: false,
      openActionItems: [{ description: '核对名单' }],
      unsettledObligations: [{ purpose: '养老金划转', outstanding: '1000.50' }],
    });
    expect((await view(issueId)).status).toBe('RESOLVED');

    // Resolution is the agreement: on a RESOLVED issue the money moves and the items are settled
    // without reopening it, still within what the obligation leaves room for.
    const earlyDisbursement = await app.ok(
      RecordFundTransactionDocument,
      { input: { obligationId, kind: 'DISBURSEMENT', amount: '0.01', reference: 'x' } },
      { as: 'coordinator' },
    );
    expect(earlyDisbursement.recordFundTransaction.userErrors.map((e) => e.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    for (const kind of ['TRANSFER', 'DISBURSEMENT'] as const) {
      const moved = await app.ok(
        RecordFundTransactionDocument,
        { input: { obligationId, kind, amount: '1000.50', reference: kind } },
        { as: 'coordinator' },
      );
      expect(moved.recordFundTransaction.userErrors).toEqual([]);
      expect(moved.recordFundTransaction.coordinationIssue?.status).toBe('RESOLVED');
    }
    const item = (await view(issueId)).actionItems[0]!;
    const settled = await app.ok(
      CompleteActionItemDocument,
      { input: { actionItemId: item.id, evidence: '名单已核对' } },
      { as: 'coordinator' },
    );
    expect(settled.completeActionItem.userErrors).toEqual([]);
    expect(settled.completeActionItem.coordinationIssue?.status).toBe('RESOLVED');
    expect((await view(issueId)).closureBlockers).toEqual({ clear: true, openActionItems: [], unsettledObligations: [] });
    const closed = await app.ok(CloseCoordinationIssueDocument, { input: { issueId } }, { as: 'coordinator' });
    expect(closed.closeCoordinationIssue.userErrors).toEqual([]);
    expect(closed.closeCoordinationIssue.coordinationIssue?.status).toBe('CLOSED');
    expect(closed.closeCoordinationIssue.closureBlockers).toBeNull();

    // A CLOSED issue takes no more money and no settling: refused with a code, nothing written.
    const beforeLate = await auditCount(app);
    const lateMoney = await app.ok(
      RecordFundTransactionDocument,
      { input: { obligationId, kind: 'TRANSFER', amount: '0.01', reference: 'late' } },
      { as: 'coordinator' },
    );
    expect(lateMoney.recordFundTransaction.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_TRANSITION', message: expect.stringContaining('CLOSED') }),
    ]);
    expect(lateMoney.recordFundTransaction.fundObligation).toBeNull();
    const lateItem = await app.ok(CancelActionItemDocument, { input: { actionItemId: item.id, reason: '迟到' } }, { as: 'coordinator' });
    expect(lateItem.cancelActionItem.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(await auditCount(app)).toBe(beforeLate);
    const after = await view(issueId);
    expect(after.fundObligations[0]!.totals).toEqual({
      obligated: '1000.50',
      transferred: '1000.50',
      disbursed: '1000.50',
      outstanding: '0.00',
    });
    expect(after.actionItems.map((i) => [i.status, i.evidence])).toEqual([['DONE', '名单已核对']]);
    expect(after.fundObligations[0]!.transactions.map((t) => [t.kind, t.amount, t.recordedBy.login])).toEqual([
      ['TRANSFER', '1000.50', 'coordinator'],
      ['DISBURSEMENT', '1000.50', 'coordinator'],
    ]);
    const reopenClosed = await app.ok(ReopenCoordinationIssueDocument, { input: { issueId, reason: '复查' } }, { as: 'staff' });
    expect(reopenClosed.reopenCoordinationIssue.coordinationIssue?.status).toBe('REOPENED');
    const reopenOpen = await app.ok(ReopenCoordinationIssueDocument, { input: { issueId, reason: '再开' } }, { as: 'staff' });
    expect(reopenOpen.reopenCoordinationIssue.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('is run by coordinators and commission staff only: every other user is FORBIDDEN and nothing is written', async () => {
    const issueId = await openIssue();
    const [bdh, rst] = [await unitId(app, 'BDH'), await unitId(app, 'HLJ-RST')];
    const audits = await auditCount(app);
    for (const as of ['officer', 'viewer', 'decider', 'czt-officer']) {
      const attempts = [
        app.gql(
          OpenCoordinationIssueDocument,
          { input: { title: '越权', kind: 'OTHER', leadUnitId: bdh, targetDate: '2030-01-01' } },
          { as },
        ),
        app.gql(
          CreateFundObligationDocument,
          { input: { issueId, payerUnitId: bdh, payeeUnitId: rst, purpose: '越权', amount: '1.00' } },
          { as },
        ),
        app.gql(RecordMeetingDocument, { input: { issueId, heldOn: '2021-06-01', title: '越权' } }, { as }),
        app.gql(AddActionItemDocument, { input: { issueId, description: '越权', assignedUnitId: rst, dueDate: '2030-01-01' } }, { as }),
        app.gql(ResolveCoordinationIssueDocument, { input: { issueId } }, { as }),
        app.gql(CloseCoordinationIssueDocument, { input: { issueId } }, { as }),
        app.gql(ReopenCoordinationIssueDocument, { input: { issueId, reason: '越权' } }, { as }),
      ];
      for (const response of await Promise.all(attempts)) expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await auditCount(app)).toBe(audits);
  });

  it('refuses obligations with an invalid amount or one unit on both sides', async () => {
    const issueId = await openIssue();
    const [bdh, rst] = [await unitId(app, 'BDH'), await unitId(app, 'HLJ-RST')];
    const create = async (payeeUnitId: string, amount: string) =>
      (
        await app.ok(
          CreateFundObligationDocument,
          { input: { issueId, payerUnitId: bdh, payeeUnitId, purpose: '划转', amount } },
          { as: 'coordinator' },
        )
      ).createFundObligation.userErrors;
    expect((await create(rst, '0.00')).map((e) => e.code)).toEqual(['INVALID_AMOUNT']);
    expect((await create(rst, '12.345')).map((e) => e.code)).toEqual(['INVALID_AMOUNT']);
    expect(await create(bdh, '10.00')).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'payeeUnitId'] })]);
  });
});

describe('the timeline', () => {
  it('shows every event of an issue in order, with actor, time and what changed', async () => {
    const issueId = await openIssue();
    const rst = await unitId(app, 'HLJ-RST');
    await app.ok(
      RecordMeetingDocument,
      {
        input: {
          issueId,
          heldOn: '2021-05-27',
          title: '协调会',
          resolutions: [{ text: '办理', actions: [{ description: '办理转移', assignedUnitId: rst, dueDate: '2030-01-01' }] }],
        },
      },
      { as: 'coordinator' },
    );
    await app.ok(ResolveCoordinationIssueDocument, { input: { issueId } }, { as: 'staff' });
    const { timeline } = await view(issueId);
    expect(timeline.nodes.map((e) => e.action)).toEqual([
      'coordinationIssue.open',
      'coordinationIssue.recordMeeting',
      'coordinationIssue.assignAction',
      'coordinationIssue.resolve',
    ]);
    expect(timeline.nodes.map((e) => e.actor?.login)).toEqual(['coordinator', 'coordinator', 'coordinator', 'staff']);
    expect(timeline.nodes[3]!.changes).toEqual([{ field: 'status', from: 'IN_PROGRESS', to: 'RESOLVED' }]);
    // Typed field changes: the status moved, the meeting's values were recorded, lists as JSON.
    expect(timeline.nodes[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'OPEN', to: 'IN_PROGRESS' },
        { field: 'title', from: null, to: '协调会' },
        { field: 'resolutions', from: null, to: '["办理"]' },
      ]),
    );
    expect(timeline.nodes[2]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'description', from: null, to: '办理转移' },
        { field: 'dueDate', from: null, to: '2030-01-01' },
      ]),
    );
    const times = timeline.nodes.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('lists', () => {
  it('filter coordination issues with and/or and order them both ways, ties by ID', async () => {
    const tag = `筛选${Date.now()}`;
    const open = async (title: string, kind: 'STAFFING' | 'OTHER', targetDate: string) =>
      (
        await app.ok(
          OpenCoordinationIssueDocument,
          { input: { title: `${tag}${title}`, kind, leadUnitId: await unitId(app, 'HLJ-ZFW-RULE-OF-LAW'), targetDate } },
          { as: 'coordinator' },
        )
      ).openCoordinationIssue.coordinationIssue!.id;
    const a = await open('甲', 'STAFFING', '2031-01-01');
    const b = await open('乙', 'OTHER', '2032-01-01');
    const c = await open('丙', 'OTHER', '2033-01-01');
    const ids = async (filter: CoordinationIssueFilter, direction: 'ASC' | 'DESC' = 'ASC') =>
      (
        await app.ok(CoordinationIssuesDocument, { first: 50, filter, orderBy: [{ field: 'TARGET_DATE', direction }] })
      ).coordinationIssues!.nodes.map((i) => i.id);
    expect(await ids({ text: tag })).toEqual([a, b, c]);
    expect(await ids({ text: tag }, 'DESC')).toEqual([c, b, a]);
    expect(await ids({ and: [{ text: tag }, { kind: { eq: 'OTHER' } }] })).toEqual([b, c]);
    expect(await ids({ text: tag, or: [{ kind: { eq: 'STAFFING' } }, { text: `${tag}丙` }] }, 'DESC')).toEqual([c, a]);
    expect(await ids({ and: [{ text: tag }], or: [{ kind: { eq: 'STAFFING' } }, { text: '不存在的' }] })).toEqual([a]);
  });

  it('filter action items with and/or and order them both ways, by due date or creation', async () => {
    const issueId = await openIssue();
    const [czt, rst] = [await unitId(app, 'HLJ-CZT'), await unitId(app, 'HLJ-RST')];
    const add = async (description: string, assignedUnitId: string, dueDate: string) =>
      (await app.ok(AddActionItemDocument, { input: { issueId, description, assignedUnitId, dueDate } }, { as: 'coordinator' }))
        .addActionItem.actionItem!.id;
    const late = await add('最晚', czt, '2041-03-01');
    const early = await add('最早', rst, '2041-01-01');
    const middle = await add('居中', czt, '2041-02-01');
    const window = { dueDate: { gte: '2041-01-01', lte: '2041-12-31' } };
    const ids = async (filter: ActionItemFilter, field: 'DUE_DATE' | 'CREATED_AT', direction: 'ASC' | 'DESC') =>
      (await app.ok(ActionItemsDocument, { filter, orderBy: [{ field, direction }] })).actionItems!.nodes.map((i) => i.id);
    expect(await ids(window, 'DUE_DATE', 'ASC')).toEqual([early, middle, late]);
    expect(await ids(window, 'DUE_DATE', 'DESC')).toEqual([late, middle, early]);
    expect(await ids(window, 'CREATED_AT', 'ASC')).toEqual([late, early, middle]);
    expect(await ids(window, 'CREATED_AT', 'DESC')).toEqual([middle, early, late]);
    expect(await ids({ and: [window, { assignedUnit: { eq: czt } }] }, 'DUE_DATE', 'ASC')).toEqual([middle, late]);
    expect(await ids({ ...window, or: [{ assignedUnit: { eq: rst } }, { dueDate: { gte: '2041-03-01' } }] }, 'DUE_DATE', 'DESC')).toEqual([
      late,
      early,
    ]);
  });

  it('count an action item overdue once the clock passes its due date, in the field and the filter alike', async () => {
    const issueId = await openIssue();
    const rst = await unitId(app, 'HLJ-RST');
    const { addActionItem } = await app.ok(
      AddActionItemDocument,
      { input: { issueId, description: '按期办理', assignedUnitId: rst, dueDate: '2042-06-30' } },
      { as: 'coordinator' },
    );
    const id = addActionItem.actionItem!.id;
    const state = async () => {
      const item = (await view(issueId)).actionItems.find((i) => i.id === id)!;
      const listed = await app.ok(ActionItemsDocument, { filter: { overdue: true, dueDate: { eq: '2042-06-30' } } });
      return [item.isOverdue, listed.actionItems!.nodes.some((i) => i.id === id)];
    };
    try {
      app.clock.set('2042-06-30');
      expect(await state()).toEqual([false, false]);
      app.clock.advanceDays(1);
      expect(await state()).toEqual([true, true]);
    } finally {
      app.clock.reset();
    }
  });
});

describe('the demo pension transfer', () => {
  it('is closed, for 599 retirees, a little over ¥34 million transferred and disbursed, its history in order', async () => {
    const { coordinationIssues } = await app.ok(CoordinationIssuesDocument, { first: 10, filter: { text: '养老保险关系转移' } });
    const demo = coordinationIssues!.nodes.find((i) => i.title.includes('农垦'))!;
    expect(demo).toMatchObject({ status: 'CLOSED', isOverdue: false, leadUnit: { code: 'HLJ-ZFW-RULE-OF-LAW' } });
    const codes = demo.participants.map((p) => p.unit.code);
    for (const code of ['BDH', 'HLJ-RST', 'HLJ-CZT', 'HLJ-GY', 'HLJ-JCY']) expect(codes).toContain(code);
    expect(codes.filter((c) => c.startsWith('NK-'))).toHaveLength(12);
    const issue = await view(demo.id);
    expect(issue.meetings.map((m) => m.heldOn)).toEqual(['2021-05-27']);
    expect(issue.fundObligations.every((o) => o.beneficiaries === 599 && o.totals.outstanding === '0.00')).toBe(true);
    const total = issue.fundObligations.reduce((sum, o) => sum + BigInt(o.totals.disbursed.replace('.', '')), 0n);
    expect(total > 3_400_000_000n && total < 3_500_000_000n).toBe(true);
    expect(issue.closureBlockers.clear).toBe(true);
    const events = issue.timeline.nodes;
    expect(events[0]!.action).toBe('coordinationIssue.open');
    // The demo data was written by the system: no user acted.
    expect(events.every((e) => e.actor === null)).toBe(true);
    expect(events.at(-1)!.action).toBe('coordinationIssue.close');
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // Met on 2021-05-27, settled within a week.
    expect(events.find((e) => e.action === 'coordinationIssue.recordMeeting')!.at.slice(0, 10)).toBe('2021-05-27');
    expect(Date.parse(events.at(-1)!.at) - Date.parse('2021-05-27T00:00:00+08:00')).toBeLessThan(8 * 86_400_000);
  });

  it('gives its participants, meetings and transactions IDs that read back through node(id) for every signed-in user', async () => {
    const { coordinationIssues } = await app.ok(CoordinationIssuesDocument, { first: 10, filter: { text: '养老保险关系转移' } });
    const demo = coordinationIssues!.nodes.find((i) => i.title.includes('农垦'))!;
    const participant = demo.participants.find((p) => p.unit.code === 'BDH')!;
    const issue = await view(demo.id);
    const meeting = issue.meetings[0]!;
    const transaction = issue.fundObligations[0]!.transactions[0]!;
    const ids = [participant.id, meeting.id, transaction.id];
    expect(new Set(ids).size).toBe(3);
    for (const as of ['viewer', 'officer', 'coordinator']) {
      const read = async (id: string) => (await app.ok(CoordinationRecordDocument, { id }, { as })).node;
      expect(await read(participant.id)).toEqual({
        __typename: 'IssueParticipant',
        id: participant.id,
        role: participant.role,
        unit: { code: 'BDH' },
      });
      expect(await read(meeting.id)).toEqual({
        __typename: 'Meeting',
        id: meeting.id,
        heldOn: '2021-05-27',
        title: meeting.title,
        attendingUnits: meeting.attendingUnits,
      });
      expect(await read(transaction.id)).toEqual({
        __typename: 'FundTransaction',
        id: transaction.id,
        kind: transaction.kind,
        amount: transaction.amount,
        recordedBy: transaction.recordedBy,
      });
    }
  });

  it('sits beside open issues with overdue action items', async () => {
    const overdue = await app.ok(ActionItemsDocument, { filter: { overdue: true } });
    expect(overdue.actionItems!.totalCount).toBeGreaterThan(0);
    const open = await app.ok(CoordinationIssuesDocument, { first: 10, filter: { status: { in: ['OPEN', 'IN_PROGRESS'] } } });
    expect(open.coordinationIssues!.nodes.some((i) => i.actionItems.some((a) => a.isOverdue))).toBe(true);
  });
});
