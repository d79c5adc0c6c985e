import fc from 'fast-check';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AssignRotationDocument,
  CloseRectificationNoticeDocument,
  IssueRectificationNoticeDocument,
  RecordFindingDocument,
  RecordInspectionVisitDocument,
  ReformTasksPageDocument,
  ReopenRectificationNoticeDocument,
  StartInspectionRoundDocument,
  StartRectificationDocument,
  SubmitRectificationFeedbackDocument,
  VerifyRectificationDocument,
  ViewerAccountDocument,
  type RectificationNoticeStatus,
} from './generated/graphql.js';
import { Role } from '../src/shared/auth/role.js';
import { keyOf } from '../src/shared/graphql/global-id.js';
import { startApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { unitId } from './support/ids.js';
import { buildRound, demoCadres, must } from './support/inspection.js';
import { modelParameters, modelRuns, modelTimeout, outcome, plusDays } from './support/model.js';
import { addUser } from './support/users.js';

// The rectification notice (整改意见书) against a reference model written from docs/domain.md
// ("Rectification notices", "Visits and findings"): random sequences of issuing, starting,
// feedback, verifying, closing, reopening and days passing, by random users, each on a finding of
// its own. After every step the refusal code and the notice as the API shows it (status, overdue,
// feedback kept, reopenings, verifier, closure on time or late) equal the model's. MODEL_RUNS sets
// the number of sequences.

const TODAY = '2026-11-21';
/** The day of the visit whose findings the sequences rectify. */
const FOUND_ON = '2026-11-02';

/**
 * The actors: `inspector` leads the group that made the finding, `other-inspector` is a member of
 * another group; `target-officer` works for the responsible unit, `far-officer` for a unit of
 * another region; `admin` holds ADMIN only.
 */
const ACTORS = ['staff', 'inspector', 'other-inspector', 'target-officer', 'far-officer', 'admin', 'viewer'] as const;
type Actor = (typeof ACTORS)[number];

interface Notice {
  today: string;
  issued: boolean;
  status: RectificationNoticeStatus;
  deadline: string;
  feedback: { submittedOn: string; by: Actor }[];
  reopenCount: number;
  reopenReason: string | null;
  verifiedBy: Actor | null;
  verificationNote: string | null;
  closedOn: string | null;
  closedOnTime: boolean | null;
}

interface Real {
  findingId: string;
  noticeId?: string;
}

// ---- the rules, from docs/domain.md ---------------------------------------------------------

type Move = 'start' | 'submit' | 'verify' | 'close' | 'reopen';

const MOVES: Record<Move, { from: RectificationNoticeStatus[]; to: RectificationNoticeStatus }> = {
  start: { from: ['NOTIFIED', 'REOPENED'], to: 'RECTIFYING' },
  submit: { from: ['RECTIFYING'], to: 'FEEDBACK_SUBMITTED' },
  verify: { from: ['FEEDBACK_SUBMITTED'], to: 'VERIFIED' },
  close: { from: ['VERIFIED'], to: 'CLOSED' },
  reopen: { from: ['FEEDBACK_SUBMITTED'], to: 'REOPENED' },
};

/**
 * Everyone signed in reads the inspections, so every actor sees the notice: no NOT_FOUND here.
 * Should a notice ever be hidden from someone, this is where "cannot see → NOT_FOUND" goes.
 */
const canSee = (_actor: Actor): boolean => true;

/** The responsible unit's officers start and give feedback. */
const rectifies = (actor: Actor) => actor === 'target-officer';
/** Officers of any unit pass the role check; the unit is checked once the notice is read. */
const isOfficer = (actor: Actor) => actor === 'target-officer' || actor === 'far-officer';
/** Commission staff and inspectors issue and judge; an inspector only for the finding's group. */
const isInspector = (actor: Actor) => actor === 'staff' || actor === 'inspector' || actor === 'other-inspector';
const ofTheGroup = (actor: Actor) => actor === 'staff' || actor === 'inspector';

/** Whether the actor may make the move, or the code that refuses them. */
function actorRefusal(actor: Actor, move: Move | 'issue'): string | null {
  if (!canSee(actor)) return 'NOT_FOUND';
  if (move === 'start' || move === 'submit') return rectifies(actor) ? null : 'FORBIDDEN';
  return ofTheGroup(actor) ? null : 'FORBIDDEN';
}

const AWAITING_UNIT: RectificationNoticeStatus[] = ['NOTIFIED', 'RECTIFYING', 'REOPENED'];
const isOverdue = (n: Notice) => n.issued && n.deadline < n.today && AWAITING_UNIT.includes(n.status);

// ---- the commands --------------------------------------------------------------------------

type Command = fc.AsyncCommand<Notice, Real>;

const NoticeStateDocument = parse(`query NoticeState($id: ID!) {
  node(id: $id) {
    ... on InspectionFinding {
      notice {
        id status deadline isOverdue reopenCount reopenReason verificationNote closedOn closedOnTime
        verifiedBy { login }
        feedback { submittedOn submittedBy { login } }
      }
    }
  }
}`) as TypedDocumentNode<
  {
    node: {
      notice?: {
        id: string;
        status: RectificationNoticeStatus;
        deadline: string;
        isOverdue: boolean;
        reopenCount: number;
        reopenReason: string | null;
        verificationNote: string | null;
        closedOn: string | null;
        closedOnTime: boolean | null;
        verifiedBy: { login: string } | null;
        feedback: { submittedOn: string; submittedBy: { login: string } | null }[];
      } | null;
    } | null;
  },
  { id: string }
>;

async function step(notice: Notice, real: Real, send: () => Promise<GraphQLResponse<unknown>>, expected: string | null, payload: string) {
  const response = await send();
  expect(outcome(response, payload), JSON.stringify(response.errors ?? response.data)).toBe(expected);
  await expectNotice(notice, real);
}

async function expectNotice(notice: Notice, real: Real) {
  const { node } = await app.ok(NoticeStateDocument, { id: real.findingId });
  const seen = node?.notice;
  if (!notice.issued) {
    expect(seen).toBeNull();
    return;
  }
  expect(seen).toBeTruthy();
  real.noticeId = seen!.id;
  expect({
    status: seen!.status,
    deadline: seen!.deadline,
    isOverdue: seen!.isOverdue,
    reopenCount: seen!.reopenCount,
    reopenReason: seen!.reopenReason,
    verificationNote: seen!.verificationNote,
    verifiedBy: seen!.verifiedBy?.login ?? null,
    closedOn: seen!.closedOn,
    closedOnTime: seen!.closedOnTime,
    feedback: seen!.feedback.map((f) => ({ submittedOn: f.submittedOn, by: f.submittedBy?.login })),
  }).toEqual({
    status: notice.status,
    deadline: notice.deadline,
    isOverdue: isOverdue(notice),
    reopenCount: notice.reopenCount,
    reopenReason: notice.reopenReason,
    verificationNote: notice.verificationNote,
    verifiedBy: notice.verifiedBy,
    closedOn: notice.closedOn,
    closedOnTime: notice.closedOnTime,
    feedback: notice.feedback,
  });
}

class Issue implements Command {
  constructor(
    readonly actor: Actor,
    /** Days from today; null leaves the date to the server (today). */
    readonly issuedIn: number | null,
    readonly deadlineIn: number,
  ) {}
  check = () => true;
  async run(notice: Notice, real: Real) {
    const issuedOn = this.issuedIn === null ? null : plusDays(notice.today, this.issuedIn);
    const deadline = plusDays(notice.today, this.deadlineIn);
    const expected = this.refusal(notice, issuedOn ?? notice.today, deadline);
    if (expected === null) Object.assign(notice, { issued: true, status: 'NOTIFIED', deadline });
    await step(
      notice,
      real,
      () =>
        app.gql(
          IssueRectificationNoticeDocument,
          { input: { findingId: real.findingId, deadline, issuedOn, requirements: '限期整改，深入剖析根源并报送整改情况' } },
          { as: this.actor },
        ),
      expected,
      'issueRectificationNotice',
    );
  }
  refusal(notice: Notice, issuedOn: string, deadline: string): string | null {
    if (!isInspector(this.actor)) return 'FORBIDDEN';
    const refused = actorRefusal(this.actor, 'issue');
    if (refused) return refused;
    // One notice per finding; a notice is dated neither after today nor before the visit, and not due before it is issued.
    if (notice.issued) return 'INVALID_INPUT';
    if (issuedOn > notice.today || issuedOn < FOUND_ON || deadline < issuedOn) return 'INVALID_INPUT';
    return null;
  }
  toString = () => `${this.actor} issues on day ${this.issuedIn ?? 'today'}, due day ${this.deadlineIn}`;
}

/** A move on the issued notice; `text` is the feedback's evidence, the verification note or the reason to reopen. */
class NoticeMove implements Command {
  constructor(
    readonly actor: Actor,
    readonly move: Move,
    readonly text: string,
  ) {}
  check = (notice: Readonly<Notice>) => notice.issued;
  async run(notice: Notice, real: Real) {
    const expected = this.refusal(notice);
    if (expected === null) this.apply(notice);
    const noticeId = real.noticeId!;
    const as = { as: this.actor };
    const send = {
      start: () => app.gql(StartRectificationDocument, { input: { noticeId } }, as),
      submit: () =>
        app.gql(
          SubmitRectificationFeedbackDocument,
          { input: { noticeId, rootCauseAnalysis: '制度执行不到位', measuresTaken: '已修订工作规程', evidence: this.text } },
          as,
        ),
      verify: () => app.gql(VerifyRectificationDocument, { input: { noticeId, note: this.text } }, as),
      close: () => app.gql(CloseRectificationNoticeDocument, { input: { noticeId } }, as),
      reopen: () => app.gql(ReopenRectificationNoticeDocument, { input: { noticeId, reason: this.text } }, as),
    }[this.move];
    const payload = {
      start: 'startRectification',
      submit: 'submitRectificationFeedback',
      verify: 'verifyRectification',
      close: 'closeRectificationNotice',
      reopen: 'reopenRectificationNotice',
    }[this.move];
    await step(notice, real, send, expected, payload);
  }
  refusal(notice: Notice): string | null {
    const roleHeld = this.move === 'start' || this.move === 'submit' ? isOfficer(this.actor) : isInspector(this.actor);
    if (!roleHeld) return 'FORBIDDEN';
    const refused = actorRefusal(this.actor, this.move);
    if (refused) return refused;
    if (!MOVES[this.move].from.includes(notice.status)) return 'INVALID_TRANSITION';
    // Texts are bounded: a reason to reopen at 4,000 characters.
    if (this.move === 'reopen' && this.text.length > 4000) return 'INVALID_INPUT';
    return null;
  }
  apply(notice: Notice) {
    notice.status = MOVES[this.move].to;
    switch (this.move) {
      case 'submit':
        notice.feedback.push({ submittedOn: notice.today, by: this.actor });
        break;
      case 'verify':
        notice.verifiedBy = this.actor;
        notice.verificationNote = this.text.trim() || null;
        break;
      case 'close':
        notice.closedOn = notice.today;
        // On time when the feedback that was accepted, the latest, came in by the deadline.
        notice.closedOnTime = notice.feedback.at(-1)!.submittedOn <= notice.deadline;
        break;
      case 'reopen':
        notice.reopenCount++;
        notice.reopenReason = this.text.trim();
        break;
      default:
        break;
    }
  }
  toString = () => `${this.actor} ${this.move}${this.move === 'start' || this.move === 'close' ? '' : ` (${this.text.length} chars)`}`;
}

/** The next move the notice allows, by someone who may make it: sequences reach closure, reopenings and late feedback. */
class Proceed implements Command {
  constructor(readonly choice: number) {}
  check = (notice: Readonly<Notice>) => notice.issued;
  async run(notice: Notice, real: Real) {
    const allowed = (Object.keys(MOVES) as Move[]).filter((move) => MOVES[move].from.includes(notice.status));
    const move = allowed[this.choice % Math.max(allowed.length, 1)];
    if (!move) return expectNotice(notice, real);
    const actor: Actor = move === 'start' || move === 'submit' ? 'target-officer' : this.choice % 2 ? 'inspector' : 'staff';
    const text = { start: '', close: '', submit: '整改报告', verify: '经核查，整改到位', reopen: '根源剖析不深' }[move];
    await new NoticeMove(actor, move, text).run(notice, real);
  }
  toString = () => `proceed (${this.choice})`;
}

class DaysPass implements Command {
  constructor(readonly days: number) {}
  check = () => true;
  async run(notice: Notice, real: Real) {
    notice.today = plusDays(notice.today, this.days);
    app.clock.set(notice.today);
    await expectNotice(notice, real);
  }
  toString = () => `${this.days} days pass`;
}

const actor = fc.constantFrom(...ACTORS);
/** Mostly someone who may make the move, so sequences get far into the workflow. */
const moverOf = (move: Move | 'issue') =>
  fc.oneof(
    {
      weight: 3,
      arbitrary:
        move === 'start' || move === 'submit' ? fc.constant<Actor>('target-officer') : fc.constantFrom<Actor>('staff', 'inspector'),
    },
    actor,
  );
const TEXTS: Record<Move, fc.Arbitrary<string>> = {
  start: fc.constant(''),
  close: fc.constant(''),
  submit: fc.constantFrom('整改报告及制度文件', '会议记录'),
  verify: fc.constantFrom('', '  ', '经核查，整改到位'),
  reopen: fc.oneof({ weight: 4, arbitrary: fc.constant('根源剖析不深') }, fc.constant('理'.repeat(4001))),
};

const commands = [
  fc
    .tuple(
      moverOf('issue'),
      fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, fc.integer({ min: -25, max: 2 })),
      fc.integer({ min: -10, max: 40 }),
    )
    .map(([who, issuedIn, deadlineIn]) => new Issue(who, issuedIn, deadlineIn)),
  fc
    .constantFrom<Move>('start', 'submit', 'verify', 'close', 'reopen')
    .chain((move) => fc.tuple(moverOf(move), TEXTS[move]).map(([who, text]) => new NoticeMove(who, move, text))),
  fc.integer({ min: 1, max: 20 }).map((days) => new DaysPass(days)),
  // Three times as likely as each of the others.
  ...[1, 2, 3].map(() => fc.nat(5).map((choice) => new Proceed(choice))),
];

