import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/mikro-orm.config.js';
import { codeOf } from './support/rules.js';
import type { Unit } from '../src/modules/unit/index.js';
import type { User } from '../src/modules/user/index.js';
import { closureBlockers, describeBlockers, isClear, type ClosureFacts } from '../src/modules/coordination/closure.js';
import { CoordinationIssue } from '../src/modules/coordination/coordination-issue.entity.js';
import { ActionItemStatus, FundTransactionKind, IssueKind, IssueStatus } from '../src/modules/coordination/coordination.enums.js';
import { FundObligation } from '../src/modules/coordination/fund-obligation.entity.js';
import { formatFen, parseYuan } from '../src/modules/coordination/money.js';

// The coordination rules on their own, without a database: closure, an obligation's room, money.
// The ORM only reads the entities' metadata (a collection needs it to take an item); it never connects.
let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init(ormConfig('postgresql://nobody@127.0.0.1:1/none', { connect: false }));
});
afterAll(() => orm.close());

const { TRANSFER, DISBURSEMENT } = FundTransactionKind;
const unit = (id: string) => ({ id, name: id }) as unknown as Unit;
const user = { id: '1' } as unknown as User;

const issue = () =>
  new CoordinationIssue({
    title: '协调',
    description: '',
    kind: IssueKind.FUND_TRANSFER,
    leadUnit: unit('lead'),
    openedOn: '2021-05-20',
    targetDate: '2021-06-30',
  });

const obligation = (amount: string) =>
  new FundObligation({
    issue: issue(),
    payer: unit('payer'),
    payee: unit('payee'),
    purpose: '划转',
    amountFen: parseYuan(amount),
    beneficiaries: 1,
  });

const move = (o: FundObligation, kind: FundTransactionKind, amount: string) =>
  o.record({ kind, amountFen: parseYuan(amount), occurredOn: '2021-06-01', reference: '', recordedBy: user });

describe('closure', () => {
  const facts = (over: Partial<ClosureFacts> = {}): ClosureFacts => ({
    items: [
      { key: '1', description: '核对名单', status: ActionItemStatus.DONE, assignedUnitName: '人社厅' },
      { key: '2', description: '拨付资金', status: ActionItemStatus.CANCELLED, assignedUnitName: '财政厅' },
    ],
    obligations: [{ key: '7', purpose: '养老金划转', amountFen: 100_050n, disbursedFen: 100_050n }],
    ...over,
  });

  it('is allowed when every item is done or cancelled and every obligation fully disbursed', () => {
    const blockers = closureBlockers(facts());
    expect(blockers).toEqual({ openItems: [], unsettled: [] });
    expect(isClear(blockers)).toBe(true);
    expect(describeBlockers(blockers)).toEqual([]);
    expect(isClear(closureBlockers({ items: [], obligations: [] }))).toBe(true);
  });

  it('names each open item and each obligation short by even one fen, with what is outstanding', () => {
    const blockers = closureBlockers(
      facts({
        items: [
          { key: '1', description: '核对名单', status: ActionItemStatus.OPEN, assignedUnitName: '人社厅' },
          { key: '2', description: '拨付资金', status: ActionItemStatus.DONE, assignedUnitName: '财政厅' },
        ],
        obligations: [
          { key: '7', purpose: '养老金划转', amountFen: 100_050n, disbursedFen: 100_049n },
          { key: '8', purpose: '兜底补助', amountFen: 500n, disbursedFen: 500n },
        ],
      }),
    );
    expect(blockers).toEqual({
      openItems: [{ key: '1', description: '核对名单', status: 'OPEN', assignedUnitName: '人社厅' }],
      unsettled: [{ key: '7', purpose: '养老金划转', outstanding: '0.01' }],
    });
    expect(isClear(blockers)).toBe(false);
    expect(describeBlockers(blockers).map((text) => text.en)).toEqual([
      'action item “核对名单” (人社厅) is still open',
      'obligation “养老金划转” has ¥0.01 outstanding',
    ]);
  });

  it('closes a RESOLVED issue only when nothing blocks it', () => {
    const resolved = issue();
    expect(codeOf(() => resolved.close([]))).toBe('INVALID_TRANSITION');
    resolved.resolve();
    expect(codeOf(() => resolved.close([{ en: 'x', zh: '某项' }]))).toBe('ISSUE_NOT_READY_TO_CLOSE');
    expect(resolved.status).toBe(IssueStatus.RESOLVED);
    resolved.close([]);
    expect(resolved.status).toBe(IssueStatus.CLOSED);
  });

  it('lets a RESOLVED issue be settled (money, action items) but no new work; a CLOSED one neither', () => {
    const resolved = issue();
    resolved.resolve();
    expect(codeOf(() => resolved.settlementRecorded())).toBeUndefined();
    expect(resolved.status).toBe(IssueStatus.RESOLVED);
    expect(codeOf(() => resolved.workRecorded())).toBe('INVALID_TRANSITION');
    resolved.close([]);
    expect(codeOf(() => resolved.settlementRecorded())).toBe('INVALID_TRANSITION');
    const fresh = issue();
    fresh.settlementRecorded();
    expect(fresh.status).toBe(IssueStatus.IN_PROGRESS);
  });
});

