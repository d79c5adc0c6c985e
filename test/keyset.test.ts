import { getNamedType, isEnumType, isInputObjectType, isObjectType, parse, type GraphQLField } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Knex } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { MAX_PAGE_SIZE, type PageArgs } from '../src/shared/graphql/connection.js';
import { withTiebreaker, type SortKey } from '../src/shared/graphql/cursor.js';
import { paginate, paginateGroups } from '../src/shared/graphql/paginate.js';
import { startApp, type Statement, type TestApp } from './support/app.js';
import { CONNECTIONS, type ConnectionSpec } from './support/connections.js';
import { idOf, keyOfId } from './support/ids.js';

// Keyset pages seek their index: for every connection and every ordering it offers, a page beyond a
// cursor is planned as an index range (not a filter over the index from its start), and paging
// either way visits every row once in the order of SQL's `ORDER BY …, id`.

let app: TestApp;
let db: Knex;
let explainer: pg.Client;
/** The parent each nested connection is read under: the one with the most children. */
const parents = new Map<string, { id: string; value: string }>();

interface Case {
  /** The test's name for it. */
  name: string;
  /** Which connection, as CONNECTIONS names it. */
  connection: string;
  spec: ConnectionSpec;
  /** `orderBy` terms as GraphQL and as SQL; empty for a connection's one fixed ordering. */
  orderBy: string;
  orderSql: string;
  /** The column the ordering sorts by first: the one the index must seek. */
  seekColumn: string;
}

const cases: Case[] = Object.entries(CONNECTIONS).flatMap(([name, spec]) =>
  Object.entries(spec.orders).flatMap(([field, { column, direction }]) =>
    (field ? (['ASC', 'DESC'] as const) : [direction ?? 'ASC']).map((dir) => ({
      name: `${name}${field ? ` ${field}` : ''} ${dir}`,
      connection: name,
      spec,
      orderBy: field ? `orderBy: [{ field: ${field}, direction: ${dir} }]` : '',
      orderSql: `x.${column} ${dir}, x.id ${dir}`,
      seekColumn: column,
    })),
  ),
);
/** Two keys in opposite directions: a leading range on the first, the exact condition for the rest. */
const mixed: Case = {
  name: 'Query.reformTasks STATUS ASC, DEADLINE DESC',
  connection: 'Query.reformTasks',
  spec: CONNECTIONS['Query.reformTasks']!,
  orderBy: 'orderBy: [{ field: STATUS, direction: ASC }, { field: DEADLINE, direction: DESC }]',
  orderSql: 'x.status asc, x.deadline desc, x.id desc',
  seekColumn: 'status',
};
const table = (spec: ConnectionSpec) => spec.from.split(' ')[0]!;

async function select<T>(sql: string, bindings: Knex.Value[] = []): Promise<T[]> {
  return (await db.raw<{ rows: T[] }>(sql, bindings)).rows;
}

/** Conditions and bindings that pick a connection's rows in SQL. */
function rowsOf(c: Case): { where: string; bindings: string[] } {
  const { spec } = c;
  const parent = parents.get(c.connection);
  const conditions = [spec.where, spec.parent && `${spec.parent.column} = ?`].filter(Boolean);
  return { where: conditions.length ? `where ${conditions.join(' and ')}` : '', bindings: parent ? [parent.value] : [] };
}

interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

interface Page {
  nodes: { id: string }[];
  pageInfo: PageInfo;
}

async function fetchPage(c: Case, paging: string): Promise<Page> {
  const [type, field] = c.connection.split('.') as [string, string];
  const args = [c.spec.args, c.orderBy, paging].filter(Boolean).join(', ');
  const list = `list: ${field}(${args}) { nodes { id } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } }`;
  const parent = parents.get(c.connection);
  const text = parent ? `{ node(id: "${parent.id}") { ... on ${type} { ${list} } } }` : `{ ${list} }`;
  const document = parse(text) as TypedDocumentNode<{ list?: Page; node?: { list: Page } }, Record<string, never>>;
  const data = await app.ok(document, {});
  const page = data.node?.list ?? data.list;
  if (!page) throw new Error(`${c.name}: no page in ${JSON.stringify(data)}`);
  return page;
}

