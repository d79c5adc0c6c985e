import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionCategoriesDocument, UnitsPageDocument, ViewerDocument } from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';

let app: TestApp;
const lines: Record<string, unknown>[] = [];
beforeAll(async () => {
  const log = new PassThrough();
  log.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  app = await startApp({ log });
});
afterAll(() => app.close());

const requestLog = (requestId: string) => lines.find((l) => l.msg === 'graphql request' && l.requestId === requestId);

describe('structured logs', () => {
  it('writes one JSON line per request with request id, operation, duration and outcome', async () => {
    const ok = await app.gql(ViewerDocument, {});
    const okId = ok.headers.get('x-request-id')!;
    const refused = await app.gql(UnitsPageDocument, { first: 1000 });
    const refusedId = refused.headers.get('x-request-id')!;
    const anonymous = await app.gql(ViewerDocument, {}, { as: null });
    const anonymousId = anonymous.headers.get('x-request-id')!;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(requestLog(okId)).toMatchObject({
      level: 30,
      service: 'reform-graph',
      operationName: 'Viewer',
      status: 200,
      outcome: 'ok',
      durationMs: expect.any(Number),
    });
    expect(requestLog(refusedId)).toMatchObject({ operationName: 'UnitsPage', outcome: 'error', errorCodes: ['BAD_USER_INPUT'] });
    expect(requestLog(anonymousId)).toMatchObject({ status: 401, outcome: 'error', errorCodes: ['UNAUTHENTICATED'] });
  });
});

describe('masked errors', () => {
  it('log the real error under the request id that the client was given', async () => {
    const sql = (query: string) => app.orm.em.getConnection().execute(query);
    await sql('alter table decision_category rename to decision_category_gone');
    try {
      const response = await app.gql(DecisionCategoriesDocument, {});
      const requestId = response.headers.get('x-request-id')!;
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const logged = lines.find((l) => l.level === 50 && l.requestId === requestId);
      expect(JSON.stringify(logged)).toContain('decision_category');
    } finally {
      await sql('alter table decision_category_gone rename to decision_category');
    }
  });
});
