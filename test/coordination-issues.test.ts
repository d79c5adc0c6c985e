import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionItemsDocument,
  AddActionItemDocument,
  CancelActionItemDocument,
  CloseCoordinationIssueDocument,
  CompleteActionItemDocument,
  CoordinationIssueDocument,
  CoordinationIssuesDocument,
  CreateFundObligationDocument,
  OpenCoordinationIssueDocument,
  RecordFundTransactionDocument,
  RecordMeetingDocument,
  ReopenCoordinationIssueDocument,
  ResolveCoordinationIssueDocument,
  type CoordinationIssueQuery,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { unitId } from './support/ids.js';
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
    expect(inbox.actionItems.nodes.map((i) => i.id)).toContain(overdue!.id);

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
    expect((await view(issueId)).actionItems.map((i) => [i.status, i.evidence])).toEqual([
      ['DONE', '已拨付'],
      ['CANCELLED', '改由其他渠道'],
    ]);
  });
});

describe('closure', () => {
  it('is refused while anything is open, naming each item and obligation, and allowed once all is settled; reopening works', async () => {
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

    // A resolved issue takes no new money: reopen, settle, resolve again.
    const blocked = await app.ok(
      RecordFundTransactionDocument,
      { input: { obligationId, kind: 'TRANSFER', amount: '1000.50', reference: 'x' } },
      { as: 'coordinator' },
    );
    expect(blocked.recordFundTransaction.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const reopened = await app.ok(ReopenCoordinationIssueDocument, { input: { issueId, reason: '资金未到位' } }, { as: 'coordinator' });
    expect(reopened.reopenCoordinationIssue.coordinationIssue?.status).toBe('REOPENED');
    for (const kind of ['TRANSFER', 'DISBURSEMENT'] as const) {
      await app.ok(
        RecordFundTransactionDocument,
        { input: { obligationId, kind, amount: '1000.50', reference: kind } },
        { as: 'coordinator' },
      );
    }
    const item = (await view(issueId)).actionItems[0]!;
    await app.ok(CompleteActionItemDocument, { input: { actionItemId: item.id, evidence: '名单已核对' } }, { as: 'coordinator' });
    expect((await view(issueId)).closureBlockers.clear).toBe(true);
    await app.ok(ResolveCoordinationIssueDocument, { input: { issueId } }, { as: 'coordinator' });
    const closed = await app.ok(CloseCoordinationIssueDocument, { input: { issueId } }, { as: 'coordinator' });
    expect(closed.closeCoordinationIssue.coordinationIssue?.status).toBe('CLOSED');
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
    expect(timeline.nodes.map((e) => e.actor)).toEqual(['coordinator', 'coordinator', 'coordinator', 'staff']);
    expect(timeline.nodes[3]!.to).toEqual({ status: 'RESOLVED' });
    const times = timeline.nodes.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('the demo pension transfer', () => {
  it('is closed, for 599 retirees, a little over ¥34 million transferred and disbursed, its history in order', async () => {
    const { coordinationIssues } = await app.ok(CoordinationIssuesDocument, { first: 10, filter: { text: '养老保险关系转移' } });
    const demo = coordinationIssues.nodes.find((i) => i.title.includes('农垦'))!;
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
    expect(events.at(-1)!.action).toBe('coordinationIssue.close');
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // Met on 2021-05-27, settled within a week.
    expect(events.find((e) => e.action === 'coordinationIssue.recordMeeting')!.at.slice(0, 10)).toBe('2021-05-27');
    expect(Date.parse(events.at(-1)!.at) - Date.parse('2021-05-27T00:00:00+08:00')).toBeLessThan(8 * 86_400_000);
  });

  it('sits beside open issues with overdue action items', async () => {
    const overdue = await app.ok(ActionItemsDocument, { filter: { overdue: true } });
    expect(overdue.actionItems.totalCount).toBeGreaterThan(0);
    const open = await app.ok(CoordinationIssuesDocument, { first: 10, filter: { status: { in: ['OPEN', 'IN_PROGRESS'] } } });
    expect(open.coordinationIssues.nodes.some((i) => i.actionItems.some((a) => a.isOverdue))).toBe(true);
  });
});
