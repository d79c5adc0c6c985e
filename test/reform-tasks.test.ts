import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateReformTaskDocument,
  ReformTaskDocument,
  ReformTasksPageDocument,
  ReportTaskProgressDocument,
  TransitionReformTaskDocument,
  UpdateReformTaskDocument,
  type CreateReformTaskInput,
  type TaskAction,
  type TaskStatus,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount, auditOf } from './support/audit.js';
import { ledgersByCode, unitId } from './support/ids.js';
import { addUser } from './support/users.js';

let app: TestApp;
let input: (overrides?: Partial<CreateReformTaskInput>) => CreateReformTaskInput;
let counter = 0;

/** Where the server's clock stands unless a test moves it. */
const TODAY = '2026-06-30';

beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
  const ledgers = await ledgersByCode(app);
  const framework = ledgers.get('FRAMEWORK')!;
  const [court, provincialCourt, procuratorate] = await Promise.all([unitId(app, 'HRB-FY'), unitId(app, 'HLJ-GY'), unitId(app, 'HLJ-JCY')]);
  // An officer of the provincial high court, to lead tasks the demo `officer` only supports.
  await addUser(app, 'gy-officer', 'HLJ-GY');
  // By default the demo user `officer` (of HRB-FY) leads the task; HLJ-GY and HLJ-JCY support it.
  input = (overrides = {}) => ({
    ledgerId: framework.id,
    sectionId: framework.sections.get('S1')!,
    code: `T-${++counter}`,
    title: '测试任务',
    description: '用于测试的任务',
    deliverableForm: 'WORK_MECHANISM',
    leadUnitId: court,
    supportingUnitIds: [provincialCourt, procuratorate],
    deadline: '2030-12-31',
    ...overrides,
  });
});
afterAll(() => app.close());

async function create(overrides: Partial<CreateReformTaskInput> = {}): Promise<string> {
  const { createReformTask } = await app.ok(CreateReformTaskDocument, { input: input(overrides) }, { as: 'staff' });
  expect(createReformTask.userErrors).toEqual([]);
  return createReformTask.reformTask!.id;
}

const ACTOR: Record<TaskAction, string> = {
  START: 'officer',
  SUBMIT: 'officer',
  ACCEPT: 'staff',
  RETURN: 'staff',
  SUSPEND: 'staff',
  RESUME: 'staff',
  CANCEL: 'staff',
};

async function act(
  taskId: string,
  action: TaskAction,
  as = ACTOR[action],
  extra: { deliverableDescription?: string; reason?: string } = {},
) {
  const details = {
    deliverableDescription: action === 'SUBMIT' ? '印发《工作机制》' : undefined,
    reason: action === 'RETURN' ? '材料不全' : undefined,
    ...extra,
  };
  return app.gql(TransitionReformTaskDocument, { input: { taskId, action, ...details } }, { as });
}

async function statusOf(taskId: string): Promise<TaskStatus> {
  const { node } = await app.ok(ReformTaskDocument, { id: taskId });
  return (node as { status: TaskStatus }).status;
}

/** Brings a new task to a status through allowed moves. */
const PATHS: Record<TaskStatus, TaskAction[]> = {
  NOT_STARTED: [],
  IN_PROGRESS: ['START'],
  SUBMITTED: ['START', 'SUBMIT'],
  RETURNED: ['START', 'SUBMIT', 'RETURN'],
  COMPLETED: ['START', 'SUBMIT', 'ACCEPT'],
  SUSPENDED: ['START', 'SUSPEND'],
  CANCELLED: ['CANCEL'],
};
const ALLOWED: Record<TaskStatus, TaskAction[]> = {
  NOT_STARTED: ['START', 'SUSPEND', 'CANCEL'],
  IN_PROGRESS: ['SUBMIT', 'SUSPEND', 'CANCEL'],
  SUBMITTED: ['ACCEPT', 'RETURN', 'CANCEL'],
  RETURNED: ['START', 'SUSPEND', 'CANCEL'],
  COMPLETED: [],
  SUSPENDED: ['RESUME', 'CANCEL'],
  CANCELLED: [],
};
const ACTIONS: TaskAction[] = ['START', 'SUBMIT', 'ACCEPT', 'RETURN', 'SUSPEND', 'RESUME', 'CANCEL'];

async function taskIn(status: TaskStatus): Promise<string> {
  const id = await create();
  for (const action of PATHS[status]) expect((await act(id, action)).data?.transitionReformTask.userErrors).toEqual([]);
  expect(await statusOf(id)).toBe(status);
  return id;
}

