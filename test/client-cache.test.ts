import { readFileSync } from 'node:fs';
import { InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { valueObjectTypePolicies } from '../src/shared/graphql/type-policies.js';
import { startApp, type TestApp } from './support/app.js';

// Value objects (no id) in a normalising client cache: two selections of the same object's totals,
// as a list query and a mutation's payload would ask for them, written one after the other.

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const policies = JSON.parse(readFileSync(new URL('../schema/type-policies.json', import.meta.url), 'utf8')) as Record<
  string,
  { merge: true }
>;

type Result = Record<string, unknown>;
const listView: TypedDocumentNode<Result, { id: string }> = gql`
  query ListView($id: ID!) {
    node(id: $id) {
      id
      ... on CoordinationIssue {
        fundTotals {
          transferred
          disbursed
        }
      }
    }
  }
`;
const payloadView: TypedDocumentNode<Result, { id: string }> = gql`
  query PayloadView($id: ID!) {
    node(id: $id) {
      id
      ... on CoordinationIssue {
        fundTotals {
          obligated
          outstanding
        }
      }
    }
  }
`;

async function fetched(document: TypedDocumentNode<Result, { id: string }>, id: string): Promise<Result> {
  const cache = new InMemoryCache();
  // Let the cache add __typename, as Apollo Client does before sending.
  const query: TypedDocumentNode<Result, { id: string }> = cache.transformDocument(document);
  const response = await app.gql(query, { id });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('the ready-made type policies', () => {
  it('are what the schema emits: every object type without an id', async () => {
    expect(policies).toEqual(valueObjectTypePolicies(await buildAppSchema()));
    expect(Object.keys(policies)).toEqual(expect.arrayContaining(['DecisionReadiness', 'FundTotals']));
  });

  it('keep both selections of an object’s totals, where the default cache loses the first', async () => {
    const firstIssue: TypedDocumentNode<{ coordinationIssues: { nodes: { id: string }[] } }, Record<string, never>> = gql`
      {
        coordinationIssues(first: 1) {
          nodes {
            id
          }
        }
      }
    `;
    const raw = await app.ok(firstIssue, {});
    const id = raw.coordinationIssues.nodes[0]!.id;
    const list = await fetched(listView, id);
    const payload = await fetched(payloadView, id);

    const read = (cache: InMemoryCache) => {
      cache.writeQuery({ query: listView, variables: { id }, data: list });
      cache.writeQuery({ query: payloadView, variables: { id }, data: payload });
      return cache.readQuery({ query: listView, variables: { id } });
    };
    expect(read(new InMemoryCache())).toBeNull();
    expect(read(new InMemoryCache({ typePolicies: policies }))).toEqual(list);
  });
});
