import { LedgerSection } from './ledger-section.entity.js';
import { Ledger } from './ledger.entity.js';
import { TaskAction, TaskStatus } from './reform-ledger.enums.js';
import { ReformTask } from './reform-task.entity.js';
import { TaskProgressReport } from './task-progress-report.entity.js';
import { ledgers } from './reform-ledger.seed-data.js';
import type { TaskSeed } from './reform-ledger.seed-types.js';
import { existing, lookup, must, type SeedRun } from '../../shared/db/seed-kit.js';

declare module '../../shared/db/seed-kit.js' {
  interface SeedLookups {
    /** Tasks by `<ledger code>/<task code>`. */
    tasks: Map<string, ReformTask>;
  }
}

/** The workflow moves that bring a new task to the status the demo data gives it. */
const PATH: Record<TaskStatus, TaskAction[]> = {
  [TaskStatus.NOT_STARTED]: [],
  [TaskStatus.IN_PROGRESS]: [TaskAction.START],
  [TaskStatus.SUBMITTED]: [TaskAction.START, TaskAction.SUBMIT],
  [TaskStatus.RETURNED]: [TaskAction.START, TaskAction.SUBMIT, TaskAction.RETURN],
  [TaskStatus.COMPLETED]: [TaskAction.START, TaskAction.SUBMIT, TaskAction.ACCEPT],
  [TaskStatus.SUSPENDED]: [TaskAction.START, TaskAction.SUSPEND],
  [TaskStatus.CANCELLED]: [TaskAction.CANCEL],
};

/** Replays the workflow rather than setting the status, so seeded tasks obey the same rules. */
function bringTo(task: ReformTask, seed: TaskSeed): void {
  for (const action of PATH[seed.status]) {
    task.transition(
      action,
      { deliverableDescription: seed.deliverableDescription ?? '（示例）成果材料', reason: seed.returnReason ?? '（示例）需补充完善' },
      seed.completedAt ? new Date(seed.completedAt) : new Date(`${seed.deadline}T12:00:00+08:00`),
    );
  }
}

/** The four ledgers with their sections, tasks and progress; a ledger already present is left as it is. */
export async function seedLedgers(run: SeedRun): Promise<void> {
  const { adds } = run;
  const units = lookup(run, 'units');
  const users = lookup(run, 'users');
  const em = adds.tx.em;
  const present = await existing(em, Ledger, (l) => l.code);
  const tasks = await existing(em, ReformTask, (t) => `${t.ledger.code}/${t.code}`);
  for (const ledgerSeed of ledgers) {
    if (present.has(ledgerSeed.code)) continue;
    const ledger = new Ledger(ledgerSeed);
    adds.add(ledger, 'Ledger', { code: ledger.code, kind: ledger.kind, year: ledger.year, title: ledger.title }, 'ledgers');
    ledgerSeed.sections.forEach((sectionSeed, i) => {
      const section = new LedgerSection({ ledger, code: sectionSeed.code, ordinal: i + 1, title: sectionSeed.title });
      adds.add(section, 'LedgerSection', { code: section.code, title: section.title }, 'ledgerSections');
      for (const seed of sectionSeed.tasks) {
        const task = new ReformTask({ ...seed, ledger, section });
        task.assign(
          must(units, seed.lead),
          seed.supporting.map((code) => must(units, code)),
        );
        // Annual plans come after the framework in the data, so the task carried out is known.
        if (seed.implements) task.carryOut(must(tasks, `FRAMEWORK/${seed.implements}`));
        bringTo(task, seed);
        tasks.set(`${ledger.code}/${seed.code}`, task);
        adds.add(task, 'ReformTask', { code: seed.code, title: seed.title, status: seed.status, deadline: seed.deadline }, 'reformTasks');
        for (const progress of seed.progress ?? []) {
          const report = new TaskProgressReport({ task, ...progress, reporter: must(users, progress.reporter) });
          adds.add(report, 'TaskProgressReport', { ...progress }, 'progressReports');
        }
      }
    });
    await adds.flush();
  }
  run.lookups.tasks = tasks;
}
