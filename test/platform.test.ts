import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type TestApp } from './support/app.js';
import { seedDemoData } from '../src/seed.js';
import { pendingMigrations } from '../src/shared/db/migrate.js';
import { MAX_BODY_BYTES } from '../src/shared/http.js';
import { answered } from './support/cost.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const sql = (query: string) => app.orm.em.getConnection().execute(query);

const VIEWER = JSON.stringify({ query: '{ viewer { login } }' });

/** A POST to /graphql of `server`, with `headers` besides the JSON content type. */
const post = (server: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('schema and migrations', () => {
  it('has every migration applied, and the migrations match the entities (a fresh diff is empty)', async () => {
    expect(await pendingMigrations(app.orm)).toEqual([]);
    const diff = await app.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
    expect(await app.orm.migrator.checkMigrationNeeded()).toBe(false);
  });
});

describe('the audit trail', () => {
  it('rejects UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const count = async () => ((await sql('select count(*)::int as n from audit_entry')) as { n: number }[])[0]?.n;
    const n = await count();
    expect(n).toBeGreaterThan(0);
    await expect(sql(`update audit_entry set actor = 'mallory'`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_entry')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_entry')).rejects.toThrow(/append-only/);
    expect(await count()).toBe(n);
  });
});

describe('demo data', () => {
  it('is loaded by an idempotent seeder: a second run adds nothing', async () => {
    const count = async () =>
      (await sql('select (select count(*) from unit) + (select count(*) from person) + (select count(*) from app_user) as n')) as {
        n: string;
      }[];
    const before = await count();
    expect(await seedDemoData(app.orm)).toBeNull();
    expect(await count()).toEqual(before);
  });

  it('has the provincial units, 13 regions with 5 political-legal units each, and principal heads', async () => {
    const [row] = (await sql(`select
        (select count(*)::int from region) as regions,
        (select count(*)::int from unit where level = 'PREFECTURE' and kind <> 'OTHER') as regional,
        (select count(*)::int from person where is_principal_head) as heads,
        (select count(*)::int from decision_category) as categories`)) as Record<string, number>[];
    // 13 regions × 5 political-legal units, and the 12 farm-reclamation courts and procuratorates.
    expect(row).toEqual({ regions: 13, regional: 65 + 12, heads: expect.any(Number), categories: 11 });
    // Every regional unit, every provincial unit but the commission's six divisions, and the Harbin government.
    expect(row!.heads).toBe(65 + 12 + 10 + 1);
  });
});

