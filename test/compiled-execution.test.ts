import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPILED_DOCUMENTS } from '../src/shared/graphql/compiled-execution.js';
import { startApp, type TestApp } from './support/app.js';

// Operations run compiled (graphql-jit) or interpreted (graphql-js) and answer the same either way.
// The test app compiles every document at its first run, so the whole suite goes through the
// compiled path; here a replica on the same database interprets everything, and one compiles as
// production does, from a document's second run.

let compiled: TestApp;
let interpreted: TestApp;
let repeated: TestApp;
beforeAll(async () => {
  compiled = await startApp();
  interpreted = await startApp({ replicaOf: compiled, env: { COMPILED_EXECUTION: 'off' } });
  repeated = await startApp({ replicaOf: compiled, env: { COMPILED_EXECUTION: 'repeated' } });
});
afterAll(async () => {
  await repeated.close();
  await interpreted.close();
  await compiled.close();
});

/** Status and body as sent, the request ID left out. */
async function send(app: TestApp, query: string, variables: unknown = {}, as = 'admin') {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token(as)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[]; extensions?: unknown };
  return { status: response.status, data: body.data, errors: body.errors };
}

const TASKS = `query Tasks($first: Int, $after: String, $filter: ReformTaskFilter, $orderBy: [ReformTaskOrder!], $withUnits: Boolean!) {
  reformTasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename id code status deadline isOverdue createdAt
      lead: leadUnit @include(if: $withUnits) { id code name }
      supportingUnits @skip(if: $withUnits) { code }
      latestProgress { percent reportedOn }
      progressReports(first: 2) { nodes { percent } }
    }
  }
}`;

const UNITS = `query Units($filter: UnitFilter, $first: Int = 3) {
  units(first: $first, filter: $filter) { totalCount nodes { ...U } }
}
fragment U on Unit { id code name kind }`;

const NODE = `query Node($id: ID!) { node(id: $id) { __typename id ... on ReformTask { code leadUnit { code } } ... on Unit { code } } }`;

/** A filter with and/or nested three deep: its type contains itself. */
const nestedFilter = {
  and: [
    { or: [{ status: { in: ['IN_PROGRESS', 'NOT_STARTED'] } }, { and: [{ overdue: true }, { text: '机制' }] }] },
    { deadline: { gte: '2020-01-01' } },
  ],
};

const cases: { name: string; query: string; variables: unknown; as?: string }[] = [
  { name: 'a task page with @include', query: TASKS, variables: { first: 5, withUnits: true } },
  {
    name: 'a task page with @skip and an ordering',
    query: TASKS,
    variables: { first: 5, withUnits: false, orderBy: [{ field: 'CODE', direction: 'DESC' }] },
  },
  { name: 'a recursive filter in a variable', query: TASKS, variables: { first: 20, withUnits: true, filter: nestedFilter } },
  {
    name: 'a default in the document',
    query: UNITS,
    variables: { filter: { or: [{ code: { eq: 'HRB-FY' } }, { kind: { eq: 'COURT' } }] } },
  },
  {
    name: 'a literal filter in the document',
    query: '{ units(first: 2, filter: { and: [{ or: [{ code: { eq: "HRB-FY" } }] }] }) { totalCount nodes { code } } }',
    variables: {},
  },
  { name: 'a variable of the wrong type', query: TASKS, variables: { first: 'five', withUnits: true } },
  { name: 'a missing required variable', query: TASKS, variables: { first: 5 } },
  { name: 'a malformed cursor', query: TASKS, variables: { first: 5, after: 'nope', withUnits: true } },
  {
    name: 'an unknown enum value in a variable',
    query: TASKS,
    variables: { first: 5, withUnits: true, filter: { status: { eq: 'SLEEPING' } } },
  },
  { name: 'a made-up ID', query: NODE, variables: { id: 'AAAAAAAAAAAAAAAAAAAAAA' } },
  { name: 'a page as a user of little standing', query: TASKS, variables: { first: 3, withUnits: true }, as: 'viewer' },
  {
    name: 'a mutation refused with userErrors',
    query: `mutation ($input: CreateReformTaskInput!) { createReformTask(input: $input) { reformTask { id } userErrors { code field message } } }`,
    variables: {
      input: {
        ledgerId: 'AAAAAAAAAAAAAAAAAAAAAA',
        sectionId: 'AAAAAAAAAAAAAAAAAAAAAA',
        code: 'X-1',
        title: 't',
        deliverableForm: 'WORK_MECHANISM',
        leadUnitId: 'AAAAAAAAAAAAAAAAAAAAAA',
        deadline: '2030-01-01',
      },
    },
  },
];

