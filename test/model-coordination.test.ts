import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddActionItemDocument,
  AddIssueParticipantDocument,
  CancelActionItemDocument,
  CloseCoordinationIssueDocument,
  CompleteActionItemDocument,
  CoordinationIssueDocument,
  CreateFundObligationDocument,
  OpenCoordinationIssueDocument,
  RecordFundTransactionDocument,
  RecordMeetingDocument,
  ReopenCoordinationIssueDocument,
  ResolveCoordinationIssueDocument,
  type CoordinationIssueQuery,
  type FundTransactionKind,
  type ParticipantRole,
} from './generated/graphql.js';
import { startApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { unitId } from './support/ids.js';
import { answerOf, idIn, modelParameters, modelRuns, ModelStep } from './support/model.js';
import { addUser } from './support/users.js';
import { todayIn } from '../src/shared/time.js';

// A coordination issue with its money, driven by random sequences of mutations by random users
// through HTTP and checked after every step against a reference model written from the rules of
// docs/domain.md ("Coordination issues", "Rules chosen where the requirements were silent"): the
// issue's status, its participants, action items, obligations and their totals in exact fen,
// what keeps it from closing, its timeline, and the code of every refusal. Each sequence opens its
// own issue.

const RUNS = modelRuns(10);

type Code = string;
type Status = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' | 'REOPENED';

/** The units work is assigned to and money moves between: two with an officer among the users, one without. */
const UNITS = { A: 'HRB-FY', B: 'HLJ-CZT', C: 'HRB-GAJ' } as const;
type UnitName = keyof typeof UNITS;
const UNIT_NAMES = Object.keys(UNITS) as UnitName[];

/** Who acts. `runs`: coordinators and commission staff run issues; `officerOf`: a unit officer of that unit. */
interface Actor {
  login: string;
  runs?: boolean;
  officerOf?: UnitName;
}

const ACTORS = {
  coordinator: { login: 'coordinator', runs: true },
  staff: { login: 'staff', runs: true },
  officerA: { login: 'officer', officerOf: 'A' },
  officerB: { login: 'model-czt-officer', officerOf: 'B' },
  viewer: { login: 'viewer' },
  decider: { login: 'decider' },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

interface ItemModel {
  id: string;
  unit: UnitName;
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  by: string | null;
}

interface ObligationModel {
  id: string;
  payer: UnitName;
  payee: UnitName;
  /** In fen, as every figure of the model. */
  amount: bigint;
  transferred: bigint;
  disbursed: bigint;
  transactions: number;
}

interface Model {
  issueId: string;
  status: Status;
  participants: UnitName[];
  meetings: number;
  items: ItemModel[];
  obligations: ObligationModel[];
  /** Entries on the issue's timeline: one per change, one more per action item a meeting assigns. */
  events: number;
}

// ---- The rules -------------------------------------------------------------------------------

const yuan = (fen: bigint) => `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;

/** An amount as sent: fen, or a text the rules refuse (zero, negative, three decimals) or the Decimal scalar refuses. */
type Amount = { fen: bigint } | { text: string };
const INVALID_AMOUNTS = ['0', '0.00', '-5.00', '1.234'];
const MALFORMED_AMOUNTS = ['12,5', 'abc'];

const amountText = (amount: Amount) => ('fen' in amount ? yuan(amount.fen) : amount.text);
/** The refusal of the amount itself, or null when it is a positive number of yuan with at most two decimals. */
function amountRefusal(amount: Amount): { code: Code; early: boolean } | null {
  if ('fen' in amount) return amount.fen > 0n ? null : { code: 'INVALID_AMOUNT', early: false };
  // Not a decimal at all: refused as the request is read, before anyone's role is looked at.
  if (MALFORMED_AMOUNTS.includes(amount.text)) return { code: 'BAD_USER_INPUT', early: true };
  return { code: 'INVALID_AMOUNT', early: false };
}

const settled = (status: Status) => status === 'RESOLVED' || status === 'CLOSED';
/** Recording work moves an OPEN issue to IN_PROGRESS. */
const worked = (m: Model) => {
  if (m.status === 'OPEN') m.status = 'IN_PROGRESS';
};

/** What keeps the issue from closing: open action items, obligations not fully disbursed. */
const blockersOf = (m: Model) => ({
  openItems: m.items.filter((i) => i.status === 'OPEN'),
  unsettled: m.obligations.filter((o) => o.disbursed < o.amount),
});

// ---- The graph -------------------------------------------------------------------------------

let app: TestApp;
let today: string;
let leadUnit: string;
const unitIds = {} as Record<UnitName, string>;

beforeAll(async () => {
  app = await startApp();
  app.clock.set('2026-06-15');
  today = todayIn(app.config.timeZone, app.clock.now());
  await addUser(app, 'model-czt-officer', UNITS.B);
  leadUnit = await unitId(app, 'HLJ-ZFW-RULE-OF-LAW');
  for (const name of UNIT_NAMES) unitIds[name] = await unitId(app, UNITS[name]);
});
afterAll(() => app.close());

type Issue = Extract<NonNullable<CoordinationIssueQuery['node']>, { status: unknown }>;

async function view(m: Model): Promise<Issue> {
  const { node } = await app.ok(CoordinationIssueDocument, { id: m.issueId }, { as: 'viewer' });
  return node as Issue;
}

/** After every step: the issue as anyone signed in reads it equals the model, money to the fen. */
async function compare(m: Model): Promise<void> {
  const seen = await view(m);
  const sum = (f: (o: ObligationModel) => bigint) => m.obligations.reduce((total, o) => total + f(o), 0n);
  const blockers = blockersOf(m);
  const totals = (obligated: bigint, transferred: bigint, disbursed: bigint) => ({
    obligated: yuan(obligated),
    transferred: yuan(transferred),
    disbursed: yuan(disbursed),
    outstanding: yuan(obligated - disbursed),
  });
  expect({
    status: seen.status,
    isOverdue: seen.isOverdue,
    meetings: seen.meetings.length,
    items: seen.actionItems.map((i) => ({ id: i.id, unit: i.assignedUnit.code, status: i.status, by: i.completedBy?.login ?? null })),
    obligations: seen.fundObligations.map((o) => ({ id: o.id, amount: o.amount, totals: o.totals, transactions: o.transactions.length })),
    fundTotals: seen.fundTotals,
    closureBlockers: {
      clear: seen.closureBlockers.clear,
      openActionItems: seen.closureBlockers.openActionItems.length,
      unsettled: seen.closureBlockers.unsettledObligations.map((o) => o.outstanding),
    },
    timeline: seen.timeline.totalCount,
  }).toEqual({
    status: m.status,
    isOverdue: false,
    meetings: m.meetings,
    items: m.items.map((i) => ({ id: i.id, unit: UNITS[i.unit], status: i.status, by: i.by })),
    obligations: m.obligations.map((o) => ({
      id: o.id,
      amount: yuan(o.amount),
      totals: totals(o.amount, o.transferred, o.disbursed),
      transactions: o.transactions,
    })),
    fundTotals: totals(
      sum((o) => o.amount),
      sum((o) => o.transferred),
      sum((o) => o.disbursed),
    ),
    closureBlockers: {
      clear: blockers.openItems.length === 0 && blockers.unsettled.length === 0,
      openActionItems: blockers.openItems.length,
      unsettled: blockers.unsettled.map((o) => yuan(o.amount - o.disbursed)),
    },
    timeline: m.events,
  });
}

type Response = GraphQLResponse<Record<string, unknown>>;

// ---- The commands ----------------------------------------------------------------------------

abstract class Step extends ModelStep<Model, Actor, ActorName> {
  protected actorNamed(name: ActorName): Actor {
    return ACTORS[name];
  }
  protected compare(m: Model): Promise<void> {
    return compare(m);
  }

  get login(): string {
    return ACTORS[this.actor].login;
  }
}

/** Steps only those who run issues may take. */
abstract class RunnerStep extends Step {
  expected(m: Model, actor: Actor): Code {
    return actor.runs ? this.rule(m) : 'FORBIDDEN';
  }
  abstract rule(m: Model): Code;
}

class AddParticipant extends RunnerStep {
  readonly field = 'addIssueParticipant';
  constructor(
    actor: ActorName,
    readonly unit: UnitName,
    readonly role: ParticipantRole,
  ) {
    super(actor);
  }
  rule(m: Model): Code {
    if (m.participants.includes(this.unit)) return 'INVALID_INPUT';
    if (settled(m.status)) return 'INVALID_TRANSITION';
    return 'OK';
  }
  send(m: Model) {
    return app.gql(
      AddIssueParticipantDocument,
      { input: { issueId: m.issueId, unitId: unitIds[this.unit], role: this.role } },
      { as: this.login },
    );
  }
  apply(m: Model): void {
    m.participants.push(this.unit);
    worked(m);
    m.events++;
  }
  describe() {
    return `addIssueParticipant(${this.unit}, ${this.role})`;
  }
}

class RecordMeeting extends RunnerStep {
  readonly field = 'recordMeeting';
  constructor(
    actor: ActorName,
    readonly assigns: UnitName[],
  ) {
    super(actor);
  }
  rule(m: Model): Code {
    return settled(m.status) ? 'INVALID_TRANSITION' : 'OK';
  }
  /** The ids of the items the meeting assigned: its payload names the issue only. */
  private assigned: string[] = [];
  async send(m: Model) {
    const actions = this.assigns.map((unit) => ({ description: '落实会议议定事项', assignedUnitId: unitIds[unit], dueDate: '2030-06-30' }));
    const input = {
      issueId: m.issueId,
      heldOn: today,
      title: '协调会',
      minutes: '会议纪要',
      attendingUnitIds: [unitIds.A, unitIds.B],
      resolutions: [{ text: '议定事项', actions }],
    };
    const response = await app.gql(RecordMeetingDocument, { input }, { as: this.login });
    // The items it assigned are the issue's items not known before, oldest first (all are due the same day).
    const known = new Set(m.items.map((i) => i.id));
    this.assigned = response.data?.recordMeeting.coordinationIssue
      ? (await view(m)).actionItems.map((i) => i.id).filter((id) => !known.has(id))
      : [];
    return response;
  }
  apply(m: Model): void {
    expect(this.assigned).toHaveLength(this.assigns.length);
    this.assigns.forEach((unit, n) => m.items.push({ id: this.assigned[n]!, unit, status: 'OPEN', by: null }));
    m.meetings++;
    worked(m);
    m.events += 1 + this.assigns.length;
  }
  describe() {
    return `recordMeeting(assigning ${this.assigns.join(', ') || 'nothing'})`;
  }
}

class AddActionItem extends RunnerStep {
  readonly field = 'addActionItem';
  constructor(
    actor: ActorName,
    readonly unit: UnitName,
  ) {
    super(actor);
  }
  rule(m: Model): Code {
    return settled(m.status) ? 'INVALID_TRANSITION' : 'OK';
  }
  send(m: Model) {
    const input = { issueId: m.issueId, description: '专项工作', assignedUnitId: unitIds[this.unit], dueDate: '2030-06-30' };
    return app.gql(AddActionItemDocument, { input }, { as: this.login });
  }
  apply(m: Model, _actor: Actor, response: Response): void {
    m.items.push({ id: idIn(response, this.field, 'actionItem'), unit: this.unit, status: 'OPEN', by: null });
    worked(m);
    m.events++;
  }
  describe() {
    return `addActionItem(${this.unit})`;
  }
}

/** Completing (runners, or an officer of the item's unit) or cancelling (runners) one of the issue's items. */
class SettleItem extends Step {
  constructor(
    actor: ActorName,
    readonly outcome: 'complete' | 'cancel',
    readonly pick: number,
  ) {
    super(actor);
  }
  get field() {
    return this.outcome === 'complete' ? 'completeActionItem' : 'cancelActionItem';
  }
  override check(m: Readonly<Model>): boolean {
    return m.items.length > 0;
  }
  item(m: Model): ItemModel {
    return m.items[this.pick % m.items.length]!;
  }
  expected(m: Model, actor: Actor): Code {
    const item = this.item(m);
    if (!actor.runs && (this.outcome === 'cancel' || !actor.officerOf)) return 'FORBIDDEN';
    if (!actor.runs && actor.officerOf !== item.unit) return 'FORBIDDEN';
    // Resolution is the agreement: items are finished until the issue is CLOSED.
    if (m.status === 'CLOSED') return 'INVALID_TRANSITION';
    if (item.status !== 'OPEN') return 'INVALID_TRANSITION';
    return 'OK';
  }
  send(m: Model) {
    const actionItemId = this.item(m).id;
    return this.outcome === 'complete'
      ? app.gql(CompleteActionItemDocument, { input: { actionItemId, evidence: '已办结' } }, { as: this.login })
      : app.gql(CancelActionItemDocument, { input: { actionItemId, reason: '不再需要' } }, { as: this.login });
  }
  apply(m: Model, actor: Actor): void {
    Object.assign(this.item(m), { status: this.outcome === 'complete' ? 'DONE' : 'CANCELLED', by: actor.login });
    worked(m);
    m.events++;
  }
  describe() {
    return `${this.outcome}ActionItem(#${this.pick})`;
  }
}

class CreateObligation extends Step {
  readonly field = 'createFundObligation';
  constructor(
    actor: ActorName,
    readonly payer: UnitName,
    readonly payee: UnitName,
    readonly amount: Amount,
  ) {
    super(actor);
  }
  expected(m: Model, actor: Actor): Code {
    const refused = amountRefusal(this.amount);
    if (refused?.early) return refused.code;
    if (!actor.runs) return 'FORBIDDEN';
    if (refused) return refused.code;
    if (settled(m.status)) return 'INVALID_TRANSITION';
    if (this.payer === this.payee) return 'INVALID_INPUT';
    return 'OK';
  }
  send(m: Model) {
    const input = {
      issueId: m.issueId,
      payerUnitId: unitIds[this.payer],
      payeeUnitId: unitIds[this.payee],
      purpose: '养老保险关系转移',
      amount: amountText(this.amount),
      beneficiaries: 12,
    };
    return app.gql(CreateFundObligationDocument, { input }, { as: this.login });
  }
  apply(m: Model, _actor: Actor, response: Response): void {
    const amount = (this.amount as { fen: bigint }).fen;
    const id = idIn(response, this.field, 'fundObligation');
    m.obligations.push({ id, payer: this.payer, payee: this.payee, amount, transferred: 0n, disbursed: 0n, transactions: 0 });
    worked(m);
    m.events++;
  }
  describe() {
    return `createFundObligation(${this.payer} → ${this.payee}, ${amountText(this.amount)})`;
  }
}

/** How much a transaction moves, against the room the rules leave it: all of it, a part, one fen too many, or a refused amount. */
type Share = { of: 'all' | 'over' } | { of: 'part'; per: number } | { of: 'text'; text: string };

class RecordTransaction extends Step {
  readonly field = 'recordFundTransaction';
  constructor(
    actor: ActorName,
    readonly kind: FundTransactionKind,
    readonly pick: number,
    readonly share: Share,
  ) {
    super(actor);
  }
  override check(m: Readonly<Model>): boolean {
    return m.obligations.length > 0;
  }
  obligation(m: Model): ObligationModel {
    return m.obligations[this.pick % m.obligations.length]!;
  }
  /** Transfers never beyond what is owed; disbursements never beyond what was transferred. */
  room(o: ObligationModel): bigint {
    return this.kind === 'TRANSFER' ? o.amount - o.transferred : o.transferred - o.disbursed;
  }
  amount(m: Model): Amount {
    const room = this.room(this.obligation(m));
    switch (this.share.of) {
      case 'all':
        return { fen: room };
      case 'over':
        return { fen: room + 1n };
      case 'part':
        return { fen: (room * BigInt(this.share.per)) / 100n };
      case 'text':
        return { text: this.share.text };
    }
  }
  expected(m: Model, actor: Actor): Code {
    const o = this.obligation(m);
    const amount = this.amount(m);
    const refused = amountRefusal(amount);
    if (refused?.early) return refused.code;
    // An officer records their own unit's side only: the payer's transfers, the payee's disbursements.
    if (!actor.runs && actor.officerOf !== (this.kind === 'TRANSFER' ? o.payer : o.payee)) return 'FORBIDDEN';
    if (m.status === 'CLOSED') return 'INVALID_TRANSITION';
    if (refused) return refused.code;
    if ((amount as { fen: bigint }).fen > this.room(o)) return 'AMOUNT_EXCEEDS_OUTSTANDING';
    return 'OK';
  }
  send(m: Model) {
    const input = {
      obligationId: this.obligation(m).id,
      kind: this.kind,
      amount: amountText(this.amount(m)),
      occurredOn: today,
      reference: 'HLJ-2026-0001',
    };
    return app.gql(RecordFundTransactionDocument, { input }, { as: this.login });
  }
  apply(m: Model): void {
    const o = this.obligation(m);
    const fen = (this.amount(m) as { fen: bigint }).fen;
    if (this.kind === 'TRANSFER') o.transferred += fen;
    else o.disbursed += fen;
    o.transactions++;
    worked(m);
    m.events++;
  }
  describe() {
    const share = this.share.of === 'part' ? `${this.share.per}%` : this.share.of === 'text' ? `"${this.share.text}"` : this.share.of;
    return `recordFundTransaction(#${this.pick}, ${this.kind}, ${share})`;
  }
}

class Resolve extends RunnerStep {
  readonly field = 'resolveCoordinationIssue';
  rule(m: Model): Code {
    return settled(m.status) ? 'INVALID_TRANSITION' : 'OK';
  }
  send(m: Model) {
    return app.gql(ResolveCoordinationIssueDocument, { input: { issueId: m.issueId } }, { as: this.login });
  }
  apply(m: Model): void {
    m.status = 'RESOLVED';
    m.events++;
  }
  describe() {
    return 'resolve';
  }
}

class Close extends RunnerStep {
  readonly field = 'closeCoordinationIssue';
  rule(m: Model): Code {
    if (m.status !== 'RESOLVED') return 'INVALID_TRANSITION';
    const blockers = blockersOf(m);
    if (blockers.openItems.length > 0 || blockers.unsettled.length > 0) return 'ISSUE_NOT_READY_TO_CLOSE';
    return 'OK';
  }
  send(m: Model) {
    return app.gql(CloseCoordinationIssueDocument, { input: { issueId: m.issueId } }, { as: this.login });
  }
  apply(m: Model): void {
    m.status = 'CLOSED';
    m.events++;
  }
  describe() {
    return 'close';
  }
}

class Reopen extends RunnerStep {
  readonly field = 'reopenCoordinationIssue';
  rule(m: Model): Code {
    return settled(m.status) ? 'OK' : 'INVALID_TRANSITION';
  }
  send(m: Model) {
    return app.gql(ReopenCoordinationIssueDocument, { input: { issueId: m.issueId, reason: '发现遗漏' } }, { as: this.login });
  }
  apply(m: Model): void {
    m.status = 'REOPENED';
    m.events++;
  }
  describe() {
    return 'reopen';
  }
}

// ---- The arbitraries -------------------------------------------------------------------------

/** Mostly one of the users the step is meant for, sometimes anyone. */
const by = (...meant: ActorName[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...meant), weight: 4 }, { arbitrary: fc.constantFrom(...ACTOR_NAMES), weight: 1 });
const unit = fc.constantFrom(...UNIT_NAMES);
const pick = fc.nat(20);
const amount: fc.Arbitrary<Amount> = fc.oneof(
  { arbitrary: fc.bigInt({ min: 1n, max: 5_000_000_000n }).map((fen) => ({ fen })), weight: 8 },
  { arbitrary: fc.constantFrom(...INVALID_AMOUNTS, ...MALFORMED_AMOUNTS).map((text) => ({ text })), weight: 1 },
);
const share: fc.Arbitrary<Share> = fc.oneof(
  { arbitrary: fc.constant({ of: 'all' as const }), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 99 }).map((per) => ({ of: 'part' as const, per })), weight: 3 },
  { arbitrary: fc.constant({ of: 'over' as const }), weight: 1 },
  { arbitrary: fc.constantFrom(...INVALID_AMOUNTS, ...MALFORMED_AMOUNTS).map((text) => ({ of: 'text' as const, text })), weight: 1 },
);
const runner = by('coordinator', 'staff');
/** A payer and a payee: now and then the same unit, which the rules refuse. */
const parties = fc.oneof(
  { arbitrary: fc.constantFrom<[UnitName, UnitName]>(['A', 'B'], ['B', 'A'], ['A', 'C'], ['C', 'B']), weight: 6 },
  { arbitrary: unit.map((u): [UnitName, UnitName] => [u, u]), weight: 1 },
);
const transaction = (kind: FundTransactionKind, ...meant: ActorName[]) =>
  fc.tuple(by(...meant), pick, share).map(([a, p, s]) => new RecordTransaction(a, kind, p, s));

