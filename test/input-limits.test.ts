import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentNesting, MAX_FILTER_NESTING, MAX_INPUT_ITEMS, MAX_INPUT_LIST } from '../src/shared/graphql/input-guard.js';
import { startApp, type TestApp } from './support/app.js';
import { answered } from './support/cost.js';

// Input no client needs is refused before it is coerced or run, as BAD_USER_INPUT with a clear
// message: never a stack overflow, never a statement over PostgreSQL's parameter limit.

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const UNITS = 'query ($filter: UnitFilter) { units(first: 1, filter: $filter) { totalCount } }';

/** Posts the operation; `variables` may be JSON text already, for values too deep for JSON.stringify. */
async function post(query: string, variables: Record<string, unknown> | string = {}, language?: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await app.token('viewer')}`,
      ...(language ? { 'accept-language': language } : {}),
    },
    body: `{"query":${JSON.stringify(query)},"variables":${typeof variables === 'string' ? variables : JSON.stringify(variables)}}`,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { units: { totalCount: number } };
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

/** `{"filter":{"and":[{"and":[ … {"code":{"eq":…}} ]}]}}` as JSON text, `levels` deep. */
function nested(levels: number, key: 'and' | 'or' = 'and'): string {
  return `{"filter":${`{"${key}":[`.repeat(levels)}{"code":{"eq":"HRB-FY"}}${']}'.repeat(levels)}}`;
}

/** The same, written into the document. */
function nestedLiteral(levels: number): string {
  let filter = '{ code: { eq: "HRB-FY" } }';
  for (let i = 0; i < levels; i++) filter = `{ and: [${filter}] }`;
  return `{ units(first: 1, filter: ${filter}) { totalCount } }`;
}

const refusedAs = (response: Awaited<ReturnType<typeof post>>, message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.body.errors?.[0]?.message).toMatch(message);
};

describe('filters nesting and/or', () => {
  it(`take ${MAX_FILTER_NESTING} levels, in variables and in the document`, async () => {
    expect((await post(UNITS, nested(MAX_FILTER_NESTING))).body).toEqual(answered({ units: { totalCount: 1 } }));
    expect((await post(UNITS, nested(MAX_FILTER_NESTING, 'or'))).body).toEqual(answered({ units: { totalCount: 1 } }));
    expect((await post(nestedLiteral(MAX_FILTER_NESTING))).body).toEqual(answered({ units: { totalCount: 1 } }));
  });

  it('refuse one more, and 1,000 or 20,000 more, without overflowing anything', async () => {
    for (const levels of [MAX_FILTER_NESTING + 1, 1_000, 20_000]) {
      refusedAs(await post(UNITS, nested(levels)), /nests `and`\/`or` more than 10 levels/);
    }
    refusedAs(await post(nestedLiteral(MAX_FILTER_NESTING + 1)), /nests `and`\/`or` more than 10 levels/);
    // Written into the document, that deep it is refused before the parser (which recurses) sees it.
    for (const levels of [1_000, 20_000]) {
      const deep = await post(nestedLiteral(levels));
      expect(deep.status).toBe(400);
      expect(deep.body.errors).toEqual([
        { message: 'The document nests brackets more than 64 levels deep.', extensions: { code: 'QUERY_TOO_COMPLEX' } },
      ]);
    }
    // Still serving.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('says so in Chinese when asked', async () => {
    const zh = await post(UNITS, nested(50), 'zh-CN');
    expect(zh.body.errors?.[0]?.message).toBe('筛选条件中 `and`/`or` 的嵌套超过 10 层。');
  });

  it('refuse a value nested deep without and/or', async () => {
    const deep = `{"filter":{"code":{"in":${'['.repeat(5_000)}"x"${']'.repeat(5_000)}}}}`;
    refusedAs(await post(UNITS, deep), /nests more than 32 levels/);
  });
});

describe('lists in inputs', () => {
  const codes = (n: number) => Array.from({ length: n }, (_, i) => `CODE-${i}`);

  it(`take ${MAX_INPUT_LIST} items`, async () => {
    const answer = await post(UNITS, { filter: { code: { in: [...codes(MAX_INPUT_LIST - 1), 'HRB-FY'] } } });
    expect(answer.body).toEqual(answered({ units: { totalCount: 1 } }));
  });

  it('refuse more, also 70,000 (past PostgreSQL’s 65,535 parameters), in variables and in the document', async () => {
    refusedAs(await post(UNITS, { filter: { code: { in: codes(MAX_INPUT_LIST + 1) } } }), /has 1001 items; at most 1000/);
    refusedAs(await post(UNITS, { filter: { code: { in: codes(70_000) } } }), /has 70000 items; at most 1000/);
    const literal = `{ units(first: 1, filter: { code: { in: ${JSON.stringify(codes(MAX_INPUT_LIST + 1))} } }) { totalCount } }`;
    refusedAs(await post(literal), /has 1001 items; at most 1000/);
  });

  it('refuse lists that each fit but together pass what one statement may take', async () => {
    const or = Array.from({ length: 70 }, () => ({ code: { in: codes(MAX_INPUT_LIST) } }));
    refusedAs(await post(UNITS, { filter: { or } }), new RegExp(`hold 70\\d{3} items together; at most ${MAX_INPUT_ITEMS}`));
  });

  it('hold a variable left out to its field’s bounds through its default', async () => {
    const query = `query ($c: String = "${'x'.repeat(1_001)}") { units(first: 1, filter: { code: { eq: $c } }) { totalCount } }`;
    refusedAs(await post(query), /1000/);
  });

  it('check each request’s variables, also when the same document came before with values that passed', async () => {
    // What the document itself holds is read once per document; the variables are read every time.
    const query = `query ($c: String = "HRB-FY") { units(first: 1, filter: { code: { eq: $c } }) { totalCount } }`;
    for (let round = 0; round < 2; round++) {
      expect((await post(query)).body).toEqual(answered({ units: { totalCount: 1 } }));
      refusedAs(await post(query, { c: 'x'.repeat(1_001) }), /1000/);
      expect((await post(query, { c: 'HRB-FY' })).body).toEqual(answered({ units: { totalCount: 1 } }));
    }
  });
});

describe('the nesting of a document, counted before parsing', () => {
  it('counts brackets outside strings, block strings and comments', () => {
    expect(documentNesting('{ a { b(x: [1, 2]) } }')).toBe(4);
    expect(documentNesting('{ a(s: "{{{[[[(((") }')).toBe(2);
    expect(documentNesting('{ a(s: "\\"{{{") }')).toBe(2);
    expect(documentNesting('# {{{{\n{ a }')).toBe(1);
    // A comment ends at CR as well as LF, as the lexer reads it: brackets after it count.
    expect(documentNesting(`{ a } #\r${'['.repeat(100)}`)).toBe(100);
    expect(documentNesting('{ a(s: """{{{ \\""" {{{""") }')).toBe(2);
    // An escaped triple quote does not end a block string early, so it cannot hide brackets.
    expect(documentNesting(`{ a(s: """x\\""" """) ${'{'.repeat(100)} }`)).toBeGreaterThan(100);
  });
});
