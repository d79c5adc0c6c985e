import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LedgersDocument,
  LedgerSummaryDocument,
  ReformTasksPageDocument,
  TaskFactsDocument,
  TasksWithRelationsDocument,
  UnitLeadTasksPageDocument,
  UnitTasksDocument,
  UnitWorkloadDocument,
  UnitsBesideTasksDocument,
  type ReformTaskFilter,
  type ReformTaskOrder,
  type ReformTasksPageQuery,
  type TaskFactsQuery,
  type UnitLeadTasksPageQuery,
  type TaskStatus,
} from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';
import { keyOfId, ledgersByCode, sealedCursor, unitId } from './support/ids.js';

/** The day the tests read the ledger on: the server's clock stands here, so “overdue” is known. */
const TODAY = '2021-09-30';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
});
afterAll(() => app.close());

type Task = NonNullable<ReformTasksPageQuery['reformTasks']>['nodes'][number];
const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);

/** Every task matching the filter, paged through the API 100 at a time. */
async function allTasks(filter?: ReformTaskFilter, orderBy?: ReformTaskOrder[], size = 100): Promise<Task[]> {
  const tasks: Task[] = [];
  let after: string | null = null;
  for (;;) {
    const { reformTasks }: ReformTasksPageQuery = await app.ok(ReformTasksPageDocument, { first: size, after, filter, orderBy });
    tasks.push(...reformTasks!.nodes);
    if (!reformTasks!.pageInfo.hasNextPage) return tasks;
    after = reformTasks!.pageInfo.endCursor;
  }
}