const steps = [
  fc
    .tuple(runner, unit, fc.constantFrom<ParticipantRole>('RESPONSIBLE', 'SUPPORTING', 'INFORMED'))
    .map(([a, u, role]) => new AddParticipant(a, u, role)),
  fc.tuple(runner, fc.array(unit, { maxLength: 2 })).map(([a, units]) => new RecordMeeting(a, units)),
  fc.tuple(runner, unit).map(([a, u]) => new AddActionItem(a, u)),
  fc.tuple(by('coordinator', 'staff', 'officerA', 'officerB'), pick).map(([a, p]) => new SettleItem(a, 'complete', p)),
  fc.tuple(by('coordinator', 'officerA', 'officerB'), pick).map(([a, p]) => new SettleItem(a, 'complete', p)),
  fc.tuple(runner, pick).map(([a, p]) => new SettleItem(a, 'cancel', p)),
  fc.tuple(runner, parties, amount).map(([a, [payer, payee], money]) => new CreateObligation(a, payer, payee, money)),
  transaction('TRANSFER', 'coordinator', 'officerA', 'officerB'),
  transaction('TRANSFER', 'staff', 'officerA', 'officerB'),
  transaction('DISBURSEMENT', 'coordinator', 'officerA', 'officerB'),
  transaction('DISBURSEMENT', 'staff', 'officerA', 'officerB'),
  runner.map((a) => new Resolve(a)),
  runner.map((a) => new Close(a)),
  runner.map((a) => new Reopen(a)),
];

