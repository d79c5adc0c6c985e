import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionCategoriesDocument, UnitsPageDocument, ViewerDocument } from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';

type LogLine = Record<string, unknown>;

let app: TestApp;
const lines: LogLine[] = [];
const waiting = new Set<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
beforeAll(async () => {
  const log = new PassThrough();
  log.on('data', (chunk: Buffer) => {
    for (const text of chunk.toString('utf8').split('\n')) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      for (const waiter of waiting) if (waiter.match(line)) waiter.resolve(line);
    }
  });
  app = await startApp({ log });
});
afterAll(() => app.close());

/** The first log line that matches, written already or once it is written; fails after 5 s without one. */
function logLine(match: (line: LogLine) => boolean): Promise<LogLine> {
  const written = lines.find(match);
  if (written) return Promise.resolve(written);
  return new Promise((resolve, reject) => {
    const deadline = AbortSignal.timeout(5_000);
    const waiter = {
      match,
      resolve: (line: LogLine) => {
        waiting.delete(waiter);
        deadline.removeEventListener('abort', expire);
        resolve(line);
      },
    };
    const expire = () => {
      waiting.delete(waiter);
      reject(new Error(`No matching log line within 5 s; lines so far: ${JSON.stringify(lines)}`));
    };
    deadline.addEventListener('abort', expire, { once: true });
    waiting.add(waiter);
  });
}

const requestLog = (requestId: string) => logLine((l) => l.msg === 'graphql request' && l.requestId === requestId);

describe('structured logs', () => {
  it('writes one JSON line per request with request id, operation, duration and outcome', async () => {
    const ok = await app.gql(ViewerDocument, {});
    const okId = ok.headers.get('x-request-id')!;
    const refused = await app.gql(UnitsPageDocument, { first: 1000 });
    const refusedId = refused.headers.get('x-request-id')!;
    const anonymous = await app.gql(ViewerDocument, {}, { as: null });
    const anonymousId = anonymous.headers.get('x-request-id')!;

    expect(await requestLog(okId)).toMatchObject({
      level: 30,
      service: 'reform-graph',
      operationName: 'Viewer',
      status: 200,
      outcome: 'ok',
      durationMs: expect.any(Number),
    });
    expect(await requestLog(refusedId)).toMatchObject({ operationName: 'UnitsPage', outcome: 'error', errorCodes: ['BAD_USER_INPUT'] });
    expect(await requestLog(anonymousId)).toMatchObject({ status: 401, outcome: 'error', errorCodes: ['UNAUTHENTICATED'] });
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
      const logged = await logLine((l) => l.level === 50 && l.requestId === requestId);
      expect(JSON.stringify(logged)).toContain('decision_category');
    } finally {
      await sql('alter table decision_category_gone rename to decision_category');
    }
  });
});