/** The keys of the connection's rows in the order SQL gives them. */
async function expectedOrder(c: Case): Promise<string[]> {
  const { where, bindings } = rowsOf(c);
  const rows = await select<{ key: string }>(`select x.id::text as key from ${c.spec.from} ${where} order by ${c.orderSql}`, bindings);
  return rows.map((r) => r.key);
}

/**
 * Index conditions of the plan PostgreSQL makes for a statement (as the driver sends it), with
 * sequential scans and sorts off and, where given, a table's indexes that lead with a column set aside.
 */
async function indexConditions(
  statement: Statement,
  setAside?: { table: string; column: string },
): Promise<{ index: string; condition: string }[]> {
  await explainer.query('begin');
  let plan: PlanNode;
  try {
    // The tables are small: without sequential scans and sorts, the planner must read the page in
    // order from an index, as it does on its own at scale; which index, and how, is what is checked.
    await explainer.query('set local enable_seqscan = off');
    await explainer.query('set local enable_sort = off');
    await explainer.query("set local lock_timeout = '5s'");
    if (setAside) {
      const { rows } = await explainer.query<{ name: string }>(
        `select i.relname as name from pg_index x join pg_class i on i.oid = x.indexrelid
          where x.indrelid = $1::regclass and pg_get_indexdef(x.indexrelid, 1, true) = $2
            and not exists (select from pg_constraint c where c.conindid = x.indexrelid)`,
        [setAside.table, setAside.column],
      );
      // Dropped inside the transaction that is rolled back: gone for this plan only.
      for (const { name } of rows) await explainer.query(`drop index ${name}`);
    }
    const { rows } = await explainer.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `explain (format json) ${statement.sql}`,
      statement.bindings,
    );
    plan = rows[0]!['QUERY PLAN'][0]!.Plan;
  } finally {
    await explainer.query('rollback');
  }
  const found: { index: string; condition: string }[] = [];
  const walk = (node: PlanNode) => {
    if (node['Index Cond']) found.push({ index: node['Index Name']!, condition: node['Index Cond'] });
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return found;
}

interface PlanNode {
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** The one statement of a request that reads the page beyond its cursor. */
async function pageStatement(c: Case, paging: string): Promise<Statement> {
  const statements = await app.captureStatements(() => fetchPage(c, paging));
  // A page ends with its limit (or, per parent, orders the lateral pages); a refetched row only reads its own relations that way.
  const pages = statements.filter((s) => / order by .* limit \$\d+(\) as page order by [^)]*)?$/i.test(s.sql));
  expect(pages, statements.map((s) => s.sql).join('\n')).toHaveLength(1);
  return pages[0]!;
}

async function expectSeek(c: Case, paging: string): Promise<void> {
  const parent = c.spec.parent && parentColumn(c.spec);
  // Per parent, the same index condition also fixes the parent: an index on (parent, column, id),
  // of the table holding the parent's key (the link table where the connection goes through one),
  // not one over every row in order that the page walks, probing each row's parent as it goes. On
  // these small tables, which of the two the planner takes turns on the statistics of the moment (a
  // parent holding most rows makes the walk cheap), so the index over every row is set aside: what
  // is checked is that the parent's index exists and the statement can seek it.
  const setAside = parent ? { table: table(c.spec), column: c.seekColumn } : undefined;
  const conditions = await indexConditions(await pageStatement(c, paging), setAside);
  // An index of the connection's table, bounded by the first sort column: a range, not a walk from the start.
  const seek = new RegExp(`\\b${c.seekColumn}\\b.*[<>]|[<>].*\\b${c.seekColumn}\\b`);
  const index = parent ? `${parent.table}_${parent.column}_` : `${table(c.spec)}_`;
  expect(
    conditions.filter(
      (x) => x.index.startsWith(index) && seek.test(x.condition) && (!parent || x.condition.includes(`(${parent.column} = `)),
    ),
    JSON.stringify(conditions),
  ).not.toEqual([]);
}

/** The table and column of a connection's parent key (`l.unit_id` in `reform_task x join reform_task_supporting_unit l …`). */
function parentColumn(spec: ConnectionSpec): { table: string; column: string } {
  const [alias, column] = spec.parent!.column.split('.') as [string, string];
  const table = new RegExp(`(\\w+) ${alias}\\b`).exec(spec.from)?.[1];
  if (!table) throw new Error(`${spec.from}: no table aliased ${alias}`);
  return { table, column };
}