// ---- the run -------------------------------------------------------------------------------

let app: TestApp;
let newFinding: () => Promise<string>;

beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
  const cadres = await demoCadres(app);
  // The demo inspector leads the first group, which inspects the second region on the natural ring.
  const inspector = (await app.ok(ViewerAccountDocument, {}, { as: 'inspector' })).viewer.person!.id;
  const round = await buildRound(app, { ...cadres, leaders: [inspector, ...cadres.leaders.filter((l) => l !== inspector)] }, 2026);
  const ring = { roundId: round.roundId, order: cadres.regions.map((r) => r.id) };
  must((await app.ok(AssignRotationDocument, { input: ring }, { as: 'staff' })).assignRotation, 'ring');
  must((await app.ok(StartInspectionRoundDocument, { input: { roundId: round.roundId } }, { as: 'staff' })).startInspectionRound, 'start');
  const [, target, elsewhere] = cadres.regions;
  await addUser(app, 'target-officer', `${target!.code}-FY`);
  await addUser(app, 'far-officer', `${elsewhere!.code}-FY`);
  const otherSeat = round.seats[1]!;
  await addUser(app, 'other-inspector', `${otherSeat.code}-ZFW`, [Role.INSPECTOR], {
    personKey: keyOf(cadres.members.get(otherSeat.id)![0]!, 'Person'),
  });
  const responsible = await unitId(app, `${target!.code}-FY`);
  const [task] = (await app.ok(ReformTasksPageDocument, { first: 1 })).reformTasks!.nodes.map((t) => t.id);
  const visit = must(
    (
      await app.ok(
        RecordInspectionVisitDocument,
        {
          input: {
            groupId: round.groups[0]!,
            regionId: target!.id,
            visitedOn: FOUND_ON,
            kind: 'UNANNOUNCED',
            methods: ['DOCUMENTS'],
            unitIds: [responsible],
            checks: [{ taskId: task!, quantity: 'MET', results: 'PARTLY_MET', quality: 'NOT_MET' }],
          },
        },
        { as: 'inspector' },
      )
    ).recordInspectionVisit,
    'visit',
  ).inspectionVisit!.id;
  newFinding = async () =>
    must(
      (
        await app.ok(
          RecordFindingDocument,
          { input: { visitId: visit, taskId: task!, unitId: responsible, description: '配套制度未出台', severity: 'MINOR' } },
          { as: 'staff' },
        )
      ).recordFinding,
      'finding',
    ).finding!.id;
});
afterAll(() => app.close());

describe('the rectification notice against its model', () => {
  it(
    'agrees on every step of random sequences by random users',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 20, size: '+1' }), async (cmds) => {
          // Each sequence starts from today with a finding of its own, so a failing one replays alone.
          app.clock.set(TODAY);
          const notice: Notice = {
            today: TODAY,
            issued: false,
            status: 'NOTIFIED',
            deadline: TODAY,
            feedback: [],
            reopenCount: 0,
            reopenReason: null,
            verifiedBy: null,
            verificationNote: null,
            closedOn: null,
            closedOnTime: null,
          };
          const real: Real = { findingId: await newFinding() };
          await fc.asyncModelRun(() => ({ model: notice, real }), cmds);
        }),
        modelParameters(modelRuns()),
      );
    },
    modelTimeout(),
  );
});
