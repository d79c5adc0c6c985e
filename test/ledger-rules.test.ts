import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/mikro-orm.config.js';
import { CommonErrorCode, isDomainError } from '../src/shared/errors/domain-error.js';
import { LedReformErrorCode } from '../src/modules/led-reform/led-reform.errors.js';
import { LedReform } from '../src/modules/led-reform/led-reform.entity.js';
import { LedReformStatus } from '../src/modules/led-reform/led-reform.enums.js';
import { Ledger } from '../src/modules/reform-ledger/ledger.entity.js';
import { LedgerSection } from '../src/modules/reform-ledger/ledger-section.entity.js';
import { DeliverableForm, LedgerKind, TaskAction, TaskStatus } from '../src/modules/reform-ledger/reform-ledger.enums.js';
import { isOverdue, ReformTask } from '../src/modules/reform-ledger/reform-task.entity.js';
import { ReformTaskErrorCode } from '../src/modules/reform-ledger/reform-task.errors.js';
import { GuidanceVisit } from '../src/modules/reform-case/guidance-visit.entity.js';
import { ReformCase } from '../src/modules/reform-case/reform-case.entity.js';
import { RecognitionLevel, ReformCaseStatus } from '../src/modules/reform-case/reform-case.enums.js';
import { Person } from '../src/modules/unit/person.entity.js';
import { Region } from '../src/modules/unit/region.entity.js';
import { Unit } from '../src/modules/unit/unit.entity.js';
import { UnitKind, UnitLevel } from '../src/modules/unit/unit.enums.js';
import { codeOf } from './support/rules.js';
import { User } from '../src/modules/user/user.entity.js';

// The rules of tasks, led reforms and reform cases, on their entities, without a database.

// Collections (a task's supporting units, a reform's tasks) need the entities' metadata: discovered
// here without ever connecting.
let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init(ormConfig('postgresql://nobody@127.0.0.1:1/none', { connect: false }));
});
afterAll(() => orm.close());

const NOW = new Date('2026-03-01T04:00:00Z');
const LATER = new Date('2026-03-02T04:00:00Z');
const harbin = new Region('HRB', '哈尔滨市');
const unit = (code: string) => new Unit({ code, name: code, kind: UnitKind.COURT, level: UnitLevel.PREFECTURE, region: harbin });
const court = unit('HRB-FY');
const reporter = new User({ username: 'officer', displayName: '办事员', unit: court });
const framework = new Ledger({ code: 'FRAMEWORK', kind: LedgerKind.REFORM_FRAMEWORK, year: null, title: '框架' });
const section = new LedgerSection({ ledger: framework, code: 'S1', ordinal: 1, title: '体系一' });

let counter = 0;
const newTask = (deadline = '2026-06-30') =>
  new ReformTask({
    ledger: framework,
    section,
    code: `F-${++counter}`,
    title: '任务',
    description: '',
    deliverableForm: DeliverableForm.REPORT,
    deadline,
  });

/** A task brought to a status through the workflow itself. */
function taskIn(status: TaskStatus): ReformTask {
  const path: Record<TaskStatus, TaskAction[]> = {
    NOT_STARTED: [],
    IN_PROGRESS: [TaskAction.START],
    SUBMITTED: [TaskAction.START, TaskAction.SUBMIT],
    RETURNED: [TaskAction.START, TaskAction.SUBMIT, TaskAction.RETURN],
    COMPLETED: [TaskAction.START, TaskAction.SUBMIT, TaskAction.ACCEPT],
    SUSPENDED: [TaskAction.START, TaskAction.SUSPEND],
    CANCELLED: [TaskAction.CANCEL],
  };
  const task = newTask();
  for (const action of path[status]) task.transition(action, { deliverableDescription: '成果', reason: '补充' }, NOW);
  expect(task.status).toBe(status);
  return task;
}

