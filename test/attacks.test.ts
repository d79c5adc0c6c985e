import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { MAX_COST, MAX_DEPTH } from '../src/shared/graphql/complexity.js';
import { MAX_ALIASES, MAX_DIRECTIVES, MAX_DOCUMENT_LENGTH, MAX_TOKENS } from '../src/shared/graphql/document-limits.js';
import { startApp, type TestApp } from './support/app.js';

// The requests of issue 12 that once returned a million objects or held the server for seconds:
// each is refused before anything runs, with QUERY_TOO_COMPLEX and a message naming the limit;
// while many run at once the process stays small and /healthz answers.

/** How far the process's resident memory may grow over its size before the attacks. */
const RSS_GROWTH_BOUND = 200 * 1024 * 1024;
/** How long /healthz may take while the attacks run. */
const HEALTHZ_BOUND_MS = 200;
/** Waves of every attack sent at once. */
const WAVES = 5;

interface Reply {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requested: number; actual?: number; maximum: number } };
}

let app: TestApp;
let token: string;
let ledgerId: string;

async function send(body: string): Promise<Reply> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return { status: res.status, ...((await res.json()) as Omit<Reply, 'status'>) };
}

const ask = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');
const ledgerTree = '... on Ledger { sections { code tasks(first: 100) { nodes { code title status } } } }';

/** The standard introspection query (what GraphiQL and codegen send) with its `__schema` field `times` times, aliased. */
function fullIntrospection(times: number): string {
  const standard = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
  const body = standard.slice(standard.indexOf('__schema'), standard.indexOf('fragment FullType'));
  const schemaField = body.slice(0, body.lastIndexOf('}'));
  return `query { ${aliased(times, schemaField)} } ${standard.slice(standard.indexOf('fragment FullType'))}`;
}