/** What a sequence's issue starts with, recorded by the coordinator: obligations and action items. */
interface Start {
  obligations: { parties: [UnitName, UnitName]; fen: bigint }[];
  items: UnitName[];
}

const start: fc.Arbitrary<Start> = fc.record({
  obligations: fc.array(
    fc.record({
      parties: fc.constantFrom<[UnitName, UnitName]>(['A', 'B'], ['B', 'A'], ['A', 'C'], ['C', 'B']),
      fen: fc.bigInt({ min: 1n, max: 3_400_000_012n }),
    }),
    { maxLength: 2 },
  ),
  items: fc.array(unit, { maxLength: 2 }),
});

/** A fresh issue for each sequence, with what `spec` says it starts with. */
async function setup(spec: Start): Promise<{ model: Model; real: object }> {
  const { openCoordinationIssue } = await app.ok(
    OpenCoordinationIssueDocument,
    { input: { title: '模型测试协调事项', kind: 'FUND_TRANSFER', leadUnitId: leadUnit, openedOn: today, targetDate: '2030-12-31' } },
    { as: 'coordinator' },
  );
  expect(openCoordinationIssue.userErrors).toEqual([]);
  const m: Model = {
    issueId: openCoordinationIssue.coordinationIssue!.id,
    status: 'OPEN',
    participants: [],
    meetings: 0,
    items: [],
    obligations: [],
    events: 1,
  };
  const first: Step[] = [
    ...spec.obligations.map((o) => new CreateObligation('coordinator', o.parties[0], o.parties[1], { fen: o.fen })),
    ...spec.items.map((u) => new AddActionItem('coordinator', u)),
  ];
  for (const step of first) {
    const response = await step.send(m);
    expect(answerOf(response, step.field), step.toString()).toBe('OK');
    step.apply(m, ACTORS.coordinator, response);
  }
  await compare(m);
  return { model: m, real: {} };
}

describe('the coordination issue and its money', () => {
  it(
    `matches the model over ${RUNS} random sequences of mutations by random users`,
    async () => {
      await fc.assert(
        fc.asyncProperty(start, fc.commands(steps, { maxCommands: 30, size: 'max' }), (spec, commands) =>
          fc.asyncModelRun(() => setup(spec), commands),
        ),
        modelParameters(RUNS),
      );
    },
    // A sequence takes a second or two on a quiet machine, several on a busy one.
    600_000 + RUNS * 20_000,
  );
});