describe('ReformTask workflow', () => {
  const ALL = Object.values(TaskStatus);
  const ALLOWED: Record<TaskAction, [TaskStatus[], TaskStatus | 'back']> = {
    START: [[TaskStatus.NOT_STARTED, TaskStatus.RETURNED], TaskStatus.IN_PROGRESS],
    SUBMIT: [[TaskStatus.IN_PROGRESS], TaskStatus.SUBMITTED],
    ACCEPT: [[TaskStatus.SUBMITTED], TaskStatus.COMPLETED],
    RETURN: [[TaskStatus.SUBMITTED], TaskStatus.RETURNED],
    SUSPEND: [[TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.RETURNED], TaskStatus.SUSPENDED],
    RESUME: [[TaskStatus.SUSPENDED], 'back'],
    CANCEL: [ALL.filter((s) => s !== TaskStatus.COMPLETED && s !== TaskStatus.CANCELLED), TaskStatus.CANCELLED],
  };

  it.each(Object.values(TaskAction))(
    '%s moves exactly the statuses it allows, and refuses the others with INVALID_TRANSITION',
    (action) => {
      const [from, to] = ALLOWED[action];
      for (const status of ALL) {
        const task = taskIn(status);
        const code = codeOf(() => task.transition(action, { deliverableDescription: '成果', reason: '理由' }, LATER));
        if (from.includes(status)) {
          expect(code, `${action} from ${status}`).toBeUndefined();
          expect(task.status).toBe(to === 'back' ? TaskStatus.IN_PROGRESS : to);
        } else {
          expect(code, `${action} from ${status}`).toBe(CommonErrorCode.INVALID_TRANSITION);
          expect(task.status).toBe(status);
        }
      }
    },
  );

  it('needs the deliverable to submit and a reason to return, and keeps them', () => {
    const task = taskIn(TaskStatus.IN_PROGRESS);
    expect(codeOf(() => task.transition(TaskAction.SUBMIT, {}, NOW))).toBe(CommonErrorCode.INVALID_INPUT);
    expect(task.status).toBe(TaskStatus.IN_PROGRESS);
    task.transition(TaskAction.SUBMIT, { deliverableDescription: '  印发《办法》 ' }, NOW);
    expect(task.deliverableDescription).toBe('印发《办法》');
    expect(codeOf(() => task.transition(TaskAction.RETURN, { reason: '   ' }, NOW))).toBe(CommonErrorCode.INVALID_INPUT);
    expect(task.status).toBe(TaskStatus.SUBMITTED);
    task.transition(TaskAction.RETURN, { reason: '材料不全' }, NOW);
    expect(task).toMatchObject({ status: TaskStatus.RETURNED, returnReason: '材料不全' });
  });

  it('is completed at the moment it is given, and resumes to where it was suspended', () => {
    const task = taskIn(TaskStatus.SUBMITTED);
    task.transition(TaskAction.ACCEPT, {}, LATER);
    expect(task.completedAt).toEqual(LATER);
    const returned = taskIn(TaskStatus.RETURNED);
    returned.transition(TaskAction.SUSPEND, {}, NOW);
    expect(returned.suspendedFrom).toBe(TaskStatus.RETURNED);
    returned.transition(TaskAction.RESUME, {}, NOW);
    expect(returned).toMatchObject({ status: TaskStatus.RETURNED, suspendedFrom: null });
  });

  it('has one lead unit that does not also support it, and no supporting unit twice', () => {
    const task = newTask();
    const other = unit('HLJ-GY');
    expect(codeOf(() => task.assign(court, [other, court]))).toBe(ReformTaskErrorCode.INVALID_ASSIGNMENT);
    expect(codeOf(() => task.assign(court, [other, other]))).toBe(ReformTaskErrorCode.INVALID_ASSIGNMENT);
    task.assign(court, [other]);
    expect(task.leadUnit).toBe(court);
    expect(task.supportingUnits.getItems()).toEqual([other]);
  });
});

describe('ReformTask overdue', () => {
  it('is overdue from the day after its deadline, unless completed or cancelled', () => {
    const open = taskIn(TaskStatus.IN_PROGRESS);
    expect(open.isOverdue('2026-06-30')).toBe(false);
    expect(open.isOverdue('2026-07-01')).toBe(true);
    for (const status of Object.values(TaskStatus)) {
      const closed = status === TaskStatus.COMPLETED || status === TaskStatus.CANCELLED;
      expect(isOverdue({ deadline: '2026-06-30', status }, '2026-07-01'), status).toBe(!closed);
      expect(isOverdue({ deadline: '2026-06-30', status }, '2026-06-29'), status).toBe(false);
    }
  });
});

describe('ReformTask progress reports', () => {
  it('are taken while work is under way, for today by default or a past day, never a day to come', () => {
    const task = taskIn(TaskStatus.IN_PROGRESS);
    const report = task.reportProgress({ percent: 40, narrative: '推进中' }, reporter, '2026-03-01');
    expect(report).toMatchObject({ task, reportedOn: '2026-03-01', percent: 40, narrative: '推进中', reporter });
    expect(task.reportProgress({ percent: 50, narrative: '补报', reportedOn: '2026-02-20' }, reporter, '2026-03-01').reportedOn).toBe(
      '2026-02-20',
    );
    expect(codeOf(() => task.reportProgress({ percent: 50, narrative: '明日', reportedOn: '2026-03-02' }, reporter, '2026-03-01'))).toBe(
      CommonErrorCode.INVALID_INPUT,
    );
    expect(codeOf(() => task.reportProgress({ percent: 101, narrative: '超额' }, reporter, '2026-03-01'))).toBe(
      CommonErrorCode.INVALID_INPUT,
    );
    expect(
      codeOf(() => taskIn(TaskStatus.RETURNED).reportProgress({ percent: 10, narrative: '整改' }, reporter, '2026-03-01')),
    ).toBeUndefined();
    for (const status of [TaskStatus.NOT_STARTED, TaskStatus.SUBMITTED, TaskStatus.COMPLETED, TaskStatus.SUSPENDED, TaskStatus.CANCELLED]) {
      expect(
        codeOf(() => taskIn(status).reportProgress({ percent: 10, narrative: '无' }, reporter, '2026-03-01')),
        status,
      ).toBe(CommonErrorCode.INVALID_TRANSITION);
    }
  });
});

