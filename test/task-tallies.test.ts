import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateReformTaskDocument,
  LedgerSummaryDocument,
  TransitionReformTaskDocument,
  UnitWorkloadDocument,
  UpdateReformTaskDocument,
  type CreateReformTaskInput,
  type TaskAction,
  type UpdateReformTaskInput,
} from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';
import { keyOfId, ledgersByCode, unitId } from './support/ids.js';

// The dashboards read task counts that triggers keep; after every kind of write they equal a count
// over the tasks themselves, and so do the dashboards' answers.

/** Mid-month, so overdue counts come from both the kept months and this month's tasks. */
const TODAY = '2026-06-15';
const OPEN = `status not in ('COMPLETED', 'CANCELLED')`;

/** Each tally beside the same count over the tables. */
const TALLIES = [
  [
    'select ledger_id, section_id, lead_unit_id, status, n from reform_task_tally where n <> 0',
    'select ledger_id, section_id, lead_unit_id, status, count(*)::int from reform_task group by 1, 2, 3, 4',
  ],
  [
    'select ledger_id, section_id, lead_unit_id, deadline_month, n from reform_task_open_tally where n <> 0',
    `select ledger_id, section_id, lead_unit_id, date_trunc('month', deadline)::date, count(*)::int from reform_task where ${OPEN} group by 1, 2, 3, 4`,
  ],
  [
    'select unit_id, status, n from reform_task_support_tally where n <> 0',
    'select su.unit_id, t.status, count(*)::int from reform_task_supporting_unit su join reform_task t on t.id = su.task_id group by 1, 2',
  ],
  [
    'select unit_id, deadline_month, n from reform_task_support_open_tally where n <> 0',
    `select su.unit_id, date_trunc('month', t.deadline)::date, count(*)::int
       from reform_task_supporting_unit su join reform_task t on t.id = su.task_id where t.${OPEN} group by 1, 2`,
  ],
];

let app: TestApp;
let db: pg.Client;
let ledger: { id: string; sections: Map<string, string> };
const units: Record<string, string> = {};
let counter = 0;

beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
  db = new pg.Client({ connectionString: app.config.databaseUrl });
  await db.connect();
  ledger = (await ledgersByCode(app)).get('FRAMEWORK')!;
  for (const code of ['HRB-FY', 'HLJ-GY', 'HLJ-JCY', 'HLJ-GAT']) units[code] = await unitId(app, code);
});
afterAll(async () => {
  await db.end();
  await app.close();
});

/** Every tally equals its direct count, and the dashboards of the units and ledger touched answer the direct counts. */
async function expectExact(): Promise<void> {
  for (const [kept, counted] of TALLIES) {
    const { rows } = await db.query(`(${kept} except ${counted}) union all (${counted} except ${kept})`);
    expect(rows, kept).toEqual([]);
  }
  // The link rows' copies of their task's sort columns, kept by triggers too.
  for (const link of ['reform_task_supporting_unit', 'led_reform_task']) {
    const { rows } = await db.query(
      `select l.task_id from ${link} l join reform_task t on t.id = l.task_id
        where (l.code, l.deadline, l.status, l.updated_at) is distinct from (t.code, t.deadline, t.status, t.updated_at)`,
    );
    expect(rows, link).toEqual([]);
  }
  const overdue = `count(*) filter (where t.deadline < '${TODAY}' and t.${OPEN})::int`;
  for (const id of Object.values(units)) {
    const key = keyOfId(id);
    const { unitWorkload } = await app.ok(UnitWorkloadDocument, { unitId: id });
    const direct = async (from: string) =>
      (await db.query<{ total: number; overdue: number }>(`select count(*)::int as total, ${overdue} as overdue from ${from}`, [key]))
        .rows[0];
    expect({ total: unitWorkload!.lead.total, overdue: unitWorkload!.lead.overdue }).toEqual(
      await direct('reform_task t where t.lead_unit_id = $1'),
    );
    expect({ total: unitWorkload!.supporting.total, overdue: unitWorkload!.supporting.overdue }).toEqual(
      await direct('reform_task t join reform_task_supporting_unit su on su.task_id = t.id where su.unit_id = $1'),
    );
  }
  const { ledgerSummary } = await app.ok(LedgerSummaryDocument, { ledgerId: ledger.id });
  const { rows } = await db.query(
    `select lead_unit_id::text as unit, count(*)::int as total, ${overdue} as overdue from reform_task t where ledger_id = $1 group by 1`,
    [keyOfId(ledger.id)],
  );
  const byUnit = new Map(ledgerSummary!.byLeadUnit.map((u) => [keyOfId(u.unit.id), { total: u.tally.total, overdue: u.tally.overdue }]));
  expect(byUnit).toEqual(
    new Map(rows.map((r: { unit: string; total: number; overdue: number }) => [r.unit, { total: r.total, overdue: r.overdue }])),
  );
}

async function create(overrides: Partial<CreateReformTaskInput> = {}): Promise<string> {
  const { createReformTask } = await app.ok(
    CreateReformTaskDocument,
    {
      input: {
        ledgerId: ledger.id,
        sectionId: ledger.sections.get('S1')!,
        code: `TALLY-${++counter}`,
        title: '计数任务',
        deliverableForm: 'WORK_MECHANISM',
        leadUnitId: units['HRB-FY']!,
        supportingUnitIds: [units['HLJ-GY']!, units['HLJ-JCY']!],
        deadline: '2026-06-10',
        ...overrides,
      },
    },
    { as: 'staff' },
  );
  expect(createReformTask.userErrors).toEqual([]);
  return createReformTask.reformTask!.id;
}