describe('FundObligation.roomFor', () => {
  it('leaves a transfer what is still owed, and a disbursement what was transferred and not disbursed', () => {
    const o = obligation('100.00');
    expect([o.roomFor(TRANSFER), o.roomFor(DISBURSEMENT)]).toEqual([10_000n, 0n]);
    move(o, TRANSFER, '60.00');
    expect([o.roomFor(TRANSFER), o.roomFor(DISBURSEMENT)]).toEqual([4_000n, 6_000n]);
    move(o, DISBURSEMENT, '25.50');
    expect([o.roomFor(TRANSFER), o.roomFor(DISBURSEMENT)]).toEqual([4_000n, 3_450n]);
    expect(o.moved()).toEqual({ transferred: 6_000n, disbursed: 2_550n });
  });

  it('takes an amount exactly at the edge and refuses one fen over, for either kind', () => {
    const o = obligation('100.00');
    expect(codeOf(() => move(o, DISBURSEMENT, '0.01'))).toBe('AMOUNT_EXCEEDS_OUTSTANDING');
    expect(codeOf(() => move(o, TRANSFER, '100.01'))).toBe('AMOUNT_EXCEEDS_OUTSTANDING');
    const transfer = move(o, TRANSFER, '100.00');
    expect([transfer.kind, transfer.amountFen, transfer.obligation === o]).toEqual([TRANSFER, 10_000n, true]);
    expect(codeOf(() => move(o, TRANSFER, '0.01'))).toBe('AMOUNT_EXCEEDS_OUTSTANDING');
    move(o, DISBURSEMENT, '99.99');
    expect(codeOf(() => move(o, DISBURSEMENT, '0.02'))).toBe('AMOUNT_EXCEEDS_OUTSTANDING');
    move(o, DISBURSEMENT, '0.01');
    expect([o.roomFor(TRANSFER), o.roomFor(DISBURSEMENT)]).toEqual([0n, 0n]);
    expect(o.transactions.count()).toBe(3);
  });

  it('records nothing when it refuses', () => {
    const o = obligation('1.00');
    expect(codeOf(() => move(o, TRANSFER, '1.01'))).toBe('AMOUNT_EXCEEDS_OUTSTANDING');
    expect(o.transactions.count()).toBe(0);
    expect(o.moved()).toEqual({ transferred: 0n, disbursed: 0n });
  });
});

describe('money', () => {
  it('parses yuan to exact fen and formats fen back with two places', () => {
    expect(parseYuan('34000000.12')).toBe(3_400_000_012n);
    expect(parseYuan('0.1')).toBe(10n);
    expect(parseYuan(' 7 ')).toBe(700n);
    expect(formatFen(parseYuan('7'))).toBe('7.00');
    expect(formatFen(5n)).toBe('0.05');
    expect(formatFen(-1234n)).toBe('-12.34');
  });

  it('adds 0.10 and 0.20 to exactly 0.30, and 100 × 0.07 to exactly 7.00', () => {
    expect(formatFen(parseYuan('0.10') + parseYuan('0.20'))).toBe('0.30');
    expect(formatFen(Array.from({ length: 100 }, () => parseYuan('0.07')).reduce((a, b) => a + b, 0n))).toBe('7.00');
    expect(0.1 + 0.2).not.toBe(0.3); // what a float would have done
  });

  it('keeps large amounts exact, beyond what a float can hold', () => {
    expect(parseYuan('9999999999999999.99')).toBe(999_999_999_999_999_999n);
    expect(formatFen(parseYuan('9999999999999999.99'))).toBe('9999999999999999.99');
    expect(formatFen(parseYuan('9007199254740993.01'))).toBe('9007199254740993.01');
    expect(formatFen(parseYuan('34000000.12') * 599n)).toBe('20366000071.88');
  });

  it('refuses zero, negatives, more than two decimals and anything that is not a plain decimal', () => {
    for (const bad of ['0', '0.00', '-1', '-0.01', '1.005', 'abc', '1e5', '', '1,000.00', '¥5', '0x10', '.5', '5.', '12345678901234567'])
      expect([bad, codeOf(() => parseYuan(bad))]).toEqual([bad, 'INVALID_AMOUNT']);
  });
});