describe('LedReform completion', () => {
  const head = new Person({ name: '院长', title: '院长', unit: court, isPrincipalHead: true });

  it('is led by a principal head only', () => {
    const deputy = new Person({ name: '副院长', title: '副院长', unit: court });
    expect(codeOf(() => new LedReform({ theme: '改革', year: 2026, leader: deputy }))).toBe(LedReformErrorCode.LEADER_NOT_PRINCIPAL_HEAD);
    expect(new LedReform({ theme: '改革', year: 2026, leader: head }).unit).toBe(court);
  });

  it('completes at the given moment once every linked task is completed, and only once', () => {
    const reform = new LedReform({ theme: '改革', year: 2026, leader: head });
    expect(codeOf(() => reform.complete(NOW))).toBe(CommonErrorCode.INVALID_INPUT);
    const done = taskIn(TaskStatus.COMPLETED);
    const open = taskIn(TaskStatus.SUBMITTED);
    reform.link([done, open]);
    try {
      reform.complete(NOW);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe(LedReformErrorCode.LINKED_TASKS_OPEN);
      expect((error as Error).message).toContain(`${open.code} (SUBMITTED)`);
      expect((error as Error).message).not.toContain(`${done.code} `);
    }
    expect(reform).toMatchObject({ status: LedReformStatus.IN_PROGRESS, completedAt: null });
    open.transition(TaskAction.ACCEPT, {}, NOW);
    reform.complete(LATER);
    expect(reform).toMatchObject({ status: LedReformStatus.COMPLETED, completedAt: LATER });
    expect(codeOf(() => reform.complete(LATER))).toBe(CommonErrorCode.INVALID_TRANSITION);
    expect(codeOf(() => reform.link([taskIn(TaskStatus.COMPLETED)]))).toBe(CommonErrorCode.INVALID_TRANSITION);
  });
});

describe('ReformCase moves', () => {
  const newCase = () => new ReformCase({ unit: court, title: '案例', summary: '摘要' });
  const recognised = { level: RecognitionLevel.NATIONAL, recognizedBy: '最高人民检察院' };

  it('is submitted once, from CULTIVATING, at the given moment', () => {
    const reformCase = newCase();
    expect(codeOf(() => reformCase.decide({ selected: false }, NOW))).toBe(CommonErrorCode.INVALID_TRANSITION);
    reformCase.submit(NOW);
    expect(reformCase).toMatchObject({ status: ReformCaseStatus.SUBMITTED, submittedAt: NOW });
    expect(codeOf(() => reformCase.submit(LATER))).toBe(CommonErrorCode.INVALID_TRANSITION);
    expect(reformCase.submittedAt).toEqual(NOW);
  });

  it('is selected only with its level and recognising body, turned down only without', () => {
    const submitted = () => {
      const c = newCase();
      c.submit(NOW);
      return c;
    };
    for (const incomplete of [{}, { level: RecognitionLevel.PROVINCIAL }, { recognizedBy: '省委政法委' }]) {
      const reformCase = submitted();
      expect(codeOf(() => reformCase.decide({ selected: true, ...incomplete }, LATER))).toBe(CommonErrorCode.INVALID_INPUT);
      expect(reformCase.status).toBe(ReformCaseStatus.SUBMITTED);
    }
    const notSelected = submitted();
    expect(codeOf(() => notSelected.decide({ selected: false, ...recognised }, LATER))).toBe(CommonErrorCode.INVALID_INPUT);
    notSelected.decide({ selected: false }, LATER);
    expect(notSelected).toMatchObject({ status: ReformCaseStatus.NOT_SELECTED, recognitionLevel: null, decidedAt: LATER });
    const selected = submitted();
    selected.decide({ selected: true, ...recognised }, LATER);
    expect(selected).toMatchObject({
      status: ReformCaseStatus.SELECTED,
      recognitionLevel: RecognitionLevel.NATIONAL,
      recognizedBy: '最高人民检察院',
      decidedAt: LATER,
    });
    expect(codeOf(() => selected.decide({ selected: false }, LATER))).toBe(CommonErrorCode.INVALID_TRANSITION);
  });

  it('is visited on today or a past day, never a day to come', () => {
    const reformCase = newCase();
    const visit = (visitedOn: string) => () => new GuidanceVisit({ reformCase, visitedOn, visitingUnit: court, notes: '' }, '2026-03-01');
    expect(codeOf(visit('2026-03-01'))).toBeUndefined();
    expect(codeOf(visit('2026-03-02'))).toBe(CommonErrorCode.INVALID_INPUT);
    expect(codeOf(visit('1999-12-31'))).toBe(CommonErrorCode.INVALID_INPUT);
  });
});