describe('the task workflow', () => {
  it('goes START → SUBMIT → RETURN → START → SUBMIT → ACCEPT, each move on the audit trail', async () => {
    const id = await create();
    const expectMove = async (action: TaskAction, to: TaskStatus) => {
      const { data } = await act(id, action);
      expect(data?.transitionReformTask.userErrors).toEqual([]);
      expect(data?.transitionReformTask.reformTask?.status).toBe(to);
      return data!.transitionReformTask.reformTask!;
    };
    await expectMove('START', 'IN_PROGRESS');
    expect((await expectMove('SUBMIT', 'SUBMITTED')).deliverableDescription).toBe('印发《工作机制》');
    expect((await expectMove('RETURN', 'RETURNED')).returnReason).toBe('材料不全');
    await expectMove('START', 'IN_PROGRESS');
    await expectMove('SUBMIT', 'SUBMITTED');
    const done = await expectMove('ACCEPT', 'COMPLETED');
    expect(done.completedAt).toEqual(expect.any(String));
    const trail = await auditOf(app, id);
    expect(trail.map((e) => e.action)).toEqual([
      'reformTask.create',
      'reformTask.start',
      'reformTask.submit',
      'reformTask.return',
      'reformTask.start',
      'reformTask.submit',
      'reformTask.accept',
    ]);
    expect(trail.at(-1)).toMatchObject({ actor: 'staff', from: { status: 'SUBMITTED' }, to: { status: 'COMPLETED' } });
  });

  it('suspends and resumes to where the task was, and cancels from a suspension', async () => {
    const working = await taskIn('IN_PROGRESS');
    expect((await act(working, 'SUSPEND')).data?.transitionReformTask.reformTask?.status).toBe('SUSPENDED');
    expect((await act(working, 'RESUME')).data?.transitionReformTask.reformTask?.status).toBe('IN_PROGRESS');
    const fresh = await taskIn('NOT_STARTED');
    await act(fresh, 'SUSPEND');
    expect((await act(fresh, 'RESUME')).data?.transitionReformTask.reformTask?.status).toBe('NOT_STARTED');
    const returned = await taskIn('RETURNED');
    await act(returned, 'SUSPEND');
    expect((await act(returned, 'RESUME')).data?.transitionReformTask.reformTask?.status).toBe('RETURNED');
    await act(returned, 'SUSPEND');
    expect((await act(returned, 'CANCEL')).data?.transitionReformTask.reformTask?.status).toBe('CANCELLED');
  });

  it('allows exactly the moves of the workflow in docs/domain.md from every status; every other is INVALID_TRANSITION naming the status, writing nothing', async () => {
    for (const status of Object.keys(PATHS) as TaskStatus[]) {
      const id = await taskIn(status);
      for (const action of ACTIONS.filter((a) => !ALLOWED[status].includes(a))) {
        const audits = await auditCount(app);
        const { data } = await act(id, action);
        const errors = data?.transitionReformTask.userErrors ?? [];
        expect(
          errors.map((e) => e.code),
          `${action} from ${status}`,
        ).toEqual(['INVALID_TRANSITION']);
        expect(errors[0]!.message).toContain(status);
        expect(await statusOf(id)).toBe(status);
        expect(await auditCount(app)).toBe(audits);
      }
      for (const action of ALLOWED[status]) {
        const fresh = await taskIn(status);
        const { data } = await act(fresh, action);
        expect(data?.transitionReformTask.userErrors, `${action} from ${status}`).toEqual([]);
        // RESUME goes back to where the task was suspended from: IN_PROGRESS on the path used here.
        const target: Record<TaskAction, TaskStatus> = {
          START: 'IN_PROGRESS',
          SUBMIT: 'SUBMITTED',
          ACCEPT: 'COMPLETED',
          RETURN: 'RETURNED',
          SUSPEND: 'SUSPENDED',
          RESUME: 'IN_PROGRESS',
          CANCEL: 'CANCELLED',
        };
        expect(await statusOf(fresh), `${action} from ${status}`).toBe(target[action]);
      }
    }
  });

  it('needs a deliverable description to submit and a reason to return', async () => {
    const working = await taskIn('IN_PROGRESS');
    const { data } = await act(working, 'SUBMIT', 'officer', { deliverableDescription: '  ' });
    expect(data?.transitionReformTask.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'deliverableDescription'] }),
    ]);
    const submitted = await taskIn('SUBMITTED');
    const returned = await act(submitted, 'RETURN', 'staff', { reason: '' });
    expect(returned.data?.transitionReformTask.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reason'] }),
    ]);
    expect(await statusOf(submitted)).toBe('SUBMITTED');
  });

  it('applies one of two concurrent accepts; the other finds the task completed', async () => {
    const id = await taskIn('SUBMITTED');
    const results = await Promise.all([act(id, 'ACCEPT'), act(id, 'ACCEPT')]);
    const codes = results.flatMap((r) => r.data?.transitionReformTask.userErrors.map((e) => e.code) ?? []);
    expect(codes).toEqual(['INVALID_TRANSITION']);
    expect((await auditOf(app, id)).filter((e) => e.action === 'reformTask.accept')).toHaveLength(1);
  });
});