/** Each attack: its request, and what its refusal's message says. */
function attacks(): { name: string; query: string; variables?: Record<string, unknown>; says: RegExp }[] {
  const ids = Array.from({ length: 100 }, () => ledgerId);
  return [
    {
      name: '60 aliases of nodes(ids: [one ledger × 100]) with sections and tasks',
      query: `query($ids: [ID!]!) { ${aliased(60, `nodes(ids: $ids) { ${ledgerTree} }`)} }`,
      variables: { ids },
      says: new RegExp(`more than ${MAX_ALIASES} aliases`),
    },
    {
      name: 'the same with the ids in the document',
      query: `{ ${aliased(60, `nodes(ids: ${JSON.stringify(ids)}) { ${ledgerTree} }`)} }`,
      says: new RegExp(`at most ${MAX_DOCUMENT_LENGTH} are allowed`),
    },
    {
      name: 'one such nodes(ids:) without aliases',
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { ${ledgerTree} } }`,
      variables: { ids },
      says: new RegExp(`^The query costs \\d+ points .* at most ${MAX_COST} are allowed`),
    },
    {
      name: '500 aliased __schema { types { fields { args } } }',
      query: `{ ${aliased(500, '__schema { types { fields { args { name } } } }')} }`,
      says: new RegExp(`at most ${MAX_DOCUMENT_LENGTH} are allowed|more than ${MAX_ALIASES} aliases`),
    },
    {
      name: '30 aliased full introspection queries (within the alias limit)',
      query: fullIntrospection(30),
      says: /^The query costs \d+ points/,
    },
    {
      name: '9,000 aliased ledgerSummary',
      query: `query($l: ID!) { ${aliased(9_000, 'ledgerSummary(ledgerId: $l) { asOf }')} }`,
      variables: { l: ledgerId },
      says: new RegExp(`at most ${MAX_DOCUMENT_LENGTH} are allowed`),
    },
    {
      name: '30 aliased ledgerSummary (within the alias limit)',
      query: `query($l: ID!) { ${aliased(30, 'ledgerSummary(ledgerId: $l) { asOf }')} }`,
      variables: { l: ledgerId },
      says: /^The query costs \d+ points/,
    },
    {
      name: `a field list of ${MAX_TOKENS + 1} tokens`,
      query: `{ viewer { ${'login '.repeat(MAX_TOKENS)} } }`,
      says: new RegExp(`more than ${MAX_TOKENS} tokens`),
    },
    {
      name: `${MAX_DIRECTIVES + 1} directives`,
      query: `{ viewer { login ${'@include(if: true) '.repeat(MAX_DIRECTIVES + 1)} } }`,
      says: new RegExp(`more than ${MAX_DIRECTIVES} directives`),
    },
    {
      name: `fields nested ${MAX_DEPTH + 1} deep`,
      query: `{ units(first: 1) { nodes { ${'parent { '.repeat(MAX_DEPTH)}code${' }'.repeat(MAX_DEPTH)} } } }`,
      says: new RegExp(`at most ${MAX_DEPTH} are allowed`),
    },
  ];
}

beforeAll(async () => {
  app = await startApp();
  token = await app.token('viewer');
  const ledgers = (await ask('{ ledgers(first: 1) { nodes { id } } }')).data as { ledgers: { nodes: { id: string }[] } };
  ledgerId = ledgers.ledgers.nodes[0]!.id;
});
afterAll(() => app.close());

describe('introspection', () => {
  it('costs exactly what it returns, so the explorer and codegen can read the schema the standard way', async () => {
    const reply = await ask(fullIntrospection(1));
    expect(reply.status).toBe(200);
    expect(reply.errors).toBeUndefined();
    expect(reply.extensions?.cost?.requested).toBe(reply.extensions?.cost?.actual);
    expect(reply.extensions?.cost?.requested).toBeGreaterThan(1_000);
  });
});

describe('documents that multiply themselves', () => {
  it('read a fragment spread twice once, as execution does, so a chain of them costs a scan', async () => {
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const reply = await ask(`query { ...F0 } ${chain} fragment F40 on Query { __typename }`);
    expect(reply.status).toBe(200);
    expect(reply.extensions?.cost?.requested).toBe(0);
  });

  it('refuse introspection whose answer multiplies (interfaces of possible types of interfaces …) before anything is built', async () => {
    const nested = 'interfaces { possibleTypes { '.repeat(5);
    const reply = await ask(`{ __type(name: "Unit") { ${nested} name ${'} } '.repeat(5)} } }`);
    expect(reply.status, JSON.stringify(reply.errors)).toBe(400);
    // graphql-js's own rule on introspection depth, or the cost model's count stopping at the maximum.
    expect(['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED']).toContain(reply.errors?.[0]?.extensions?.code);
  });
});

describe('the attacks of issue 12', () => {
  it('are each refused before anything runs, 400 QUERY_TOO_COMPLEX, saying which limit', async () => {
    for (const attack of attacks()) {
      const reply = await ask(attack.query, attack.variables);
      expect(reply.status, attack.name).toBe(400);
      expect(reply.data, attack.name).toBeUndefined();
      expect(
        reply.errors?.map((e) => e.extensions?.code),
        attack.name,
      ).toEqual(['QUERY_TOO_COMPLEX']);
      expect(reply.errors?.[0]?.message, attack.name).toMatch(attack.says);
    }
  });

  it('tell the cost and the maximum when the cost is what refuses them', async () => {
    const reply = await ask(fullIntrospection(30));
    expect(reply.extensions?.cost?.maximum).toBe(MAX_COST);
    expect(reply.extensions?.cost?.requested).toBeGreaterThan(MAX_COST);
    expect(reply.errors?.[0]?.message).toContain(`costs ${reply.extensions?.cost?.requested} points`);
  });

  it(`run at once, in ${WAVES} waves, while the process grows under ${RSS_GROWTH_BOUND / 1024 / 1024} MB and /healthz answers within ${HEALTHZ_BOUND_MS} ms`, async () => {
    // Waves of every attack at once; the bodies are written before the clock starts (the client shares the process).
    const bodies = attacks().map((a) => JSON.stringify({ query: a.query, variables: a.variables }));
    const before = process.memoryUsage().rss;
    let peak = before;
    const attacking = { on: true };
    const healthz: number[] = [];
    const watch = (async () => {
      while (attacking.on) {
        const started = performance.now();
        const res = await fetch(`${app.url}/healthz`);
        healthz.push(performance.now() - started);
        expect(res.status).toBe(200);
        peak = Math.max(peak, process.memoryUsage().rss);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const replies: Reply[] = [];
    for (let wave = 0; wave < WAVES; wave++) replies.push(...(await Promise.all(bodies.map(send))));
    attacking.on = false;
    await watch;
    expect(replies).toHaveLength(WAVES * bodies.length);
    expect(replies.every((r) => r.status === 400 && r.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
    expect(healthz.length).toBeGreaterThan(0);
    expect(Math.max(...healthz)).toBeLessThan(HEALTHZ_BOUND_MS);
    expect(peak - before).toBeLessThan(RSS_GROWTH_BOUND);
  });
});