/** A page with its rows as keys. */
interface Loaded {
  keys: string[];
  pageInfo: PageInfo;
}

/** Pages through a whole list forward, then backward, `size` rows at a time. */
async function pageThrough(load: (paging: PageArgs) => Promise<Loaded>, size: number): Promise<{ forward: string[]; backward: string[] }> {
  const forward: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Loaded = await load({ first: size, after });
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    forward.push(...page.keys);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const page: Loaded = await load({ last: size, before });
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    backward.unshift(...page.keys);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { forward, backward };
}

/** A connection's page through the API, its rows as keys. */
const loadOf = (c: Case) => async (paging: PageArgs) => {
  const args = Object.entries(paging)
    .filter(([, value]) => value != null)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`);
  const page = await fetchPage(c, args.join(', '));
  return { keys: page.nodes.map((n) => keyOfId(n.id)), pageInfo: page.pageInfo };
};

beforeAll(async () => {
  app = await startApp();
  db = app.orm.em.getKnex();
  explainer = new pg.Client({ connectionString: app.config.databaseUrl });
  await explainer.connect();
  for (const [name, spec] of Object.entries(CONNECTIONS)) {
    if (spec.setup) await db.raw(spec.setup);
    if (!spec.parent) continue;
    const { column, where, keyOf = (v) => v, type } = spec.parent;
    const [parent] = await select<{ value: string }>(
      `select ${column}::text as value from ${spec.from} where ${where ?? `${column} is not null`} group by 1 order by count(*) desc, 1 limit 1`,
    );
    parents.set(name, { id: idOf(type, keyOf(parent!.value)), value: parent!.value });
  }
  // Equal sort keys, among the rows each connection pages: several rows take the value of another.
  for (const c of cases) {
    const column = c.seekColumn;
    if (column === 'id') continue;
    const { where, bindings } = rowsOf(c);
    await db
      .raw(
        `update ${table(c.spec)} set ${column} = (select x.${column} from ${c.spec.from} ${where} order by x.id limit 1)
           where id in (select x.id from ${c.spec.from} ${where} order by x.id desc limit 4)`,
        [...bindings, ...bindings],
      )
      // A unique or checked column keeps its distinct values.
      .catch((error: unknown) => {
        const code = (error as { code?: string }).code;
        if (code !== '23505' && code !== '23514') throw error;
      });
  } // Statistics gathered now, as autovacuum leaves them sooner or later: plans do not turn on when it last ran.
  await db.raw('analyze');
});
afterAll(async () => {
  await explainer.end();
  await app.close();
});

describe('the connections under test', () => {
  it('are every connection of the schema, with every ordering it offers', async () => {
    const schema = await buildAppSchema();
    const offered: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        offered[`${type.name}.${field.name}`] = orderFieldsOf(field);
      }
    }
    const tested = Object.fromEntries(Object.entries(CONNECTIONS).map(([name, spec]) => [name, Object.keys(spec.orders).sort()]));
    expect(tested).toEqual(offered);
  });
});

function orderFieldsOf(field: GraphQLField<unknown, unknown>): string[] {
  const orderBy = field.args.find((a) => a.name === 'orderBy');
  if (!orderBy) return [''];
  const term = getNamedType(orderBy.type);
  const enumType = isInputObjectType(term) ? getNamedType(term.getFields().field!.type) : undefined;
  if (!isEnumType(enumType)) throw new Error(`${field.name}: orderBy has no field enum`);
  return enumType
    .getValues()
    .map((v) => v.name)
    .sort();
}

describe('a page beyond a cursor', () => {
  it.each([...cases, mixed].map((c) => [c.name, c] as const))('%s: seeks its index, forward and backward', async (_, c) => {
    const first = await fetchPage(c, 'first: 2');
    const cursor = first.pageInfo.endCursor;
    expect(cursor).not.toBeNull();
    await expectSeek(c, `first: 2, after: "${cursor}"`);
    await expectSeek(c, `last: 2, before: "${cursor}"`);
  });
});

// Independent reads: they run side by side, so the whole table pages in a few seconds.
describe.concurrent('paging through a connection', () => {
  it.each([...cases, mixed].map((c) => [c.name, c] as const))(
    '%s: visits every row once both ways, in the order of ORDER BY …, id',
    async (_, c) => {
      const expected = await expectedOrder(c);
      expect(expected.length).toBeGreaterThan(1);
      const { forward, backward } = await pageThrough(loadOf(c), Math.min(MAX_PAGE_SIZE, Math.max(2, Math.ceil(expected.length / 3))));
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    },
  );
});

describe('a nullable sort key', () => {
  // No ordering the graph offers sorts by a nullable column yet; paging supports nullable dates and
  // timestamps, shown here on a table of their own with nulls and ties in both columns.
  beforeAll(async () => {
    await db.raw(`create table keyset_probe (id bigserial primary key, parent_id bigint not null, due date, at timestamptz(3))`);
    await db.raw(`create index on keyset_probe ((coalesce(due, 'infinity'::date)), id)`);
    await db.raw(`create index on keyset_probe (parent_id, (coalesce(due, 'infinity'::date)), id)`);
    await db.raw(`create index on keyset_probe ((coalesce(at, 'infinity'::timestamptz)) desc, (coalesce(due, 'infinity'::date)), id)`);
    await db.raw(
      `insert into keyset_probe (parent_id, due, at)
         select i % 2,
                case when i % 4 = 0 then null else date '2026-01-01' + i % 5 end,
                case when i % 3 = 0 then null else timestamptz '2026-01-01 08:00:00.125+00' + (i % 4) * interval '1 hour' end
         from generate_series(1, 60) as i`,
    );
  });

  const query = () => db('keyset_probe as p').select({ key: 'p.id', due: 'p.due', at: 'p.at', parentKey: 'p.parent_id' });
  const due = { column: 'p.due', property: 'due', type: 'date', nullable: true } as const;
  const at = { column: 'p.at', property: 'at', type: 'timestamp', nullable: true } as const;
  const orderings: [string, SortKey[], string][] = [
    ['due ASC', withTiebreaker([{ ...due, direction: 'asc' }], 'p.id'), 'due asc, id asc'],
    ['due DESC', withTiebreaker([{ ...due, direction: 'desc' }], 'p.id'), 'due desc, id desc'],
    [
      'at DESC, due ASC',
      withTiebreaker(
        [
          { ...at, direction: 'desc' },
          { ...due, direction: 'asc' },
        ],
        'p.id',
      ),
      'at desc, due asc, id asc',
    ],
  ];
  const expectedOf = async (orderSql: string, where = 'true') =>
    (await select<{ key: string }>(`select id::text as key from keyset_probe where ${where} order by ${orderSql}`)).map((r) => r.key);
  const loaded = (page: { nodes: string[]; pageInfo: PageInfo }): Loaded => ({ keys: page.nodes, pageInfo: page.pageInfo });

  it.each(orderings)('%s: pages both ways through nulls and ties, as PostgreSQL orders them', async (_, keys, orderSql) => {
    const expected = await expectedOf(orderSql);
    const load = async (args: PageArgs) => loaded(await paginate({ db, query, keys, args, map: (row) => String(row.key) }));
    const { forward, backward } = await pageThrough(load, 7);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });

  it.each(orderings)('%s: pages each parent through nulls and ties, every parent in one statement', async (_, keys, orderSql) => {
    for (const parent of ['0', '1']) {
      const expected = await expectedOf(orderSql, `parent_id = ${parent}`);
      const load = async (args: PageArgs) => {
        const pages = await paginateGroups({
          db,
          query,
          keys,
          args,
          map: (row) => String(row.key),
          group: { column: 'p.parent_id', property: 'parentKey' },
          groupKeys: ['0', '1'],
          countGroups: () => Promise.resolve(new Map()),
        });
        return loaded(pages.get(parent)!);
      };
      const { forward, backward } = await pageThrough(load, 4);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    }
  });

  it('seeks the index on the same coalesce from a cursor on a null', async () => {
    const keys = orderings[0]![1];
    const first = await paginate({ db, query, keys, args: { first: 55 }, map: (row) => row });
    expect(first.nodes.at(-1)!.due).toBeNull();
    const statements = await app.captureStatements(() =>
      paginate({ db, query, keys, args: { first: 2, after: first.pageInfo.endCursor }, map: (row) => row }),
    );
    const conditions = await indexConditions(statements[0]!);
    expect(conditions).toContainEqual({ index: 'keyset_probe_coalesce_id_idx', condition: expect.stringMatching(/ROW\(COALESCE\(due, /) });
  });
});
