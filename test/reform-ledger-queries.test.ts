import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LedgersDocument,
  LedgerSummaryDocument,
  ReformTasksPageDocument,
  TaskFactsDocument,
  TasksWithRelationsDocument,
  UnitTasksDocument,
  UnitWorkloadDocument,
  type ReformTaskFilter,
  type ReformTaskOrder,
  type ReformTasksPageQuery,
  type TaskFactsQuery,
  type TaskStatus,
} from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';
import { ledgersByCode, unitId } from './support/ids.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

type Task = ReformTasksPageQuery['reformTasks']['nodes'][number];
const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const keyOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1]!;

/** Every task matching the filter, paged through the API 100 at a time. */
async function allTasks(filter?: ReformTaskFilter, orderBy?: ReformTaskOrder[], size = 100): Promise<Task[]> {
  const tasks: Task[] = [];
  let after: string | null = null;
  for (;;) {
    const { reformTasks }: ReformTasksPageQuery = await app.ok(ReformTasksPageDocument, { first: size, after, filter, orderBy });
    tasks.push(...reformTasks.nodes);
    if (!reformTasks.pageInfo.hasNextPage) return tasks;
    after = reformTasks.pageInfo.endCursor;
  }
}

describe('the demo ledger, read through the API, matches the article', () => {
  it('has 8 systems with 192 tasks, 7 aspects with 16 measures, and plans of 82 and 43 measures', async () => {
    const { ledgers } = await app.ok(LedgersDocument, {});
    const summary = Object.fromEntries(
      ledgers.nodes.map((l) => [
        l.code,
        { kind: l.kind, year: l.year, sections: l.sections.length, tasks: l.sections.reduce((n, s) => n + s.tasks.totalCount, 0) },
      ]),
    );
    expect(summary).toEqual({
      FRAMEWORK: { kind: 'REFORM_FRAMEWORK', year: null, sections: 8, tasks: 192 },
      RECTIFICATION: { kind: 'RECTIFICATION', year: null, sections: 7, tasks: 16 },
      'PLAN-2020': { kind: 'ANNUAL_PLAN', year: 2020, sections: 8, tasks: 82 },
      'PLAN-2021': { kind: 'ANNUAL_PLAN', year: 2021, sections: 8, tasks: 43 },
    });
  });

  it('links every annual measure to a framework task', async () => {
    const ledgers = await ledgersByCode(app);
    for (const code of ['PLAN-2020', 'PLAN-2021']) {
      const [row] = await sql<{ total: number; linked: number }>(
        `select count(*)::int as total, count(f.id)::int as linked from reform_task t
           left join reform_task f on f.id = t.implements_id and f.ledger_id = ? where t.ledger_id = ?`,
        [keyOf(ledgers.get('FRAMEWORK')!.id), keyOf(ledgers.get(code)!.id)],
      );
      expect(row!.linked).toBe(row!.total);
    }
  });

  it('has a mix of statuses and some overdue tasks', async () => {
    const ledgers = await ledgersByCode(app);
    const framework = await allTasks({ ledger: { eq: ledgers.get('FRAMEWORK')!.id } });
    expect(new Set(framework.map((t) => t.status)).size).toBeGreaterThanOrEqual(5);
    expect(framework.filter((t) => t.isOverdue).length).toBeGreaterThan(0);
  });
});