describe('errors', () => {
  it('masks unexpected failures as INTERNAL_SERVER_ERROR with a request id, and no stack trace', async () => {
    // Break this file's private database under the server's feet.
    await sql('alter table region rename to region_gone');
    try {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await app.token('admin')}`,
          'x-request-id': 'req-masking-1',
        },
        body: JSON.stringify({ query: '{ regions { nodes { name } } }' }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(res.headers.get('x-request-id')).toBe('req-masking-1');
      expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-masking-1' });
      expect(body.errors[0]!.message).toContain('req-masking-1');
      expect(JSON.stringify(body)).not.toMatch(/region_gone|relation|stack/i);
    } finally {
      await sql('alter table region_gone rename to region');
    }
  });

  it('answers malformed requests with a client error, never a 500', async () => {
    const token = await app.token('admin');
    const post = (body: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    expect((await post('{not json')).status).toBe(400);
    const parse = await post(JSON.stringify({ query: '{ units { ' }));
    expect(parse.status).toBe(400);
    const validation = await post(JSON.stringify({ query: '{ noSuchField }' }));
    expect(validation.status).toBe(400);
    expect(((await validation.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('marks every answer of the graph, data or errors, as not to be stored', async () => {
    const token = await app.token('admin');
    const send = (query: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
    for (const query of ['{ regions { nodes { name } } }', '{ noSuchField }', '{ node(id: "nope") { id } }']) {
      expect((await send(query)).headers.get('cache-control')).toBe('no-store');
    }
  });

  it('refuses queries that nest too deep or ask for too much with QUERY_TOO_COMPLEX', async () => {
    const token = await app.token('admin');
    const ask = async (query: string) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { errors?: { extensions: { code: string } }[] };
    };
    const deep = `{ units(first: 1) { nodes { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } } }`;
    expect((await ask(deep)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    const wide = '{ units(first: 100) { nodes { children(first: 100) { nodes { children(first: 100) { nodes { code } } } } } } }';
    expect((await ask(wide)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    // Connections without `first` count as the default page, whatever the field is called.
    const defaults = '{ units(first: 100) { nodes { children { nodes { people { nodes { unit { children { nodes { code } } } } } } } } } }';
    expect((await ask(defaults)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    const viaFragment =
      'query { units(first: 100) { ...deep } } fragment deep on UnitConnection { nodes { children(first: 100) { nodes { people(first: 10) { nodes { name } } } } } }';
    expect((await ask(viaFragment)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await ask('{ units(first: 10) { nodes { children(first: 5) { nodes { code } } } } }')).errors).toBeUndefined();
  });
});

describe('CORS', () => {
  it('answers a preflight from a browser frontend', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('marks the answer to a browser request as readable by its origin, and sends no unauthenticated data', async () => {
    const res = await post(app, VIEWER, { origin: 'http://localhost:5173' });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('CORS with a list of allowed origins', () => {
  let listed: TestApp;
  let token: string;
  beforeAll(async () => {
    listed = await startApp({ env: { CORS_ORIGINS: 'https://app.example.org, https://ops.example.org' } });
    token = await listed.token('admin');
  });
  afterAll(() => listed.close());

  it('answers a listed origin, naming that origin', async () => {
    let res: Response | undefined;
    const statements = await listed.countStatements(async () => {
      res = await post(listed, VIEWER, { origin: 'https://ops.example.org', authorization: `Bearer ${token}` });
    });
    expect(res!.status).toBe(200);
    expect(res!.headers.get('access-control-allow-origin')).toBe('https://ops.example.org');
    expect(res!.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(res!.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(await res!.json()).toEqual(answered({ viewer: { login: 'admin' } }));
    expect(statements).toBeGreaterThan(0);

    const preflight = await fetch(`${listed.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('refuses any other origin with 403 and a FORBIDDEN error, running nothing', async () => {
    // Not listed, or listed only under another scheme or port.
    for (const origin of ['https://evil.example.org', 'http://app.example.org', 'https://app.example.org:8443', 'null']) {
      let res: Response | undefined;
      const statements = await listed.countStatements(async () => {
        res = await post(listed, VIEWER, { origin, authorization: `Bearer ${token}` });
      });
      expect(res!.status).toBe(403);
      expect(res!.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res!.headers.get('access-control-allow-origin')).toBeNull();
      expect(await res!.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] });
      expect(statements).toBe(0);

      const preflight = await fetch(`${listed.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    }
  });

  it('lets a page the server itself served call it, whatever the list says', async () => {
    const own = new URL(listed.url).origin;
    const res = await post(listed, VIEWER, { origin: own, authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(answered({ viewer: { login: 'admin' } }));
    // The same host on another port is another origin.
    const port = Number(new URL(listed.url).port);
    expect((await post(listed, VIEWER, { origin: `http://127.0.0.1:${port + 1}`, authorization: `Bearer ${token}` })).status).toBe(403);
  });

  it('leaves requests without an Origin header (servers, scripts) alone', async () => {
    const res = await post(listed, VIEWER, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual(answered({ viewer: { login: 'admin' } }));
    expect((await fetch(`${listed.url}/healthz`)).status).toBe(200);
  });
});

describe('the request body limit', () => {
  it(`answers a POST body over ${MAX_BODY_BYTES} bytes with 413 and a JSON error, takes one at the limit, and stays up`, async () => {
    const authorization = `Bearer ${await app.token('admin')}`;
    // JSON allows whitespace after the value: the same query, padded to the limit.
    const atLimit = VIEWER + ' '.repeat(MAX_BODY_BYTES - Buffer.byteLength(VIEWER));
    for (const body of [`${atLimit} `, atLimit + ' '.repeat(4 * MAX_BODY_BYTES)]) {
      const res = await post(app, body, { authorization });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        errors: [{ message: expect.stringContaining(String(MAX_BODY_BYTES)), extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    const fits = await post(app, atLimit, { authorization });
    expect(fits.status).toBe(200);
    expect(await fits.json()).toEqual(answered({ viewer: { login: 'admin' } }));
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

describe('readiness', () => {
  it('answers /readyz 503 while the database is unreachable and 200 once it is back, /healthz 200 throughout', async () => {
    const own = await startApp();
    const url = own.config.databaseUrl!;
    const database = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: inject('adminUrl') });
    await admin.connect();
    const readyz = async () => {
      const res = await fetch(`${own.url}/readyz`);
      return { status: res.status, body: await res.json() };
    };
    try {
      expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
      // Take the database away: no new connections, and the server's open ones ended.
      await admin.query(`alter database ${database} allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
        database,
      ]);
      const probe = new pg.Client({ connectionString: url });
      await expect(probe.connect()).rejects.toThrow(/not currently accepting connections/);
      await probe.end().catch(() => {});
      // Once for the ended pooled connection, once for a new one that cannot be opened.
      for (let i = 0; i < 2; i++)
        expect(await readyz()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
      expect((await fetch(`${own.url}/healthz`)).status).toBe(200);

      await admin.query(`alter database ${database} allow_connections true`);
      expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
    } finally {
      await admin.query(`alter database ${database} allow_connections true`);
      await admin.end();
      await own.close();
    }
  });
});