async function update(input: UpdateReformTaskInput): Promise<void> {
  const { updateReformTask } = await app.ok(UpdateReformTaskDocument, { input }, { as: 'staff' });
  expect(updateReformTask.userErrors).toEqual([]);
}

async function act(taskId: string, action: TaskAction): Promise<void> {
  const as = action === 'START' || action === 'SUBMIT' ? 'officer' : 'staff';
  const { transitionReformTask } = await app.ok(
    TransitionReformTaskDocument,
    {
      input: {
        taskId,
        action,
        deliverableDescription: action === 'SUBMIT' ? '印发' : undefined,
        reason: action === 'RETURN' ? '不全' : undefined,
      },
    },
    { as },
  );
  expect(transitionReformTask.userErrors).toEqual([]);
}

describe('task tallies', () => {
  it('start exact on the demo data', async () => {
    await expectExact();
  });

  it('stay exact through creating tasks with deadlines before, in and after this month', async () => {
    for (const deadline of ['2026-03-31', '2026-06-01', '2026-06-14', '2026-06-15', '2026-06-30', '2027-01-01']) await create({ deadline });
    await create({ supportingUnitIds: [] });
    await expectExact();
  });

  it('stay exact through changing deadline, lead unit and supporting units', async () => {
    const id = await create();
    await update({ id, deadline: '2025-12-31' });
    await expectExact();
    await update({ id, deadline: '2026-06-20', leadUnitId: units['HLJ-GAT']! });
    await expectExact();
    await update({ id, supportingUnitIds: [units['HLJ-JCY']!, units['HRB-FY']!] });
    await expectExact();
    await update({ id, supportingUnitIds: [] });
    await expectExact();
  });

  it('stay exact through every status transition', async () => {
    const id = await create();
    for (const action of ['START', 'SUBMIT', 'RETURN', 'START', 'SUBMIT', 'ACCEPT'] as TaskAction[]) {
      await act(id, action);
      await expectExact();
    }
    const other = await create({ deadline: '2026-01-15' });
    for (const action of ['SUSPEND', 'RESUME', 'CANCEL'] as TaskAction[]) {
      await act(other, action);
      await expectExact();
    }
  });

  it('stay exact through deletes and bulk SQL', async () => {
    const id = keyOfId(await create());
    // Deleting a task cascades to its supporting rows.
    await db.query('delete from reform_task where id = $1', [id]);
    await expectExact();
    await db.query(`update reform_task set deadline = deadline - 45 where id % 3 = 0`);
    await db.query(`update reform_task set status = 'IN_PROGRESS' where status = 'NOT_STARTED' and id % 2 = 0`);
    await db.query(`delete from reform_task_supporting_unit where task_id % 5 = 0`);
    await db.query(
      `insert into reform_task_supporting_unit (task_id, unit_id) select id, $1 from reform_task where id % 7 = 0 on conflict do nothing`,
      [keyOfId(units['HLJ-GAT']!)],
    );
    await expectExact();
  });

  it('are not touched by an edit that changes no count, so edits of other tasks do not wait on them', async () => {
    const id = keyOfId(await create({ supportingUnitIds: [units['HLJ-GY']!] }));
    const other = new pg.Client({ connectionString: app.config.databaseUrl });
    await other.connect();
    try {
      await db.query('begin');
      await db.query(`update reform_task set title = title || '.' where id = $1`, [id]);
      // Every count row of that task is free for another writer while the edit is open.
      await other.query("set lock_timeout = '200ms'");
      const counts = [
        `select 1 from reform_task_tally c join reform_task t using (ledger_id, section_id, lead_unit_id, status) where t.id = $1 for update of c`,
        `select 1 from reform_task_support_tally c
           join reform_task_supporting_unit su using (unit_id) join reform_task t on t.id = su.task_id and t.status = c.status
           where t.id = $1 for update of c`,
      ];
      for (const sql of counts) expect((await other.query(sql, [id])).rowCount, sql).toBe(1);
    } finally {
      await db.query('rollback');
      await other.end();
    }
    await expectExact();
  });
});

describe('concurrent task edits', () => {
  // Pairs of edits run side by side; TALLY_EDIT_PAIRS=200 runs more.
  const PAIRS = Number(process.env.TALLY_EDIT_PAIRS ?? 40);

  it('never deadlock over the counts they share, whatever statements each edit runs', { timeout: 600_000 }, async () => {
    // Two tasks with other lead units (their own lead counts), one supported by each unit: one edit
    // moves a task's deadline to another month while the other swaps a task's supporting units, then
    // the other way round, so each locks the two units' counts in the order its statements come.
    const [a, b] = [units['HLJ-GY']!, units['HLJ-JCY']!];
    const moved = await create({ leadUnitId: units['HLJ-GAT']!, supportingUnitIds: [a, b], deadline: '2026-09-10' });
    const swapped = await create({ supportingUnitIds: [b], deadline: '2026-09-20' });
    const failures: string[] = [];
    const run = async (input: UpdateReformTaskInput) => {
      const { data, errors } = await app.gql(UpdateReformTaskDocument, { input }, { as: 'staff' });
      if (errors?.length || data?.updateReformTask.userErrors.length) failures.push(JSON.stringify(errors ?? data));
    };
    for (let i = 0; i < PAIRS; i++) {
      const even = i % 2 === 0;
      await Promise.all([
        run({ id: moved, deadline: even ? '2026-10-10' : '2026-09-10', supportingUnitIds: even ? [b, a] : [a, b] }),
        run({ id: swapped, deadline: even ? '2026-10-20' : '2026-09-20', supportingUnitIds: even ? [a] : [b] }),
      ]);
    }
    expect(failures).toEqual([]);
    await expectExact();
  });
});