describe('task filters return exactly the rows SQL finds', () => {
  it.each<[string, (ids: Record<string, string>) => ReformTaskFilter, string, (keys: Record<string, string>) => unknown[]]>([
    ['a ledger', (ids) => ({ ledger: { eq: ids.framework! } }), 'select id from reform_task where ledger_id = ?', (k) => [k.framework]],
    ['a section', (ids) => ({ section: { eq: ids.section! } }), 'select id from reform_task where section_id = ?', (k) => [k.section]],
    [
      'statuses',
      () => ({ status: { in: ['RETURNED', 'SUBMITTED'] } }),
      "select id from reform_task where status in ('RETURNED', 'SUBMITTED')",
      () => [],
    ],
    ['a lead unit', (ids) => ({ leadUnit: { eq: ids.gy! } }), 'select id from reform_task where lead_unit_id = ?', (k) => [k.gy]],
    [
      'a supporting unit',
      (ids) => ({ supportingUnit: { eq: ids.gy! } }),
      'select task_id as id from reform_task_supporting_unit where unit_id = ?',
      (k) => [k.gy],
    ],
    [
      'a unit, leading or supporting',
      (ids) => ({ unit: { eq: ids.court! } }),
      'select id from reform_task where lead_unit_id = ? union select task_id from reform_task_supporting_unit where unit_id = ?',
      (k) => [k.court, k.court],
    ],
    [
      'a deadline range',
      () => ({ deadline: { gte: '2021-01-01', lt: '2021-07-01' } }),
      "select id from reform_task where deadline >= '2021-01-01' and deadline < '2021-07-01'",
      () => [],
    ],
    [
      'overdue tasks',
      () => ({ isOverdue: true }),
      "select id from reform_task where deadline < ? and status not in ('COMPLETED', 'CANCELLED')",
      (k) => [k.today],
    ],
    [
      'tasks not overdue',
      () => ({ isOverdue: false }),
      "select id from reform_task where not (deadline < ? and status not in ('COMPLETED', 'CANCELLED'))",
      (k) => [k.today],
    ],
    [
      'text in code or title',
      () => ({ text: 'f-01' }),
      "select id from reform_task where lower(code) like '%f-01%' or lower(title) like '%f-01%'",
      () => [],
    ],
    [
      'a combination with or',
      (ids) => ({ ledger: { eq: ids.framework! }, or: [{ status: { eq: 'IN_PROGRESS' } }, { isOverdue: true }] }),
      "select id from reform_task where ledger_id = ? and (status = 'IN_PROGRESS' or (deadline < ? and status not in ('COMPLETED', 'CANCELLED')))",
      (k) => [k.framework, k.today],
    ],
  ])('by %s', async (_, filter, query, params) => {
    const ledgers = await ledgersByCode(app);
    const ids = {
      framework: ledgers.get('FRAMEWORK')!.id,
      section: ledgers.get('FRAMEWORK')!.sections.get('S2')!,
      gy: await unitId(app, 'HLJ-GY'),
      court: await unitId(app, 'HRB-FY'),
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const keys = Object.fromEntries([...Object.entries(ids).map(([k, v]) => [k, keyOf(v)]), ['today', today]]) as Record<string, string>;
    const expected = (await sql<{ id: string }>(query, params(keys))).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const found = await allTasks(filter(ids));
    expect(found.map((t) => keyOf(t.id)).sort()).toEqual(expected);
    const { reformTasks } = await app.ok(ReformTasksPageDocument, { first: 1, filter: filter(ids) });
    expect(reformTasks.totalCount).toBe(expected.length);
  });
});

describe('task orderings', () => {
  const compare: Record<string, (a: Task, b: Task) => number> = {
    DEADLINE: (a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0),
    CODE: (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    STATUS: (a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0),
    UPDATED_AT: (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt),
  };

  it.each(['DEADLINE', 'CODE', 'STATUS', 'UPDATED_AT'] as const)('by %s, both directions, pages without gaps or repeats', async (field) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const orderBy = [{ field, direction }];
      const paged = await allTasks(undefined, orderBy, 37);
      const [{ n }] = (await sql<{ n: number }>('select count(*)::int as n from reform_task')) as [{ n: number }];
      expect(paged).toHaveLength(n);
      expect(new Set(paged.map((t) => t.id)).size).toBe(n);
      const sign = direction === 'ASC' ? 1 : -1;
      for (let i = 1; i < paged.length; i++) expect(sign * compare[field]!(paged[i - 1]!, paged[i]!)).toBeLessThanOrEqual(0);
    }
  });

  it('pages backward to the same order', async () => {
    const orderBy = [{ field: 'STATUS' as const, direction: 'DESC' as const }];
    const forward = await allTasks(undefined, orderBy);
    const backward: Task[] = [];
    let before: string | null = null;
    for (;;) {
      const { reformTasks }: ReformTasksPageQuery = await app.ok(ReformTasksPageDocument, { last: 61, before, orderBy });
      backward.unshift(...reformTasks.nodes);
      if (!reformTasks.pageInfo.hasPreviousPage) break;
      before = reformTasks.pageInfo.startCursor;
    }
    expect(backward.map((t) => t.id)).toEqual(forward.map((t) => t.id));
  });
});