describe('who may do what', () => {
  it('lets only commission staff create and edit tasks', async () => {
    for (const as of ['officer', 'viewer', 'admin', 'decider']) {
      expect(errorCodes(await app.gql(CreateReformTaskDocument, { input: input() }, { as }))).toEqual(['FORBIDDEN']);
    }
    const id = await create();
    const audits = await auditCount(app);
    for (const as of ['officer', 'viewer', 'admin']) {
      expect(errorCodes(await app.gql(UpdateReformTaskDocument, { input: { id, title: '改' } }, { as }))).toEqual(['FORBIDDEN']);
    }
    expect(await auditCount(app)).toBe(audits);
  });

  it('lets only an officer of the lead unit start and submit', async () => {
    const fresh = await taskIn('NOT_STARTED');
    for (const as of ['staff', 'viewer', 'admin']) expect(errorCodes(await act(fresh, 'START', as))).toEqual(['FORBIDDEN']);
    // The officer belongs to HRB-FY, here only a supporting unit.
    const supported = await create({ leadUnitId: await unitId(app, 'HLJ-GY'), supportingUnitIds: [await unitId(app, 'HRB-FY')] });
    expect(errorCodes(await act(supported, 'START', 'officer'))).toEqual(['FORBIDDEN']);
    expect(await statusOf(supported)).toBe('NOT_STARTED');
  });

  it('refuses a supporting unit’s officer who tries to submit: FORBIDDEN, nothing written', async () => {
    const supported = await create({ leadUnitId: await unitId(app, 'HLJ-GY'), supportingUnitIds: [await unitId(app, 'HRB-FY')] });
    expect((await act(supported, 'START', 'gy-officer')).data?.transitionReformTask.userErrors).toEqual([]);
    const audits = await auditCount(app);
    expect(errorCodes(await act(supported, 'SUBMIT', 'officer'))).toEqual(['FORBIDDEN']);
    expect(await statusOf(supported)).toBe('IN_PROGRESS');
    expect(await auditCount(app)).toBe(audits);
  });

  it('lets commission staff alone accept, return, suspend, resume and cancel', async () => {
    const submitted = await taskIn('SUBMITTED');
    for (const action of ['ACCEPT', 'RETURN', 'CANCEL'] as TaskAction[]) {
      for (const as of ['officer', 'viewer', 'coordinator']) expect(errorCodes(await act(submitted, action, as))).toEqual(['FORBIDDEN']);
    }
    const working = await taskIn('IN_PROGRESS');
    for (const as of ['officer', 'viewer', 'admin']) expect(errorCodes(await act(working, 'SUSPEND', as))).toEqual(['FORBIDDEN']);
    const suspended = await taskIn('SUSPENDED');
    const audits = await auditCount(app);
    for (const as of ['officer', 'viewer', 'admin']) expect(errorCodes(await act(suspended, 'RESUME', as))).toEqual(['FORBIDDEN']);
    expect(await auditCount(app)).toBe(audits);
    expect(await statusOf(submitted)).toBe('SUBMITTED');
    expect(await statusOf(working)).toBe('IN_PROGRESS');
    expect(await statusOf(suspended)).toBe('SUSPENDED');
  });

  it('lets officers of the lead and of supporting units report progress, and nobody else', async () => {
    const led = await taskIn('IN_PROGRESS');
    const report = (taskId: string, as: string, percent = 40) =>
      app.gql(ReportTaskProgressDocument, { input: { taskId, percent, narrative: '完成调研' } }, { as });
    const mine = await report(led, 'officer');
    expect(mine.data?.reportTaskProgress.userErrors).toEqual([]);
    expect(mine.data?.reportTaskProgress.reformTask?.latestProgress?.percent).toBe(40);
    for (const as of ['staff', 'viewer', 'admin']) expect(errorCodes(await report(led, as))).toEqual(['FORBIDDEN']);

    const supported = await create({ leadUnitId: await unitId(app, 'HLJ-GY'), supportingUnitIds: [await unitId(app, 'HRB-FY')] });
    await act(supported, 'START', 'gy-officer');
    expect((await report(supported, 'officer', 10)).data?.reportTaskProgress.userErrors).toEqual([]);
    const other = await create({ leadUnitId: await unitId(app, 'HLJ-GY'), supportingUnitIds: [] });
    expect(errorCodes(await report(other, 'officer'))).toEqual(['FORBIDDEN']);
  });
});

