import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateReformTaskDocument,
  ReformTaskDocument,
  ReportTaskProgressDocument,
  TransitionReformTaskDocument,
  UpdateReformTaskDocument,
  type TaskAction,
  type TaskStatus,
} from './generated/graphql.js';
import { startApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { ledgersByCode, unitId } from './support/ids.js';
import { addUser } from './support/users.js';
import { modelParameters, modelRuns, modelTimeout, outcome, plusDays } from './support/model.js';

// The task workflow against a reference model written from docs/domain.md ("Task workflow",
// "Progress", "Overdue"): random sequences of moves, progress reports, deadline changes and days
// passing, by random users, each sequence on a task of its own. After every step the refusal code
// and the task as the API shows it (status, overdue, deliverable, reason, completion, reports)
// equal the model's. MODEL_RUNS sets the number of sequences.

const TODAY = '2026-06-30';

/**
 * The actors: `officer` works for the lead unit (HRB-FY), `gy-officer` for a supporting unit
 * (HLJ-GY), `far-officer` for a unit with no part in the task (JX-FY); `admin` holds ADMIN only.
 */
const ACTORS = ['officer', 'gy-officer', 'far-officer', 'staff', 'admin', 'viewer'] as const;
type Actor = (typeof ACTORS)[number];
const OFFICERS: Record<Actor, 'lead' | 'supporting' | 'other' | null> = {
  officer: 'lead',
  'gy-officer': 'supporting',
  'far-officer': 'other',
  staff: null,
  admin: null,
  viewer: null,
};

interface Task {
  today: string;
  status: TaskStatus;
  suspendedFrom: TaskStatus | null;
  deadline: string;
  deliverableDescription: string | null;
  returnReason: string | null;
  completed: boolean;
  reports: { percent: number; reportedOn: string; reporter: Actor }[];
}

interface Real {
  id: string;
}

// ---- the rules, from docs/domain.md ---------------------------------------------------------

const MOVES: Record<TaskAction, { from: TaskStatus[]; to?: TaskStatus }> = {
  START: { from: ['NOT_STARTED', 'RETURNED'], to: 'IN_PROGRESS' },
  SUBMIT: { from: ['IN_PROGRESS'], to: 'SUBMITTED' },
  ACCEPT: { from: ['SUBMITTED'], to: 'COMPLETED' },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED' },
  SUSPEND: { from: ['NOT_STARTED', 'IN_PROGRESS', 'RETURNED'], to: 'SUSPENDED' },
  // RESUME goes back to the status the task was suspended from.
  RESUME: { from: ['SUSPENDED'] },
  CANCEL: { from: ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'SUSPENDED'], to: 'CANCELLED' },
};
const ACTIONS = Object.keys(MOVES) as TaskAction[];

/**
 * Everyone signed in reads the ledger, so every actor sees the task: no NOT_FOUND here. Should a
 * task ever be hidden from someone, this is where "cannot see → NOT_FOUND" goes.
 */
const canSee = (_actor: Actor): boolean => true;

/** START and SUBMIT are the lead unit's officers' work; the other moves are commission staff's judgement. */
function mayMove(actor: Actor, action: TaskAction): boolean {
  return action === 'START' || action === 'SUBMIT' ? OFFICERS[actor] === 'lead' : actor === 'staff';
}

/** Officers of the lead or a supporting unit report progress. */
const mayReport = (actor: Actor) => OFFICERS[actor] === 'lead' || OFFICERS[actor] === 'supporting';

const blank = (text: string | null) => (text ?? '').trim() === '';

const isOverdue = (task: Task) => task.deadline < task.today && task.status !== 'COMPLETED' && task.status !== 'CANCELLED';

// ---- the commands --------------------------------------------------------------------------

type Command = fc.AsyncCommand<Task, Real>;

/** Runs the step against the server, checks the refusal code, then the task as the API shows it. */
async function step(task: Task, real: Real, send: () => Promise<GraphQLResponse<unknown>>, expected: string | null, payload: string) {
  const response = await send();
  expect(outcome(response, payload), JSON.stringify(response.errors ?? response.data)).toBe(expected);
  await expectTask(task, real);
}

