import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddActionItemDocument,
  AddIssueParticipantDocument,
  CompleteActionItemDocument,
  CoordinationIssuesDocument,
  CreateFundObligationDocument,
  IssueListsDocument,
  IssuePageListsDocument,
  OpenCoordinationIssueDocument,
  RecordFundTransactionDocument,
  type FundTransactionKind,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { keyOfId, unitId } from './support/ids.js';
import { addUser } from './support/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  // Officers of the paying and of the receiving unit.
  await addUser(app, 'bdh-officer', 'BDH');
  await addUser(app, 'rst-officer', 'HLJ-RST');
});
afterAll(() => app.close());

async function issue(): Promise<string> {
  const { openCoordinationIssue } = await app.ok(
    OpenCoordinationIssueDocument,
    {
      input: {
        title: '退休人员养老保险关系转移',
        kind: 'PENSION_TRANSFER',
        leadUnitId: await unitId(app, 'HLJ-ZFW-RULE-OF-LAW'),
        targetDate: '2030-06-30',
      },
    },
    { as: 'coordinator' },
  );
  expect(openCoordinationIssue.userErrors).toEqual([]);
  return openCoordinationIssue.coordinationIssue!.id;
}

async function obligation(amount: string, issueId?: string): Promise<string> {
  const { createFundObligation } = await app.ok(
    CreateFundObligationDocument,
    {
      input: {
        issueId: issueId ?? (await issue()),
        payerUnitId: await unitId(app, 'BDH'),
        payeeUnitId: await unitId(app, 'HLJ-RST'),
        purpose: '养老保险基金划转',
        amount,
        beneficiaries: 599,
      },
    },
    { as: 'coordinator' },
  );
  expect(createFundObligation.userErrors).toEqual([]);
  return createFundObligation.fundObligation!.id;
}

const move = (obligationId: string, kind: FundTransactionKind, amount: string, as = 'coordinator') =>
  app.gql(RecordFundTransactionDocument, { input: { obligationId, kind, amount, reference: `REF-${amount}` } }, { as });

