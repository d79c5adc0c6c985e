import type { IncomingMessage } from 'node:http';
import type { Knex } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ChargeQueue, MAX_CHARGES_PER_STATEMENT } from '../src/shared/limits/charge-queue.js';
import { chargeBuckets, type BucketCharge, type Charge } from '../src/shared/limits/rate-limit.js';
import { clientAddress } from '../src/shared/limits/throttle.js';
import { ViewerDocument } from './generated/graphql.js';
import { errorCodes, startApp, type GraphQLResponse, type TestApp } from './support/app.js';

// Rate limits live in PostgreSQL: replicas of the server share one budget per user, a refusal is
// RATE_LIMITED with HTTP 429 and Retry-After, and waiting that long is enough. The clock of the
// test apps stands still unless moved, so no point leaks away while a test runs.

const SMALL = {
  RATE_LIMIT_POINTS: '1000',
  RATE_LIMIT_RESTORE_PER_SECOND: '100',
  RATE_LIMIT_REQUEST_POINTS: '100',
};

describe('a user’s budget, shared by two replicas', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startApp({ env: SMALL });
    first.clock.set('2026-03-02');
    second = await startApp({ env: SMALL, replicaOf: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  /** Sends the viewer query alternately to each replica until one refuses; the answers so far. */
  async function spend(as: string, most = 40): Promise<GraphQLResponse<unknown>[]> {
    const answers: GraphQLResponse<unknown>[] = [];
    for (let i = 0; i < most; i++) {
      const answer = await (i % 2 ? second : first).gql(ViewerDocument, {}, { as, language: i % 4 === 1 ? 'zh-CN' : undefined });
      answers.push(answer);
      if (answer.status === 429) break;
    }
    return answers;
  }

  it('is spent by requests to either replica, and refused by both, with Retry-After', async () => {
    const answers = await spend('viewer');
    const passed = answers.filter((a) => a.status === 200 && !a.errors);
    const refusal = answers.at(-1)!;
    // 1,000 points at 100 a request (plus whatever the query itself costs): at most ten pass in
    // all, where a budget of each replica's own would let twenty through.
    expect(passed.length).toBeGreaterThan(0);
    expect(passed.length).toBeLessThanOrEqual(10);
    expect(refusal.status).toBe(429);
    expect(errorCodes(refusal)).toEqual(['RATE_LIMITED']);
    const retryAfter = refusal.headers.get('retry-after');
    expect(retryAfter).toMatch(/^[1-9]\d*$/);
    expect(refusal.errors?.[0]?.extensions?.retryAfter).toBe(Number(retryAfter));
    // Every fourth request asks for Chinese (see `spend`): the refusal speaks the language it was asked in.
    const inChinese = (answers.length - 1) % 4 === 1;
    expect(refusal.errors?.[0]?.message).toContain(inChinese ? `${retryAfter} 秒` : `${retryAfter} s`);
    expect(refusal.data ?? null).toBeNull();

    for (const replica of [first, second]) {
      const zh = await replica.gql(ViewerDocument, {}, { as: 'viewer', language: 'zh-CN' });
      expect(zh.status).toBe(429);
      expect(zh.errors?.[0]?.message).toMatch(/额度暂时用完/);
    }
    // Another user's budget is their own.
    expect((await second.gql(ViewerDocument, {}, { as: 'staff' })).status).toBe(200);
  });

  it('lets the user in again once Retry-After has passed, not before', async () => {
    const refusal = (await spend('officer')).at(-1)!;
    expect(refusal.status).toBe(429);
    const seconds = Number(refusal.headers.get('retry-after'));
    const at = first.clock.now().getTime();

    if (seconds > 1) {
      first.clock.set(new Date(at + (seconds - 1) * 1000));
      expect((await second.gql(ViewerDocument, {}, { as: 'officer' })).status).toBe(429);
    }
    first.clock.set(new Date(at + seconds * 1000));
    const again = await second.gql(ViewerDocument, {}, { as: 'officer' });
    expect(again.status).toBe(200);
    expect(again.errors).toBeUndefined();
  });
});

describe('charges that share a statement', () => {
  let app: TestApp;
  let db: Knex;
  beforeAll(async () => {
    app = await startApp({ env: SMALL });
    app.clock.set('2026-03-02');
    db = app.orm.em.getKnex();
  });
  afterAll(() => app.close());

  const rule = { capacity: 1000, restorePerSecond: 100 };
  const charges = (key: string, ...costs: number[]): BucketCharge[] => costs.map((cost) => ({ key, cost, rule }));
  /** The same charges to buckets of their own (`key` with `twin` after it). */
  const twins = (list: BucketCharge[], twin: string) => list.map((c) => ({ ...c, key: `${c.key}${twin}` }));
  /** Each charge in a statement of its own, one after another. */
  async function oneByOne(list: BucketCharge[]): Promise<Charge[]> {
    const results: Charge[] = [];
    for (const charge of list) results.push(...(await chargeBuckets(db, [charge], app.clock.now())));
    return results;
  }
  const outcomes = (results: Charge[]) =>
    results.map(({ granted, remaining, retryAfterSeconds }) => ({ granted, remaining, retryAfterSeconds }));
  const later = (ms: number) => app.clock.set(new Date(app.clock.now().getTime() + ms));

  it('grant as many charges to one bucket as fit, each leaving what one statement after another would', async () => {
    const together = await chargeBuckets(db, charges('test:one', 300, 300, 300, 300, 300, 300, 300), app.clock.now());
    expect(outcomes(together)).toEqual([
      { granted: true, remaining: 700, retryAfterSeconds: 0 },
      { granted: true, remaining: 400, retryAfterSeconds: 0 },
      { granted: true, remaining: 100, retryAfterSeconds: 0 },
      // 900 points held: 300 more overflow by 200, which drain in 2 s.
      ...Array.from({ length: 4 }, () => ({ granted: false, remaining: 100, retryAfterSeconds: 2 })),
    ]);
    expect(together.map((c) => c.key)).toEqual(Array(7).fill('test:one'));

    // A bucket with a past, drained for 1.5 s: the same history one by one and together ends the same.
    await oneByOne(charges('test:two', 300, 300, 300));
    later(1500);
    const next = charges('test:one', 300, 200, 50, 1, 0, 1000);
    const alone = await oneByOne(charges('test:two', 300, 200, 50, 1, 0, 1000));
    expect(outcomes(await chargeBuckets(db, next, app.clock.now()))).toEqual(outcomes(alone));
    expect(alone.map((c) => c.granted)).toEqual([false, true, true, false, true, false]);
    const rows = await db('rate_bucket').whereIn('key', ['test:one', 'test:two']).orderBy('key').select('level', 'updated_at', 'granted');
    expect(rows[0]).toEqual(rows[1]);
  });

  it('charge several buckets in one statement, each on its own, in the order given', async () => {
    const small = { capacity: 5, restorePerSecond: 1 };
    const mixed: BucketCharge[] = [
      { key: 'test:a', cost: 400, rule },
      { key: 'test:b', cost: 1, rule: small },
      { key: 'test:a', cost: 700, rule },
      { key: 'test:c', cost: 5000, rule },
      { key: 'test:b', cost: 3, rule: small },
      { key: 'test:a', cost: 600, rule },
      { key: 'test:b', cost: 2, rule: small },
      { key: 'test:c', cost: 1, rule },
      { key: 'test:b', cost: 1, rule: small },
    ];
    const together = await chargeBuckets(db, mixed, app.clock.now());
    expect(together.map((c) => c.key)).toEqual(mixed.map((c) => c.key));
    expect(outcomes(together)).toEqual(outcomes(await oneByOne(twins(mixed, ':alone'))));
    expect(together.map((c) => c.granted)).toEqual([true, true, false, true, true, true, false, false, true]);
    // A cost beyond the capacity is charged as the whole bucket.
    expect(together[3]!.remaining).toBe(0);
  });

  it('queue while a statement is in flight, then go together, at most so many to a statement', async () => {
    const queue = new ChargeQueue(db, app.clock);
    const burst = charges('test:burst', ...Array<number>(16).fill(101));
    let results: Charge[] = [];
    const statements = await app.captureStatements(async () => {
      results = (await Promise.all(burst.map((c) => queue.charge(c)))).map((c) => c.charge);
    });
    // The first goes alone at once; the fifteen that came while it was out, in the next statement.
    expect(statements.map((s) => (s.bindings[0] as string[]).length)).toEqual([1, 15]);
    // 1,000 points take nine charges of 101, the first nine to come.
    expect(results.map((c) => c.granted)).toEqual([...Array<boolean>(9).fill(true), ...Array<boolean>(7).fill(false)]);
    expect(results.map((c) => c.remaining)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => 1000 - 101 * (i + 1)),
      ...Array<number>(7).fill(91),
    ]);

    const many = charges('test:many', ...Array<number>(2 * MAX_CHARGES_PER_STATEMENT + 1).fill(1));
    const sizes = (await app.captureStatements(() => Promise.all(many.map((c) => queue.charge(c))))).map(
      (s) => (s.bindings[0] as string[]).length,
    );
    expect(sizes).toEqual([1, MAX_CHARGES_PER_STATEMENT, MAX_CHARGES_PER_STATEMENT]);
  });

  it('fail every charge of a statement that fails, and go on with the next', async () => {
    const queue = new ChargeQueue(db, app.clock);
    const first = queue.charge({ key: 'test:before', cost: 1, rule });
    // A bucket without a key cannot be written: its statement fails, and the charge that came with it fails too.
    const failed = [queue.charge({ key: 'test:with', cost: 1, rule }), queue.charge({ key: null as unknown as string, cost: 1, rule })];
    expect((await first).charge.granted).toBe(true);
    const errors = await Promise.all(
      failed.map((f) =>
        f.then(
          () => null,
          (error: unknown) => error,
        ),
      ),
    );
    expect(errors[0]).toBeInstanceOf(Error);
    expect(errors[1]).toBe(errors[0]);
    expect((errors[0] as { code?: string }).code).toBe('23502');
    expect((await queue.charge({ key: 'test:after', cost: 1, rule })).charge.granted).toBe(true);
    expect(await db('rate_bucket').where('key', 'test:with').first()).toBeUndefined();
  });

  it('take fewer statements than requests for one user’s parallel requests, and let exactly as many through as fit', async () => {
    const token = await app.token('viewer');
    let answers: (GraphQLResponse<unknown> & { extensions?: { cost?: { requested: number } } })[] = [];
    const statements = await app.captureStatements(async () => {
      answers = await Promise.all(Array.from({ length: 16 }, () => app.gql(ViewerDocument, {}, { token })));
    });
    const charged = statements.filter((s) => s.sql.includes('rate_bucket_charge'));
    expect(charged.length).toBeGreaterThan(0);
    expect(charged.length).toBeLessThan(16);
    expect(charged.flatMap((s) => s.bindings[0] as string[])).toHaveLength(16);
    const passed = answers.filter((a) => a.status === 200 && !a.errors);
    const cost = 100 + passed[0]!.extensions!.cost!.requested;
    expect(passed).toHaveLength(Math.floor(1000 / cost));
    expect(answers.filter((a) => a.status === 429)).toHaveLength(16 - passed.length);
  });
});