async function expectTask(task: Task, real: Real) {
  const { node } = await app.ok(ReformTaskDocument, { id: real.id });
  if (!node || !('status' in node)) throw new Error('task not found');
  expect({
    status: node.status,
    isOverdue: node.isOverdue,
    deadline: node.deadline,
    deliverableDescription: node.deliverableDescription,
    returnReason: node.returnReason,
    completed: node.completedAt !== null,
    reports: node.progressReports.totalCount,
    latest: node.latestProgress?.percent ?? null,
  }).toEqual({
    status: task.status,
    isOverdue: isOverdue(task),
    deadline: task.deadline,
    deliverableDescription: task.deliverableDescription,
    returnReason: task.returnReason,
    completed: task.completed,
    reports: task.reports.length,
    latest: latestReport(task)?.percent ?? null,
  });
}

/** The latest report is the one for the latest day; of one day, the last recorded. */
function latestReport(task: Task) {
  return task.reports.reduce<Task['reports'][number] | undefined>(
    (latest, r) => (!latest || r.reportedOn >= latest.reportedOn ? r : latest),
    undefined,
  );
}

class Transition implements Command {
  constructor(
    readonly actor: Actor,
    readonly action: TaskAction,
    readonly text: string | null,
  ) {}
  check = () => true;
  async run(task: Task, real: Real) {
    const expected = this.refusal(task);
    if (expected === null) this.apply(task);
    const details =
      this.action === 'SUBMIT' ? { deliverableDescription: this.text } : this.action === 'RETURN' ? { reason: this.text } : {};
    await step(
      task,
      real,
      () => app.gql(TransitionReformTaskDocument, { input: { taskId: real.id, action: this.action, ...details } }, { as: this.actor }),
      expected,
      'transitionReformTask',
    );
  }
  refusal(task: Task): string | null {
    if (!canSee(this.actor)) return 'NOT_FOUND';
    if (!mayMove(this.actor, this.action)) return 'FORBIDDEN';
    if (!MOVES[this.action].from.includes(task.status)) return 'INVALID_TRANSITION';
    if ((this.action === 'SUBMIT' || this.action === 'RETURN') && blank(this.text)) return 'INVALID_INPUT';
    return null;
  }
  apply(task: Task) {
    if (this.action === 'SUBMIT') task.deliverableDescription = this.text!.trim();
    if (this.action === 'RETURN') task.returnReason = this.text!.trim();
    if (this.action === 'ACCEPT') task.completed = true;
    if (this.action === 'SUSPEND') task.suspendedFrom = task.status;
    task.status = MOVES[this.action].to ?? task.suspendedFrom ?? 'IN_PROGRESS';
    if (this.action === 'RESUME') task.suspendedFrom = null;
  }
  toString = () =>
    `${this.actor} ${this.action}${this.action === 'SUBMIT' || this.action === 'RETURN' ? ` ${JSON.stringify(this.text)}` : ''}`;
}

class ReportProgress implements Command {
  constructor(
    readonly actor: Actor,
    readonly percent: number,
    /** Days from today; null leaves the date to the server (today). */
    readonly daysFromToday: number | null,
  ) {}
  check = () => true;
  async run(task: Task, real: Real) {
    const reportedOn = this.daysFromToday === null ? null : plusDays(task.today, this.daysFromToday);
    const expected = this.refusal(task, reportedOn ?? task.today);
    if (expected === null) task.reports.push({ percent: this.percent, reportedOn: reportedOn ?? task.today, reporter: this.actor });
    await step(
      task,
      real,
      () =>
        app.gql(
          ReportTaskProgressDocument,
          { input: { taskId: real.id, percent: this.percent, narrative: '本期完成调研与起草', reportedOn } },
          { as: this.actor },
        ),
      expected,
      'reportTaskProgress',
    );
  }
  refusal(task: Task, reportedOn: string): string | null {
    if (!canSee(this.actor)) return 'NOT_FOUND';
    if (!mayReport(this.actor)) return 'FORBIDDEN';
    if (task.status !== 'IN_PROGRESS' && task.status !== 'RETURNED') return 'INVALID_TRANSITION';
    if (reportedOn > task.today) return 'INVALID_INPUT';
    if (this.percent < 0 || this.percent > 100) return 'INVALID_INPUT';
    return null;
  }
  toString = () => `${this.actor} reports ${this.percent}% on day ${this.daysFromToday ?? 'today'}`;
}

/** Commission staff change the deadline in any status. */
class MoveDeadline implements Command {
  constructor(
    readonly actor: Actor,
    readonly daysFromToday: number,
  ) {}
  check = () => true;
  async run(task: Task, real: Real) {
    const deadline = plusDays(task.today, this.daysFromToday);
    const expected = !canSee(this.actor) ? 'NOT_FOUND' : this.actor === 'staff' ? null : 'FORBIDDEN';
    if (expected === null) task.deadline = deadline;
    await step(
      task,
      real,
      () => app.gql(UpdateReformTaskDocument, { input: { id: real.id, deadline } }, { as: this.actor }),
      expected,
      'updateReformTask',
    );
  }
  toString = () => `${this.actor} sets the deadline to day ${this.daysFromToday}`;
}

