import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DecisionBoardDocument,
  FindingBoardDocument,
  IssueBoardDocument,
  LedgersDocument,
  LedgerSummaryDocument,
  TaskInboxDocument,
  TaskRefetchDocument,
  UnitWorkloadDocument,
} from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';

// Statements per operation stay the same whatever the page size and however much data there is:
// every relation is joined into its parent's statement or batched by a loader, never per row.

/** Copies get ids shifted by multiples of this, so their links point at each other's copies. */
const SHIFT = 1_000_000;

/** Copies every row of `table` `copies` times, shifting the id columns named and setting `set`'s columns to SQL. */
async function copyRows(db: pg.Client, table: string, copies: number, shifted: string[], set: Record<string, string> = {}) {
  const { rows } = await db.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  const columns = rows.map((r) => r.column_name);
  const value = (c: string) => set[c] ?? (shifted.includes(c) ? `${c} + k * ${SHIFT}` : c);
  await db.query(
    `insert into ${table} (${columns.join(', ')}) select ${columns.map(value).join(', ')}
       from ${table}, generate_series(1, ${copies}) k where ${shifted[0]} < ${SHIFT}`,
  );
  if (columns.includes('id')) await db.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
}

/** Thousands of tasks, issues, decisions and findings more, copied from the demo data with their relations. */
async function generateData(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('begin');
    await copyRows(db, 'reform_task', 10, ['id', 'implements_id'], { code: `code || '-' || k` });
    await copyRows(db, 'reform_task_supporting_unit', 10, ['task_id']);
    await copyRows(db, 'task_progress_report', 10, ['id', 'task_id']);
    await copyRows(db, 'coordination_issue', 40, ['id']);
    await copyRows(db, 'issue_participant', 40, ['id', 'issue_id']);
    await copyRows(db, 'action_item', 40, ['id', 'issue_id'], { meeting_id: 'null' });
    await copyRows(db, 'fund_obligation', 40, ['id', 'issue_id']);
    await copyRows(db, 'fund_transaction', 40, ['id', 'obligation_id']);
    await copyRows(db, 'major_decision', 20, ['id'], { current_assessment_id: 'null' });
    await copyRows(db, 'risk_assessment', 20, ['id', 'decision_id']);
    await db.query(
      `update major_decision c set current_assessment_id = o.current_assessment_id + (c.id - o.id)
         from major_decision o where c.id > ${SHIFT} and o.id = c.id % ${SHIFT} and o.current_assessment_id is not null`,
    );
    await copyRows(db, 'risk_assessment_author', 20, ['assessment_id']);
    await copyRows(db, 'risk_point', 20, ['id', 'assessment_id']);
    await copyRows(db, 'mitigation_measure', 20, ['id', 'point_id']);
    await copyRows(db, 'inspection_finding', 10, ['id']);
    await copyRows(db, 'rectification_notice', 10, ['id', 'finding_id']);
    await db.query('commit');
    await db.query('analyze');
  } finally {
    await db.end();
  }
}

interface Operation {
  name: string;
  /** Sends the operation for a page (or list) of `size` rows and returns how many rows came back. */
  run: (app: TestApp, size: number, as: string) => Promise<number>;
  /** The most statements it may take, the viewer's and the rate limit's included. */
  bound: number;
  /** Whether `size` is a page size (else the operation answers one object). */
  pages?: boolean;
}

let ids: { taskId: string; ledgerId: string; unitId: string };

const operations: Operation[] = [
  {
    name: 'task inbox',
    run: async (app, first, as) => (await app.ok(TaskInboxDocument, { first }, { as })).reformTasks!.nodes.length,
    bound: 4,
    pages: true,
  },
  {
    name: 'task refetch',
    run: async (app, _size, as) => ((await app.ok(TaskRefetchDocument, { id: ids.taskId }, { as })).node ? 1 : 0),
    bound: 3,
  },
  {
    name: 'unit workload',
    run: async (app, _size, as) => ((await app.ok(UnitWorkloadDocument, { unitId: ids.unitId }, { as })).unitWorkload ? 1 : 0),
    bound: 4,
  },
  {
    name: 'ledger summary',
    run: async (app, _size, as) => ((await app.ok(LedgerSummaryDocument, { ledgerId: ids.ledgerId }, { as })).ledgerSummary ? 1 : 0),
    bound: 6,
  },
  {
    name: 'coordination issues',
    run: async (app, first, as) => (await app.ok(IssueBoardDocument, { first }, { as })).coordinationIssues!.nodes.length,
    bound: 4,
    pages: true,
  },
  {
    name: 'major decisions',
    run: async (app, first, as) => (await app.ok(DecisionBoardDocument, { first }, { as })).majorDecisions!.nodes.length,
    bound: 4,
    pages: true,
  },
  {
    name: 'findings',
    run: async (app, first, as) => (await app.ok(FindingBoardDocument, { first }, { as })).findings!.nodes.length,
    bound: 4,
    pages: true,
  },
];

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  const page = await app.ok(TaskInboxDocument, { first: 1 });
  const task = page.reformTasks!.nodes[0]!;
  const ledgers = await app.ok(LedgersDocument, {});
  ids = { taskId: task.id, ledgerId: ledgers.ledgers!.nodes[0]!.id, unitId: task.leadUnit.id };
});
afterAll(() => app.close());

/** Statements per operation and user, for 5 rows and for 100, on the data as it is now. */
async function countAll(): Promise<Map<string, number[]>> {
  const counts = new Map<string, number[]>();
  for (const op of operations) {
    for (const as of ['admin', 'viewer']) {
      const name = `${op.name} as ${as}`;
      counts.set(name, []);
      for (const size of [5, 100]) {
        let rows = 0;
        const statements = await app.countStatements(async () => {
          rows = await op.run(app, size, as);
        });
        expect(rows, name).toBeGreaterThan(0);
        expect(statements, name).toBeLessThanOrEqual(op.bound);
        counts.get(name)!.push(statements);
      }
    }
  }
  return counts;
}

describe('statements per operation', () => {
  it('are the same for 5 rows as for 100, on the demo data and on thousands of rows more, and within each bound', async () => {
    const demo = await countAll();
    await generateData(app.config.databaseUrl!);
    const generated = await countAll();
    // Pages of 100 really hold 100 rows once the data is generated.
    for (const op of operations.filter((o) => o.pages)) expect(await op.run(app, 100, 'admin'), op.name).toBe(100);
    for (const [name, counts] of demo) {
      const all = [...counts, ...generated.get(name)!];
      expect(all, name).toEqual(all.map(() => counts[0]));
    }
  });
});