describe('the per-address bucket', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ env: { RATE_LIMIT_IP_REQUESTS: '5', RATE_LIMIT_IP_RESTORE_PER_SECOND: '1' } });
    app.clock.set('2026-03-02');
  });
  afterAll(() => app.close());

  it('counts requests before authentication, not signed-in ones; once full, refuses any request before its token is read', async () => {
    for (let i = 0; i < 5; i++) {
      const guess = await app.gql(ViewerDocument, {}, { token: `not-a-token-${i}` });
      expect(errorCodes(guess)).toEqual(['UNAUTHENTICATED']);
    }
    // A signed-in user's operations are charged to the user, not the address they share.
    for (let i = 0; i < 3; i++) expect((await app.gql(ViewerDocument, {}, { as: 'admin' })).status).toBe(200);
    // The sixth anonymous request overflows the bucket: answered as ever, and the address refused from then on.
    expect(errorCodes(await app.gql(ViewerDocument, {}, { token: 'not-a-token-6' }))).toEqual(['UNAUTHENTICATED']);
    // Its charge is written as it ends, so the one request right after may still pass; the next may not.
    let refused = await app.gql(ViewerDocument, {}, { as: 'admin' });
    if (refused.status !== 429) refused = await app.gql(ViewerDocument, {}, { as: 'admin' });
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.headers.get('retry-after')).toBe('1');
    // From now on the address is refused before its token is even read: a bad one is not UNAUTHENTICATED.
    const guess = await app.gql(ViewerDocument, {}, { token: 'not-a-token', language: 'zh-CN' });
    expect(guess.status).toBe(429);
    expect(errorCodes(guess)).toEqual(['RATE_LIMITED']);
    expect(guess.errors?.[0]?.message).toMatch(/该地址的请求过多/);

    app.clock.set(new Date(app.clock.now().getTime() + 1000));
    expect((await app.gql(ViewerDocument, {}, { as: 'admin' })).status).toBe(200);
  });

  it('counts the sign-in routes that hand out tokens too', async () => {
    app.clock.set(new Date(app.clock.now().getTime() + 60_000));
    const demoToken = (username: string) =>
      fetch(`${app.url}/auth/demo-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: username }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await demoToken(i % 2 ? 'admin' : 'nobody')).status);
    // The bucket holds 5: the first five are answered (a token for admin, UNKNOWN_DEMO_USER for nobody).
    expect(statuses.slice(0, 5)).toEqual([404, 200, 404, 200, 404]);
    // A request's charge is written after its answer is sent, so on a busy machine the next few may
    // still pass while the charges ahead of them are in flight; the bucket is refused all the same.
    let refused = await demoToken('admin');
    for (let tries = 0; refused.status !== 429 && tries < 10; tries++) refused = await demoToken('admin');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    // The graph shares the address's bucket.
    expect((await app.gql(ViewerDocument, {}, { as: 'admin' })).status).toBe(429);
  });
});

describe('the default limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The production defaults, on the real clock.
    const { limits } = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), DATA_DIR: '/nonexistent' });
    app = await startApp({
      env: {
        RATE_LIMIT_POINTS: String(limits.userPoints),
        RATE_LIMIT_RESTORE_PER_SECOND: String(limits.userRestorePerSecond),
        RATE_LIMIT_REQUEST_POINTS: String(limits.requestPoints),
      },
    });
  });
  afterAll(() => app.close());

  it('do not let 300 requests from one user through in a burst', async () => {
    const token = await app.token('viewer');
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(Array.from({ length: 30 }, () => app.gql(ViewerDocument, {}, { token })));
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});

describe('the client address', () => {
  const request = (forwarded: string | undefined) =>
    ({ socket: { remoteAddress: '10.0.0.9' }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;

  it('is the entry the outermost trusted proxy wrote, never one further left, which the client writes itself', () => {
    expect(clientAddress(request('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientAddress(request('6.6.6.6, 203.0.113.7'), 0)).toBe('10.0.0.9');
    // Fewer entries than proxies: the request did not pass them all, so the socket's peer counts.
    expect(clientAddress(request('6.6.6.6'), 2)).toBe('10.0.0.9');
    expect(clientAddress(request(undefined), 1)).toBe('10.0.0.9');
  });
});