describe('compiled and interpreted operations', () => {
  it.each(cases)('answer alike: $name', async ({ query, variables, as }) => {
    const before = { ...compiled.execution };
    const [fromCompiled, fromInterpreted] = [await send(compiled, query, variables, as), await send(interpreted, query, variables, as)];
    expect(fromCompiled).toEqual(fromInterpreted);
    // Anything that reached execution went through the compiled path here.
    if (compiled.execution.compiled + compiled.execution.interpreted > before.compiled + before.interpreted) {
      expect(compiled.execution.interpreted).toBe(before.interpreted);
    }
  });

  it('find real rows through the recursive filter, on both paths', async () => {
    const answer = await send(compiled, TASKS, { first: 20, withUnits: true, filter: nestedFilter });
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { reformTasks: { totalCount: number } }).reformTasks.totalCount).toBeGreaterThan(0);
  });

  it('refetch the same node alike', async () => {
    const page = await send(compiled, TASKS, { first: 1, withUnits: true });
    const id = (page.data as { reformTasks: { nodes: { id: string }[] } }).reformTasks.nodes[0]?.id;
    expect(id).toBeDefined();
    expect(await send(compiled, NODE, { id })).toEqual(await send(interpreted, NODE, { id }));
  });

  it('leave introspection interpreted, so the schema shows nothing of the compiled path', async () => {
    const before = { ...compiled.execution };
    const answer = await send(compiled, '{ __schema { types { name } } }');
    const names = (answer.data as { __schema: { types: { name: string }[] } }).__schema.types.map((t) => t.name);
    expect(names).toContain('ReformTask');
    expect(names).not.toContain('CoercedVariableValue');
    expect(compiled.execution.interpreted).toBe(before.interpreted + 1);
  });
});

describe('documents graphql-jit would run as code', () => {
  // graphql-jit writes literal arguments into the compiled code as JSON and turns a string
  // "__MAGIC_DATE__<its constant uuid><text>" into `new Date(<text>)`.
  const MARKER = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
  const payload = (flag: string) => `0,globalThis.${flag}=1`;
  const marked = (text: string) => `{ reformTasks(first: 1, filter: { text: ${JSON.stringify(text)} }) { totalCount } }`;

  it.each([
    ['as written', (flag: string) => marked(`${MARKER}${payload(flag)}`)],
    // The same string spelt with an escape: the parsed value holds the marker, the text does not.
    ['spelt with \\u escapes', (flag: string) => marked(`${MARKER}${payload(flag)}`).replace('__MAGIC', '\\u005F_MAGIC')],
  ])('stay interpreted and run nothing: the marker %s', async (_how, document) => {
    const flag = `compiledMarker${Math.random().toString(36).slice(2)}`;
    const query = document(flag);
    expect(query.includes('\\u005F') || query.includes(MARKER)).toBe(true);
    const before = { ...compiled.execution };
    const answer = await send(compiled, query);
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
    expect(answer.errors).toBeUndefined();
    expect(compiled.execution.interpreted).toBe(before.interpreted + 1);
    expect(compiled.execution.compilations).toBe(before.compilations);
  });
});

describe('in production (`repeated`)', () => {
  it('a document runs interpreted first and compiled from its second run', async () => {
    const query = `query Second { units(first: 1) { nodes { code } } }`;
    const start = { ...repeated.execution };
    const first = await send(repeated, query);
    expect(repeated.execution).toMatchObject({
      interpreted: start.interpreted + 1,
      compiled: start.compiled,
      compilations: start.compilations,
    });
    const second = await send(repeated, query);
    expect(repeated.execution).toMatchObject({ compiled: start.compiled + 1, compilations: start.compilations + 1 });
    await send(repeated, query);
    expect(repeated.execution).toMatchObject({ compiled: start.compiled + 2, compilations: start.compilations + 1 });
    expect(second).toEqual(first);
  });

  it('a stream of one-off documents compiles none of them, and what it remembers stays bounded', async () => {
    const start = { ...repeated.execution };
    const count = MAX_COMPILED_DOCUMENTS + 100;
    for (let i = 0; i < count; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, (_, j) =>
          send(repeated, `query OneOff${i + j} { units(first: 1) { totalCount } }`),
        ),
      );
    }
    expect(repeated.execution.compilations).toBe(start.compilations);
    expect(repeated.execution.interpreted).toBe(start.interpreted + count);
    // The first of them was forgotten as seen: its second run is interpreted again, not compiled.
    await send(repeated, 'query OneOff0 { units(first: 1) { totalCount } }');
    expect(repeated.execution.compilations).toBe(start.compilations);
  });
});