describe('money', () => {
  it('adds 0.10 and 0.20 to exactly 0.30, and 100 × 0.07 to exactly 7.00', async () => {
    const id = await obligation('10.00');
    await move(id, 'TRANSFER', '0.10');
    const { data } = await move(id, 'TRANSFER', '0.20');
    expect(data?.recordFundTransaction.fundObligation?.totals.transferred).toBe('0.30');
    const many = await obligation('7.00');
    for (let i = 0; i < 100; i++) expect((await move(many, 'TRANSFER', '0.07')).data?.recordFundTransaction.userErrors).toEqual([]);
    const last = await move(many, 'TRANSFER', '0.01');
    expect(last.data?.recordFundTransaction.userErrors.map((e) => e.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
  });

  it('shows payload totals as they are after each of several mutations in one request', async () => {
    const id = await obligation('100.00');
    const operation = parse(`mutation ($id: ID!) {
      a: recordFundTransaction(input: { obligationId: $id, kind: TRANSFER, amount: "10.00" }) { coordinationIssue { fundTotals { transferred } } }
      b: recordFundTransaction(input: { obligationId: $id, kind: TRANSFER, amount: "5.00" }) { coordinationIssue { fundTotals { transferred } } }
    }`) as TypedDocumentNode<
      {
        a: { coordinationIssue: { fundTotals: { transferred: string } } };
        b: { coordinationIssue: { fundTotals: { transferred: string } } };
      },
      { id: string }
    >;
    const data = await app.ok(operation, { id }, { as: 'coordinator' });
    expect([data.a.coordinationIssue.fundTotals.transferred, data.b.coordinationIssue.fundTotals.transferred]).toEqual(['10.00', '15.00']);
  });

  it('sums many transactions with cents exactly, to the fen', async () => {
    const id = await obligation('1000.00');
    for (const amount of ['0.10', '0.20', '0.30', '0.01', '0.02', '0.07'])
      expect((await move(id, 'TRANSFER', amount)).data?.recordFundTransaction.userErrors).toEqual([]);
    const { data } = await move(id, 'DISBURSEMENT', '0.30');
    expect(data?.recordFundTransaction.fundObligation?.totals).toEqual({
      obligated: '1000.00',
      transferred: '0.70',
      disbursed: '0.30',
      outstanding: '999.70',
    });
    expect(data?.recordFundTransaction.coordinationIssue?.fundTotals).toEqual({
      obligated: '1000.00',
      transferred: '0.70',
      disbursed: '0.30',
      outstanding: '999.70',
    });
  });

  it('refuses invalid amounts with INVALID_AMOUNT and a float with BAD_USER_INPUT, writing nothing', async () => {
    const id = await obligation('100.00');
    const audits = await auditCount(app);
    for (const amount of ['0', '-5.00', '1.001']) {
      expect((await move(id, 'TRANSFER', amount)).data?.recordFundTransaction.userErrors.map((e) => e.code)).toEqual(['INVALID_AMOUNT']);
    }
    const float = await app.gql(RecordFundTransactionDocument, {
      input: { obligationId: id, kind: 'TRANSFER', amount: 1.5 as unknown as string, reference: '' },
    });
    expect(errorCodes(float)).toEqual(['BAD_USER_INPUT']);
    expect(await auditCount(app)).toBe(audits);
  });

  it('refuses a transfer beyond the obligation and a disbursement beyond what was transferred: AMOUNT_EXCEEDS_OUTSTANDING', async () => {
    const id = await obligation('100.00');
    expect((await move(id, 'DISBURSEMENT', '0.01')).data?.recordFundTransaction.userErrors.map((e) => e.code)).toEqual([
      'AMOUNT_EXCEEDS_OUTSTANDING',
    ]);
    await move(id, 'TRANSFER', '60.00');
    expect((await move(id, 'TRANSFER', '40.01')).data?.recordFundTransaction.userErrors.map((e) => e.code)).toEqual([
      'AMOUNT_EXCEEDS_OUTSTANDING',
    ]);
    expect((await move(id, 'TRANSFER', '40.00')).data?.recordFundTransaction.userErrors).toEqual([]);
    await move(id, 'DISBURSEMENT', '99.99');
    const over = await move(id, 'DISBURSEMENT', '0.02');
    expect(over.data?.recordFundTransaction.userErrors[0]).toMatchObject({
      code: 'AMOUNT_EXCEEDS_OUTSTANDING',
      message: expect.stringContaining('0.01'),
    });
  });

  it('keeps 100 concurrent disbursements within what was transferred, each accepted one counted once', async () => {
    const id = await obligation('1000.00');
    await move(id, 'TRANSFER', '500.00');
    const results = await Promise.all(Array.from({ length: 100 }, () => move(id, 'DISBURSEMENT', '7.33')));
    const accepted = results.filter((r) => r.data?.recordFundTransaction.userErrors.length === 0).length;
    const refused = results.filter((r) => r.data?.recordFundTransaction.userErrors[0]?.code === 'AMOUNT_EXCEEDS_OUTSTANDING').length;
    expect(accepted + refused).toBe(100);
    expect(accepted).toBe(Math.floor(50000 / 733));
    const [row] = await app.orm.em
      .getConnection()
      .execute<{ disbursed: string; n: number }[]>(
        "select coalesce(sum(amount_fen), 0)::text as disbursed, count(*)::int as n from fund_transaction where kind = 'DISBURSEMENT' and obligation_id = ?",
        [keyOfId(id)],
      );
    expect(row).toEqual({ disbursed: String(accepted * 733), n: accepted });
    expect(BigInt(row!.disbursed)).toBeLessThanOrEqual(50000n);
  });
});

describe('who may move money', () => {
  it('lets an officer record only their own unit’s side, and runners anything', async () => {
    const id = await obligation('100.00');
    expect((await move(id, 'TRANSFER', '10.00', 'bdh-officer')).data?.recordFundTransaction.userErrors).toEqual([]);
    expect(errorCodes(await move(id, 'TRANSFER', '10.00', 'rst-officer'))).toEqual(['FORBIDDEN']);
    expect((await move(id, 'DISBURSEMENT', '5.00', 'rst-officer')).data?.recordFundTransaction.userErrors).toEqual([]);
    expect(errorCodes(await move(id, 'DISBURSEMENT', '5.00', 'bdh-officer'))).toEqual(['FORBIDDEN']);
    for (const as of ['officer', 'viewer', 'decider']) expect(errorCodes(await move(id, 'TRANSFER', '1.00', as))).toEqual(['FORBIDDEN']);
    expect((await move(id, 'TRANSFER', '1.00', 'staff')).data?.recordFundTransaction.userErrors).toEqual([]);
  });

  it('lets only coordinators and commission staff open issues, add participants and record obligations', async () => {
    const issueId = await issue();
    const unit = await unitId(app, 'HLJ-CZT');
    for (const as of ['officer', 'viewer', 'assessor']) {
      expect(
        errorCodes(await app.gql(AddIssueParticipantDocument, { input: { issueId, unitId: unit, role: 'RESPONSIBLE' } }, { as })),
      ).toEqual(['FORBIDDEN']);
    }
    const added = await app.ok(AddIssueParticipantDocument, { input: { issueId, unitId: unit, role: 'RESPONSIBLE' } }, { as: 'staff' });
    expect(added.addIssueParticipant.coordinationIssue?.status).toBe('IN_PROGRESS');
    const twice = await app.ok(AddIssueParticipantDocument, { input: { issueId, unitId: unit, role: 'SUPPORTING' } }, { as: 'staff' });
    expect(twice.addIssueParticipant.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  });
});

describe('coordination issues', () => {
  it('list with participants, obligations and totals in as many statements for 50 issues as for 5', async () => {
    for (let i = 0; i < 50; i++) {
      const issueId = await issue();
      await app.ok(
        AddIssueParticipantDocument,
        { input: { issueId, unitId: await unitId(app, 'BDH'), role: 'RESPONSIBLE' } },
        { as: 'coordinator' },
      );
      if (i % 5 === 0) await obligation('12.34', issueId);
    }
    const count = (first: number) => app.countStatements(() => app.ok(CoordinationIssuesDocument, { first }));
    expect(await count(50)).toBe(await count(5));
    const { coordinationIssues } = await app.ok(CoordinationIssuesDocument, {
      first: 50,
      filter: { participatingUnit: await unitId(app, 'BDH') },
    });
    expect(coordinationIssues!.totalCount).toBeGreaterThanOrEqual(50);
  });

  it('read in the page’s statement, show each issue’s lists exactly as the issue read alone does', async () => {
    // The newest issue: two participants, an item done and one open, an obligation paid in part.
    const issueId = await issue();
    for (const code of ['BDH', 'HLJ-RST']) {
      await app.ok(
        AddIssueParticipantDocument,
        { input: { issueId, unitId: await unitId(app, code), role: 'SUPPORTING' } },
        { as: 'coordinator' },
      );
    }
    const items: string[] = [];
    for (const dueDate of ['2030-01-31', '2030-02-28']) {
      const { addActionItem } = await app.ok(
        AddActionItemDocument,
        { input: { issueId, assignedUnitId: await unitId(app, 'BDH'), description: `拨付 ${dueDate}`, dueDate } },
        { as: 'coordinator' },
      );
      items.push(addActionItem.actionItem!.id);
    }
    const done = await app.ok(
      CompleteActionItemDocument,
      { input: { actionItemId: items[0]!, evidence: '已拨付' } },
      { as: 'bdh-officer' },
    );
    expect(done.completeActionItem.userErrors).toEqual([]);
    expect((await move(await obligation('100.00', issueId), 'TRANSFER', '40.00')).errors).toBeUndefined();
    let page: typeof IssuePageListsDocument extends TypedDocumentNode<infer R, never> ? R : never;
    // The viewer's row, the rate limit and the page: the lists and their units come in the page's statement.
    expect(await app.countStatements(async () => (page = await app.ok(IssuePageListsDocument, { first: 100 })))).toBeLessThanOrEqual(3);
    const issues = page!.coordinationIssues!.nodes;
    // The page holds what makes the comparison worth making: items open and done, obligations paid in part, several participants.
    expect(issues.some((i) => i.actionItems.some((a) => a.status === 'DONE') && i.actionItems.some((a) => a.status === 'OPEN'))).toBe(true);
    expect(issues.some((i) => i.fundObligations.some((o) => o.totals.transferred !== '0.00'))).toBe(true);
    expect(issues.some((i) => i.participants.length > 1)).toBe(true);
    for (const issue of issues) expect(issue).toEqual((await app.ok(IssueListsDocument, { id: issue.id })).node);
  });
});