/** A move the task allows, by whoever may make it: sequences reach completion, returns and resumptions. */
class Proceed implements Command {
  constructor(readonly choice: number) {}
  check = () => true;
  async run(task: Task, real: Real) {
    const allowed = ACTIONS.filter((action) => MOVES[action].from.includes(task.status));
    const action = allowed[this.choice % Math.max(allowed.length, 1)];
    if (!action) return expectTask(task, real);
    await new Transition(action === 'START' || action === 'SUBMIT' ? 'officer' : 'staff', action, '印发《工作机制》').run(task, real);
  }
  toString = () => `proceed (${this.choice})`;
}

class DaysPass implements Command {
  constructor(readonly days: number) {}
  check = () => true;
  async run(task: Task, real: Real) {
    task.today = plusDays(task.today, this.days);
    app.clock.set(task.today);
    await expectTask(task, real);
  }
  toString = () => `${this.days} days pass`;
}

const actor = fc.constantFrom(...ACTORS);
/** Mostly the actor each move belongs to, so sequences get far into the workflow. */
const moverOf = (action: TaskAction) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant<Actor>(action === 'START' || action === 'SUBMIT' ? 'officer' : 'staff') }, actor);

const commands = [
  fc
    .constantFrom(...ACTIONS)
    .chain((action) =>
      fc
        .tuple(moverOf(action), fc.oneof({ weight: 4, arbitrary: fc.constant('印发《工作机制》') }, fc.constantFrom(null, '', '   ')))
        .map(([who, text]) => new Transition(who, action, text)),
    ),
  fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom<Actor>('officer', 'gy-officer') }, actor),
      fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }) }, fc.constantFrom(-1, 101)),
      fc.oneof(fc.constant(null), fc.integer({ min: -20, max: 2 })),
    )
    .map(([who, percent, day]) => new ReportProgress(who, percent, day)),
  fc.tuple(actor, fc.integer({ min: -60, max: 120 })).map(([who, days]) => new MoveDeadline(who, days)),
  fc.integer({ min: 1, max: 90 }).map((days) => new DaysPass(days)),
  // Twice as likely as each of the others.
  ...[1, 2].map(() => fc.nat(5).map((choice) => new Proceed(choice))),
];

// ---- the run -------------------------------------------------------------------------------

let app: TestApp;
let create: (deadline: string) => Promise<string>;
let counter = 0;

beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
  await addUser(app, 'gy-officer', 'HLJ-GY');
  await addUser(app, 'far-officer', 'JX-FY');
  const framework = (await ledgersByCode(app)).get('FRAMEWORK')!;
  const [lead, supporting] = await Promise.all([unitId(app, 'HRB-FY'), unitId(app, 'HLJ-GY')]);
  create = async (deadline) => {
    const { createReformTask } = await app.ok(
      CreateReformTaskDocument,
      {
        input: {
          ledgerId: framework.id,
          sectionId: framework.sections.get('S1')!,
          code: `MODEL-${++counter}`,
          title: '模型测试任务',
          description: '',
          deliverableForm: 'WORK_MECHANISM',
          leadUnitId: lead,
          supportingUnitIds: [supporting],
          deadline,
        },
      },
      { as: 'staff' },
    );
    expect(createReformTask.userErrors).toEqual([]);
    return createReformTask.reformTask!.id;
  };
});
afterAll(() => app.close());

describe('the task workflow against its model', () => {
  it(
    'agrees on every step of random sequences by random users',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: -30, max: 60 }),
          fc.commands(commands, { maxCommands: 20, size: '+1' }),
          async (deadlineIn, cmds) => {
            // Each sequence starts from today with a task of its own, so a failing one replays alone.
            app.clock.set(TODAY);
            const deadline = plusDays(TODAY, deadlineIn);
            const task: Task = {
              today: TODAY,
              status: 'NOT_STARTED',
              suspendedFrom: null,
              deadline,
              deliverableDescription: null,
              returnReason: null,
              completed: false,
              reports: [],
            };
            const real = { id: await create(deadline) };
            await fc.asyncModelRun(() => ({ model: task, real }), cmds);
          },
        ),
        modelParameters(modelRuns()),
      );
    },
    modelTimeout(),
  );
});