describe('time, as the server’s clock tells it', () => {
  const overdueOf = async (id: string) => ((await app.ok(ReformTaskDocument, { id })).node as { isOverdue: boolean }).isOverdue;
  const listedOverdue = async (code: string) =>
    (await app.ok(ReformTasksPageDocument, { first: 5, filter: { text: code, overdue: true } })).reformTasks!.nodes.map((t) => t.code);

  it('makes a task overdue the day after its deadline, in the field and the filter alike, and not once completed', async () => {
    const code = 'CLOCK-OVERDUE';
    const id = await create({ code, deadline: '2026-07-15' });
    try {
      app.clock.set('2026-07-15');
      expect(await overdueOf(id)).toBe(false);
      expect(await listedOverdue(code)).toEqual([]);
      app.clock.advanceDays(1);
      expect(await overdueOf(id)).toBe(true);
      expect(await listedOverdue(code)).toEqual([code]);
      for (const action of ['START', 'SUBMIT', 'ACCEPT'] as const) await act(id, action);
      expect(await overdueOf(id)).toBe(false);
      expect(await listedOverdue(code)).toEqual([]);
    } finally {
      app.clock.set(TODAY);
    }
  });

  it('accepts a progress report for today, refuses one for tomorrow', async () => {
    const id = await taskIn('IN_PROGRESS');
    const report = async (reportedOn?: string) =>
      (await app.ok(ReportTaskProgressDocument, { input: { taskId: id, percent: 30, narrative: '推进中', reportedOn } }, { as: 'officer' }))
        .reportTaskProgress;
    const tomorrow = await report('2026-07-01');
    expect(tomorrow.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reportedOn'] })]);
    expect(tomorrow.progressReport).toBeNull();
    expect((await report(TODAY)).progressReport).toMatchObject({ reportedOn: TODAY });
    expect((await report()).progressReport).toMatchObject({ reportedOn: TODAY });
  });
});

describe('progress reports', () => {
  it('refuse an impossible percentage, a future date, and tasks not under way', async () => {
    const led = await taskIn('IN_PROGRESS');
    const report = async (taskId: string, extra: { percent?: number; reportedOn?: string }) =>
      (await app.ok(ReportTaskProgressDocument, { input: { taskId, percent: 50, narrative: '推进中', ...extra } }, { as: 'officer' }))
        .reportTaskProgress.userErrors;
    expect(await report(led, { percent: 101 })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'percent'] })]);
    expect(await report(led, { reportedOn: '2099-01-01' })).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reportedOn'] }),
    ]);
    expect((await report(await taskIn('NOT_STARTED'), {})).map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect((await report(await taskIn('COMPLETED'), {})).map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('form the task’s history, newest first, with latestProgress the newest', async () => {
    const id = await taskIn('IN_PROGRESS');
    for (const [percent, reportedOn] of [
      [20, '2026-01-10'],
      [60, '2026-03-01'],
      [40, '2026-02-01'],
    ] as const) {
      await app.ok(
        ReportTaskProgressDocument,
        { input: { taskId: id, percent, narrative: `进度${percent}`, reportedOn } },
        { as: 'officer' },
      );
    }
    const { node } = await app.ok(ReformTaskDocument, { id });
    const task = node as {
      progressReports: {
        totalCount: number;
        nodes: { percent: number; reporter: { login: string } | null; reportingUnit: { code: string } | null }[];
      };
      latestProgress: { percent: number };
    };
    expect(task.progressReports.totalCount).toBe(3);
    expect(task.progressReports.nodes.map((r) => r.percent)).toEqual([60, 40, 20]);
    expect(task.latestProgress.percent).toBe(60);
    expect(task.progressReports.nodes[0]).toMatchObject({ reporter: { login: 'officer' }, reportingUnit: { code: 'HRB-FY' } });
  });
});