describe('dashboards', () => {
  const STATUSES: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'COMPLETED', 'SUSPENDED', 'CANCELLED'];

  /** The tally of a list of tasks, computed here from the tasks themselves. */
  function tallyOf(tasks: { status: TaskStatus; isOverdue: boolean }[]) {
    const count = (status: TaskStatus) => tasks.filter((t) => t.status === status).length;
    const live = tasks.length - count('CANCELLED');
    return {
      total: tasks.length,
      overdue: tasks.filter((t) => t.isOverdue).length,
      completed: count('COMPLETED'),
      completionRate: live === 0 ? 0 : count('COMPLETED') / live,
      byStatus: STATUSES.map((status) => ({ status, count: count(status) })),
    };
  }

  it('ledgerSummary equals the counts computed from the ledger’s tasks, overall, per section and per lead unit', async () => {
    const ledgers = await ledgersByCode(app);
    for (const code of ['FRAMEWORK', 'PLAN-2020']) {
      const ledgerId = ledgers.get(code)!.id;
      const { ledgerSummary } = await app.ok(LedgerSummaryDocument, { ledgerId });
      const tasks: { status: TaskStatus; isOverdue: boolean; section: string; lead: string }[] = [];
      let after: string | null = null;
      do {
        const { reformTasks }: TaskFactsQuery = await app.ok(TaskFactsDocument, {
          first: 100,
          after,
          filter: { ledger: { eq: ledgerId } },
        });
        tasks.push(
          ...reformTasks.nodes.map((t) => ({ status: t.status, isOverdue: t.isOverdue, section: t.section.code, lead: t.leadUnit.code })),
        );
        after = reformTasks.pageInfo.hasNextPage ? reformTasks.pageInfo.endCursor : null;
      } while (after);
      expect(ledgerSummary!.ledger.code).toBe(code);
      expect(ledgerSummary!.overall).toEqual(tallyOf(tasks));
      expect(ledgerSummary!.bySection.map((s) => s.section.code)).toEqual([...ledgers.get(code)!.sections.keys()]);
      for (const { section, tally } of ledgerSummary!.bySection)
        expect(tally).toEqual(tallyOf(tasks.filter((t) => t.section === section.code)));
      const leads = new Set(tasks.map((t) => t.lead));
      expect(ledgerSummary!.byLeadUnit.map((u) => u.unit.code).sort()).toEqual([...leads].sort());
      for (const { unit, tally } of ledgerSummary!.byLeadUnit) expect(tally).toEqual(tallyOf(tasks.filter((t) => t.lead === unit.code)));
    }
  });

  it('unitWorkload equals the counts of the unit’s led and supported tasks', async () => {
    const court = await unitId(app, 'HRB-FY');
    const { unitWorkload } = await app.ok(UnitWorkloadDocument, { unitId: court });
    expect(unitWorkload!.unit.code).toBe('HRB-FY');
    expect(unitWorkload!.lead).toEqual(tallyOf(await allTasks({ leadUnit: { eq: court } })));
    expect(unitWorkload!.supporting).toEqual(tallyOf(await allTasks({ supportingUnit: { eq: court } })));
    expect(unitWorkload!.lead.total).toBeGreaterThan(0);
    expect(unitWorkload!.supporting.total).toBeGreaterThan(0);
  });

  it('each unit’s “my tasks” lists what it leads and what it supports', async () => {
    const court = await unitId(app, 'HRB-FY');
    const { unit } = await app.ok(UnitTasksDocument, { code: 'HRB-FY' });
    const led = await allTasks({ leadUnit: { eq: court } });
    const supported = await allTasks({ supportingUnit: { eq: court } });
    expect(unit!.leadTasks.nodes.map((t) => t.code)).toEqual(led.map((t) => t.code));
    expect(unit!.supportingTasks.nodes.map((t) => t.code)).toEqual(supported.map((t) => t.code));
    expect(unit!.leadTasks.totalCount).toBe(led.length);
    expect(unit!.supportingTasks.totalCount).toBe(supported.length);
  });
});

describe('relations go through loaders', () => {
  it('lists 100 tasks with lead unit, supporting units, section and latest progress in as many statements as 10', async () => {
    const measure = (first: number) => app.countStatements(() => app.ok(TasksWithRelationsDocument, { first }));
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(6);
  });
});