describe('the demo ledger, read through the API, matches the article', () => {
  it('has 8 systems with 192 tasks, 7 aspects with 16 measures, and plans of 82 and 43 measures', async () => {
    const { ledgers } = await app.ok(LedgersDocument, {});
    const summary = Object.fromEntries(
      ledgers!.nodes.map((l) => [
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
        [keyOfId(ledgers.get('FRAMEWORK')!.id), keyOfId(ledgers.get(code)!.id)],
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
      () => ({ overdue: true }),
      "select id from reform_task where deadline < ? and status not in ('COMPLETED', 'CANCELLED')",
      (k) => [k.today],
    ],
    [
      'tasks not overdue',
      () => ({ overdue: false }),
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
      'not a unit, in either role',
      (ids) => ({ unit: { nin: [ids.court!] } }),
      'select id from reform_task where lead_unit_id <> ? and id not in (select task_id from reform_task_supporting_unit where unit_id = ?)',
      (k) => [k.court, k.court],
    ],
    [
      'a unit that does not support',
      (ids) => ({ supportingUnit: { neq: ids.gy! }, ledger: { eq: ids.framework! } }),
      'select id from reform_task where ledger_id = ? and id not in (select task_id from reform_task_supporting_unit where unit_id = ?)',
      (k) => [k.framework, k.gy],
    ],
    [
      'tasks without supporting units',
      () => ({ supportingUnit: { isNull: true } }),
      'select id from reform_task where id not in (select task_id from reform_task_supporting_unit)',
      () => [],
    ],
    [
      'statuses excluded, with and',
      (ids) => ({
        and: [{ ledger: { eq: ids.framework! } }, { status: { nin: ['COMPLETED', 'CANCELLED'] } }, { leadUnit: { neq: ids.gy! } }],
      }),
      "select id from reform_task where ledger_id = ? and status not in ('COMPLETED', 'CANCELLED') and lead_unit_id <> ?",
      (k) => [k.framework, k.gy],
    ],
    [
      'a combination with or',
      (ids) => ({ ledger: { eq: ids.framework! }, or: [{ status: { eq: 'IN_PROGRESS' } }, { overdue: true }] }),
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
    const keys = Object.fromEntries([...Object.entries(ids).map(([k, v]) => [k, keyOfId(v)]), ['today', TODAY]]) as Record<string, string>;
    const expected = (await sql<{ id: string }>(query, params(keys))).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const found = await allTasks(filter(ids));
    expect(found.map((t) => keyOfId(t.id)).sort()).toEqual(expected);
    const { reformTasks } = await app.ok(ReformTasksPageDocument, { first: 1, filter: filter(ids) });
    expect(reformTasks!.totalCount).toBe(expected.length);
  });
});

describe('task orderings', () => {
  const COLUMN = { DEADLINE: 'deadline', CODE: 'code', STATUS: 'status', UPDATED_AT: 'updated_at' } as const;

  it.each(['DEADLINE', 'CODE', 'STATUS', 'UPDATED_AT'] as const)(
    'by %s, both directions, page in exactly the order SQL sorts, without gaps or repeats',
    async (field) => {
      for (const direction of ['ASC', 'DESC'] as const) {
        const paged = await allTasks(undefined, [{ field, direction }], 37);
        const expected = await sql<{ id: string }>(`select id from reform_task order by ${COLUMN[field]} ${direction}, id ${direction}`);
        expect(paged.map((t) => keyOfId(t.id))).toEqual(expected.map((r) => r.id));
      }
    },
  );

  it.each(['DEADLINE', 'STATUS'] as const)('by %s, pages backward to the same order', async (field) => {
    const orderBy = [{ field, direction: 'DESC' as const }];
    const forward = await allTasks(undefined, orderBy);
    const backward: Task[] = [];
    let before: string | null = null;
    for (;;) {
      const { reformTasks }: ReformTasksPageQuery = await app.ok(ReformTasksPageDocument, { last: 61, before, orderBy });
      backward.unshift(...reformTasks!.nodes);
      if (!reformTasks!.pageInfo.hasPreviousPage) break;
      before = reformTasks!.pageInfo.startCursor;
    }
    expect(backward.map((t) => t.id)).toEqual(forward.map((t) => t.id));
  });

  it('refuses forged date and timestamp cursors as bad input', async () => {
    const forge = sealedCursor;
    const cases: [unknown[], ReformTaskOrder[]][] = [
      [['deadline:asc,key:asc', '2021-02-30', '1'], [{ field: 'DEADLINE', direction: 'ASC' }]],
      [['updatedAt:asc,key:asc', 5, '1'], [{ field: 'UPDATED_AT', direction: 'ASC' }]],
      [['updatedAt:asc,key:asc', '2021-02-30 10:00:00+00', '1'], [{ field: 'UPDATED_AT', direction: 'ASC' }]],
    ];
    for (const [values, orderBy] of cases) {
      const response = await app.gql(ReformTasksPageDocument, { first: 5, after: forge(values), orderBy });
      expect(response.status).toBeLessThan(500);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses text with a NUL character as bad input', async () => {
    const response = await app.gql(ReformTasksPageDocument, { filter: { text: 'a\u0000b' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('dashboards', () => {
  const STATUSES: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'COMPLETED', 'SUSPENDED', 'CANCELLED'];

  /** The tally of a list of tasks, computed here from their statuses and deadlines alone. */
  function tallyOf(tasks: { status: TaskStatus; deadline: string }[]) {
    const count = (status: TaskStatus) => tasks.filter((t) => t.status === status).length;
    const overdue = tasks.filter((t) => t.deadline < TODAY && t.status !== 'COMPLETED' && t.status !== 'CANCELLED').length;
    return {
      total: tasks.length,
      overdue,
      completed: count('COMPLETED'),
      completionRate: count('COMPLETED') / (tasks.length - count('CANCELLED') || 1),
      byStatus: STATUSES.map((status) => ({ status, count: count(status) })),
    };
  }

  it('ledgerSummary equals the counts computed from the ledger’s tasks, overall, per section and per lead unit', async () => {
    const ledgers = await ledgersByCode(app);
    for (const code of ['FRAMEWORK', 'RECTIFICATION', 'PLAN-2020', 'PLAN-2021']) {
      const ledgerId = ledgers.get(code)!.id;
      const { ledgerSummary } = await app.ok(LedgerSummaryDocument, { ledgerId });
      const tasks: { status: TaskStatus; deadline: string; section: string; lead: string }[] = [];
      let after: string | null = null;
      do {
        const { reformTasks }: TaskFactsQuery = await app.ok(TaskFactsDocument, {
          first: 100,
          after,
          filter: { ledger: { eq: ledgerId } },
        });
        tasks.push(
          ...reformTasks!.nodes.map((t) => ({ status: t.status, deadline: t.deadline, section: t.section.code, lead: t.leadUnit.code })),
        );
        after = reformTasks!.pageInfo.hasNextPage ? reformTasks!.pageInfo.endCursor : null;
      } while (after);
      expect(ledgerSummary!.ledger.code).toBe(code);
      expect(ledgerSummary!.asOf).toBe(TODAY);
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

describe('nested task connections', () => {
  it('page a unit’s led tasks with cursors, in the order of the top-level list', async () => {
    const expected = await allTasks({ leadUnit: { eq: await unitId(app, 'HLJ-GY') } });
    expect(expected.length).toBeGreaterThan(14);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const { unit }: UnitLeadTasksPageQuery = await app.ok(UnitLeadTasksPageDocument, { code: 'HLJ-GY', first: 7, after });
      paged.push(...unit!.leadTasks.nodes.map((t) => t.id));
      after = unit!.leadTasks.pageInfo.hasNextPage ? unit!.leadTasks.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(expected.map((t) => t.id));
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

describe('root lists fail alone', () => {
  it('a refused units(first: 101) beside a good reformTasks(first: 5) nulls only units, with one error at units', async () => {
    const response = await app.gql(UnitsBesideTasksDocument, { unitsFirst: 101, tasksFirst: 5 });
    expect(response.status).toBe(200);
    expect(response.data?.units).toBeNull();
    expect(response.data?.reformTasks?.nodes).toHaveLength(5);
    expect(response.errors?.map((e) => ({ path: e.path, code: e.extensions?.code }))).toEqual([
      { path: ['units'], code: 'BAD_USER_INPUT' },
    ]);
  });
});

describe('a task list reads the columns its nodes ask for', () => {
  // A list leaves out the columns only their own field reads when its nodes do not ask for them;
  // asked, through `nodes`, `edges` or a fragment, each comes back as a refetch of the task has it.
  const FIELDS = `id code title description deliverableForm deadline status deliverableDescription returnReason completedAt createdAt
    updatedAt isOverdue leadUnit { id code } supportingUnits { id code } latestProgress { id percent createdAt }`;
  type Fields = Record<string, unknown> & { id: string };
  const document = parse(`fragment Asked on ReformTask { ${FIELDS} }
    query ($orderBy: [ReformTaskOrder!]) {
      viaNodes: reformTasks(first: 100, orderBy: $orderBy) { nodes { ...Asked } }
      viaEdges: reformTasks(first: 100, orderBy: $orderBy) { edges { node { ... on ReformTask { ${FIELDS} } } } }
      bare: reformTasks(first: 100, orderBy: $orderBy) { nodes { id } }
    }`) as TypedDocumentNode<
    { viaNodes: { nodes: Fields[] }; viaEdges: { edges: { node: Fields }[] }; bare: { nodes: { id: string }[] } },
    { orderBy: ReformTaskOrder[] }
  >;
  const refetch = parse(
    `fragment Asked on ReformTask { ${FIELDS} } query ($ids: [ID!]!) { nodes(ids: $ids) { ...Asked } }`,
  ) as TypedDocumentNode<{ nodes: Fields[] }, { ids: string[] }>;

  it.each(['DEADLINE', 'UPDATED_AT'] as const)(
    'by %s: every field as a refetch has it, through nodes, edges and a fragment',
    async (field) => {
      const { viaNodes, viaEdges, bare } = await app.ok(document, { orderBy: [{ field, direction: 'DESC' }] } as never);
      const { nodes } = await app.ok(refetch, { ids: viaNodes.nodes.map((n) => n.id) });
      expect(viaNodes.nodes).toEqual(nodes);
      expect(viaEdges.edges.map((e) => e.node)).toEqual(nodes);
      expect(bare.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
      // The page holds what the lean read would lose: texts, timestamps, relations.
      expect(nodes.some((n) => n.completedAt !== null && n.returnReason === null)).toBe(true);
      expect(nodes.every((n) => typeof n.description === 'string' && n.description !== '' && typeof n.updatedAt === 'string')).toBe(true);
      expect(nodes.some((n) => (n.supportingUnits as unknown[]).length > 1 && n.latestProgress !== null)).toBe(true);
    },
  );
});