describe('creating and editing tasks', () => {
  it('refuses a lead unit that also supports, with INVALID_ASSIGNMENT, writing nothing', async () => {
    const audits = await auditCount(app);
    const court = await unitId(app, 'HRB-FY');
    const { createReformTask } = await app.ok(CreateReformTaskDocument, { input: input({ supportingUnitIds: [court] }) }, { as: 'staff' });
    expect(createReformTask.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_ASSIGNMENT', field: ['input', 'supportingUnitIds'] }),
    ]);
    const id = await create();
    const { updateReformTask } = await app.ok(
      UpdateReformTaskDocument,
      { input: { id, leadUnitId: await unitId(app, 'HLJ-GY') } },
      { as: 'staff' },
    );
    expect(updateReformTask.userErrors.map((e) => e.code)).toEqual(['INVALID_ASSIGNMENT']);
    expect(await auditCount(app)).toBe(audits + 1);
  });

  it('keeps the old deadline on the audit trail when the deadline changes', async () => {
    const id = await create({ deadline: '2030-06-30' });
    const { updateReformTask } = await app.ok(
      UpdateReformTaskDocument,
      { input: { id, deadline: '2031-03-31', title: '改名任务' } },
      { as: 'staff' },
    );
    expect(updateReformTask.reformTask).toMatchObject({ deadline: '2031-03-31', title: '改名任务' });
    expect((await auditOf(app, id)).at(-1)).toMatchObject({
      action: 'reformTask.update',
      from: { deadline: '2030-06-30' },
      to: { deadline: '2031-03-31' },
    });
  });

  it('replaces the supporting units as a whole', async () => {
    const id = await create();
    const { updateReformTask } = await app.ok(
      UpdateReformTaskDocument,
      { input: { id, supportingUnitIds: [await unitId(app, 'HLJ-SFT')] } },
      { as: 'staff' },
    );
    expect(updateReformTask.reformTask?.supportingUnits).toEqual([{ code: 'HLJ-SFT' }]);
  });

  it('refuses a code taken in the ledger, a section of another ledger, and a link that is not measure → framework task', async () => {
    await create({ code: 'DUP-1' });
    const again = await app.ok(CreateReformTaskDocument, { input: input({ code: 'DUP-1' }) }, { as: 'staff' });
    expect(again.createReformTask.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_CODE']);
    const ledgers = await ledgersByCode(app);
    const wrongSection = await app.ok(
      CreateReformTaskDocument,
      { input: input({ sectionId: ledgers.get('RECTIFICATION')!.sections.get('A1')! }) },
      { as: 'staff' },
    );
    expect(wrongSection.createReformTask.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'sectionId'] }),
    ]);
    const frameworkTask = await create();
    const frameworkLink = await app.ok(CreateReformTaskDocument, { input: input({ implementsId: frameworkTask }) }, { as: 'staff' });
    expect(frameworkLink.createReformTask.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'implementsId'] }),
    ]);
    const plan = ledgers.get('PLAN-2021')!;
    const measure = await app.ok(
      CreateReformTaskDocument,
      { input: input({ ledgerId: plan.id, sectionId: plan.sections.get('S1')!, implementsId: frameworkTask }) },
      { as: 'staff' },
    );
    expect(measure.createReformTask.userErrors).toEqual([]);
    const { node } = await app.ok(ReformTaskDocument, { id: frameworkTask });
    expect(measure.createReformTask.reformTask?.implements?.code).toBe((node as { code: string }).code);
  });
});

describe('bad input', () => {
  it('is a clear client error, never a 500: NUL characters, out-of-range dates, overlong text', async () => {
    const nul = await app.gql(CreateReformTaskDocument, { input: input({ title: 'bad\u0000title' }) }, { as: 'staff' });
    expect(nul.status).toBeLessThan(500);
    expect(errorCodes(nul)).toEqual(['BAD_USER_INPUT']);
    // Outside this century the domain refuses the date; outside any sane range the input guard does.
    const { createReformTask: lastCentury } = await app.ok(
      CreateReformTaskDocument,
      { input: input({ deadline: '1999-12-31' }) },
      { as: 'staff' },
    );
    expect(lastCentury.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'deadline'] })]);
    const ancient = await app.gql(CreateReformTaskDocument, { input: input({ deadline: '0001-01-01' }) }, { as: 'staff' });
    expect(ancient.status).toBe(400);
    expect(ancient.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.deadline' });
    const { createReformTask: long } = await app.ok(
      CreateReformTaskDocument,
      { input: input({ description: '长'.repeat(4001) }) },
      { as: 'staff' },
    );
    expect(long.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'description'] })]);
    const id = await taskIn('IN_PROGRESS');
    const narrative = await app.ok(
      ReportTaskProgressDocument,
      { input: { taskId: id, percent: 5, narrative: '长'.repeat(4001) } },
      { as: 'officer' },
    );
    expect(narrative.reportTaskProgress.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const empty = await app.gql(UpdateReformTaskDocument, { input: { id, leadUnitId: '' } }, { as: 'staff' });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
  });
});
