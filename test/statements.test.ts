import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitsWithRelationsDocument } from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

describe('relations go through per-request loaders', () => {
  it('runs the same number of SQL statements for 5 units as for 50, with parent and children', async () => {
    const measure = async (first: number) => {
      let units = 0;
      let withChildren = 0;
      const statements = await app.countStatements(async () => {
        const data = await app.ok(UnitsWithRelationsDocument, { first });
        units = data.units!.nodes.length;
        withChildren = data.units!.nodes.filter((u) => u.children.totalCount > 0).length;
      });
      return { statements, units, withChildren };
    };
    const small = await measure(5);
    const large = await measure(50);
    expect(small.units).toBe(5);
    expect(large.units).toBe(50);
    // The larger page really has parents with children, so the nested connection is exercised.
    expect(large.withChildren).toBeGreaterThan(3);
    expect(large.statements).toBe(small.statements);
    // viewer, the rate-limit charge, the page, parents, children, their counts.
    expect(large.statements).toBeLessThanOrEqual(6);
  });
});
