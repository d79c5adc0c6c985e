import { getNamedType, isEnumType, isInputObjectType, isNonNullType, parse, type GraphQLField } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { startApp, type TestApp } from './support/app.js';

// Every filtered list of the graph, found in the schema itself: each of its orderings pages the same
// rows in both directions, and `and`/`or` combine filters as they say.

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const schema = await buildAppSchema();
const lists = Object.values(schema.getQueryType()!.getFields()).filter(
  (field) =>
    field.args.some((a) => a.name === 'filter') &&
    field.args.some((a) => a.name === 'orderBy') &&
    !field.args.some((a) => isNonNullType(a.type)),
);

function orderFields(list: GraphQLField<unknown, unknown>): string[] {
  const term = getNamedType(list.args.find((a) => a.name === 'orderBy')!.type);
  if (!isInputObjectType(term)) throw new Error(`${list.name}: orderBy is not an input`);
  const field = getNamedType(term.getFields().field!.type);
  if (!isEnumType(field)) throw new Error(`${list.name}: orderBy.field is not an enum`);
  return field.getValues().map((v) => v.name);
}

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

async function page(list: string, args: string, as = 'admin'): Promise<Page> {
  const document = parse(`{ list: ${list}(${args}) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`) as TypedDocumentNode<
    { list: Page },
    Record<string, never>
  >;
  return (await app.ok(document, {}, { as })).list;
}

/** Every row of the list in one ordering, read page by page. */
async function all(list: string, order: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Page = await page(list, `first: 100, orderBy: [${order}]${after ? `, after: "${after}"` : ''}`);
    ids.push(...current.nodes.map((n) => n.id));
    if (!current.pageInfo.hasNextPage) return ids;
    after = current.pageInfo.endCursor;
  }
}

describe('every filtered list', () => {
  it('is found in the schema', () => {
    expect(lists.map((l) => l.name)).toEqual(
      expect.arrayContaining([
        'units',
        'people',
        'reformTasks',
        'majorDecisions',
        'coordinationIssues',
        'actionItems',
        'findings',
        'rectificationNotices',
      ]),
    );
  });

  it.each(lists.map((l) => [l.name, l] as const))(
    '%s: every ordering returns every row once, DESC the reverse of ASC where keys differ',
    async (name, list) => {
      const total = (await page(name, 'first: 1')).totalCount;
      expect(total).toBeGreaterThan(0);
      for (const field of orderFields(list)) {
        const ascending = await all(name, `{ field: ${field}, direction: ASC }`);
        const descending = await all(name, `{ field: ${field}, direction: DESC }`);
        expect(new Set(ascending).size, `${name} by ${field}`).toBe(total);
        expect([...descending].sort(), `${name} by ${field}`).toEqual([...ascending].sort());
        // Ties are broken by id in the term's direction, so DESC is exactly ASC reversed.
        expect(descending, `${name} by ${field} DESC`).toEqual([...ascending].reverse());
      }
    },
  );

  it.each(lists.map((l) => [l.name] as const))('%s: takes and/or, nested, whose empty parts match every row', async (name) => {
    const total = (await page(name, 'first: 1')).totalCount;
    expect((await page(name, 'first: 1, filter: { and: [{}, {}] }')).totalCount).toBe(total);
    expect((await page(name, 'first: 1, filter: { or: [{}] }')).totalCount).toBe(total);
    expect((await page(name, 'first: 1, filter: { and: [{ or: [{}] }], or: [{ and: [{}] }] }')).totalCount).toBe(total);
  });
});
