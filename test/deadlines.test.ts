import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LedgerSummaryDocument,
  UnitsPageDocument,
  UpdateViewerPreferencesDocument,
  ViewerAccountDocument,
  ViewerDocument,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { ledgersByCode } from './support/ids.js';
import { until, untilBlockedBy } from './support/until.js';

// A slow statement holds a connection for the statement timeout at most, a request runs until its
// deadline at most, and neither leaves anything half-written. The slowness is real: another
// connection holds a lock the request's statement has to wait for.

/** A connection of the test's own to `app`'s database, holding locks inside an open transaction. */
async function locker(app: TestApp): Promise<{ pid: number; lock: (sql: string) => Promise<void>; release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  return {
    pid,
    lock: async (sql) => {
      await client.query('begin');
      await client.query(sql);
    },
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

const language = async (app: TestApp) => (await app.ok(ViewerAccountDocument, {}, { as: 'viewer' })).viewer;

describe('the statement timeout', () => {
  let app: TestApp;
  let held: Awaited<ReturnType<typeof locker>> | undefined;
  beforeAll(async () => {
    app = await startApp({ env: { STATEMENT_TIMEOUT_MS: '300' } });
  });
  afterEach(async () => {
    await held?.release();
    held = undefined;
  });
  afterAll(() => app.close());

  it('stops a write waiting too long: REQUEST_TIMEOUT, nothing written, and the server serves on', async () => {
    const before = await language(app);
    held = await locker(app);
    // Inserts into the audit trail wait; the write has changed the user's row by then.
    await held.lock('lock table audit_entry in exclusive mode');
    const answer = await app.gql(UpdateViewerPreferencesDocument, { input: { language: 'ZH_CN' } }, { as: 'viewer' });
    expect(errorCodes(answer)).toEqual(['REQUEST_TIMEOUT']);
    expect(answer.errors?.[0]?.message).toMatch(/took too long/);
    expect(JSON.stringify(answer)).not.toMatch(/statement timeout|canceling|at .*\.ts/);
    await held.release();
    held = undefined;

    expect(await language(app)).toEqual(before);
    expect((await app.gql(ViewerDocument, {}, { as: 'viewer' })).status).toBe(200);
  });

  it('stops a read waiting too long, in the field that waited, in the request’s language', async () => {
    held = await locker(app);
    await held.lock('lock table unit in access exclusive mode');
    const answer = await app.gql(UnitsPageDocument, { first: 1 }, { as: 'viewer', language: 'zh-CN' });
    expect(errorCodes(answer)).toEqual(['REQUEST_TIMEOUT']);
    expect(answer.errors?.[0]?.path).toEqual(['units']);
    expect(answer.errors?.[0]?.message).toMatch(/执行过久/);
  });
});

describe('the request deadline', () => {
  let app: TestApp;
  let held: Awaited<ReturnType<typeof locker>> | undefined;
  beforeAll(async () => {
    app = await startApp({ env: { REQUEST_DEADLINE_MS: '400', STATEMENT_TIMEOUT_MS: '20000' } });
  });
  afterEach(async () => {
    await held?.release();
    held = undefined;
  });
  afterAll(() => app.close());

  it('answers a request still running at its deadline with REQUEST_TIMEOUT, and rolls back what it began', async () => {
    const before = await language(app);
    held = await locker(app);
    await held.lock('lock table audit_entry in exclusive mode');
    const answer = await app.gql(UpdateViewerPreferencesDocument, { input: { language: 'ZH_CN' } }, { as: 'viewer' });
    expect(answer.status).toBe(503);
    expect(errorCodes(answer)).toEqual(['REQUEST_TIMEOUT']);
    expect(answer.errors?.[0]?.message).toMatch(/ran longer than 0.4 s/);

    // The insert it was waiting on goes through once the lock is gone; its commit never does.
    const waiting = await app.orm.em
      .getConnection()
      .execute<{ pid: number }[]>('select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))', [held.pid]);
    expect(waiting.length).toBe(1);
    await held.release();
    held = undefined;
    await until(
      async () =>
        (
          await app.orm.em
            .getConnection()
            .execute<{ n: number }[]>(
              "select count(*)::int as n from pg_stat_activity where pid = ? and state like 'idle in transaction%'",
              [waiting[0]!.pid],
            )
        )[0]!.n === 0,
      'the expired write has ended its transaction',
    );
    expect(await language(app)).toEqual(before);
    expect((await app.gql(ViewerDocument, {}, { as: 'viewer' })).status).toBe(200);
  });
});

describe('dashboards under load', () => {
  let app: TestApp;
  let held: Awaited<ReturnType<typeof locker>> | undefined;
  beforeAll(async () => {
    // The pool holds 10 connections; 12 dashboards at once would take them all without the limit.
    app = await startApp({ env: { EXPENSIVE_CONCURRENCY: '2', REQUEST_DEADLINE_MS: '8000' } });
  });
  afterAll(async () => {
    await held?.release();
    await app.close();
  });

  it('leave interactive queries their connections while they wait', async () => {
    const ledgerId = (await ledgersByCode(app)).values().next().value!.id;
    held = await locker(app);
    await held.lock('lock table reform_task in access exclusive mode');
    const dashboards = Array.from({ length: 12 }, () => app.gql(LedgerSummaryDocument, { ledgerId }, { as: 'viewer' }));
    await untilBlockedBy(app, held.pid, 'dashboards wait on the locked tasks');
    const blocked = async () =>
      (
        await app.orm.em
          .getConnection()
          .execute<{ n: number }[]>('select count(*)::int as n from pg_stat_activity where ? = any(pg_blocking_pids(pid))', [held!.pid])
      )[0]!.n;
    await until(async () => (await blocked()) === 2, 'two dashboards wait');

    const interactive = await app.gql(UnitsPageDocument, { first: 5 }, { as: 'viewer' });
    expect(interactive.status).toBe(200);
    expect(interactive.errors).toBeUndefined();
    expect(await blocked()).toBe(2);

    await held.release();
    held = undefined;
    for (const answer of await Promise.all(dashboards)) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeTruthy();
    }
  });
});
