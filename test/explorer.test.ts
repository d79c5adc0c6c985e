import { readFileSync } from 'node:fs';
import http from 'node:http';
import { PassThrough } from 'node:stream';
import { Kind, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { examples } from '../src/explorer/examples.js';
import { buildAppSchema } from '../src/schema.js';
import { acceptsGzip } from '../src/shared/http.js';
import { createLogger } from '../src/shared/logger.js';
import { EXPLORER_CSP } from '../src/web/explorer.js';
import { ViewerDocument } from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';

// The explorer as HTTP sees it: the page and its headers, its files, the switch that turns it off,
// `/`, and the sign-in endpoints the page uses. test/explorer.browser.test.ts drives it in Chromium.

const manifest = JSON.parse(readFileSync(new URL('../dist/explorer/manifest.json', import.meta.url), 'utf8')) as {
  script: string;
  styles: string[];
  files: string[];
};
const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const json = { 'content-type': 'application/json' };

let app: TestApp;
const logLines: string[] = [];
beforeAll(async () => {
  const log = new PassThrough();
  log.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  app = await startApp({ log });
});
afterAll(() => app.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers, redirect: 'manual' });
const demoToken = (body: string, headers: Record<string, string> = json) =>
  fetch(`${app.url}/auth/demo-token`, { method: 'POST', headers, body });

describe('the explorer page', () => {
  it('is what a browser gets at /graphql, with a CSP that allows this origin only', async () => {
    const response = await get('/graphql', html);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const csp = Object.fromEntries(EXPLORER_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(csp).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(EXPLORER_CSP).not.toContain('unsafe-eval');
    expect(EXPLORER_CSP).not.toMatch(/https?:|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const page = await response.text();
    expect(page).toContain(`<script type="module" src="/explorer/${manifest.script}"></script>`);
    for (const style of manifest.styles) expect(page).toContain(`href="/explorer/${style}"`);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('is served for the identity provider’s way back (?code&state), not handed to Apollo', async () => {
    const response = await get('/graphql?code=abc&state=xyz', html);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('leaves GraphQL over HTTP as it was, and Apollo serves no landing page', async () => {
    expect((await app.gql(ViewerDocument, {}, { as: 'staff' })).data?.viewer.login).toBe('staff');
    const plain = await get('/graphql');
    expect(plain.headers.get('content-type')).not.toContain('text/html');
    expect(plain.status).toBe(400);
  });

  it('serves each bundled file with its type, cached for good', async () => {
    const types: Record<string, string> = {
      js: 'text/javascript; charset=utf-8',
      css: 'text/css; charset=utf-8',
      woff2: 'font/woff2',
      ttf: 'font/ttf',
    };
    const seen = new Set<string>();
    for (const file of manifest.files) {
      const extension = file.split('.').pop()!;
      if (!types[extension] || seen.has(extension)) continue;
      seen.add(extension);
      const response = await get(`/explorer/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(types[extension]);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect([...seen].sort()).toEqual(['css', 'js', 'ttf', 'woff2']);
    // Gzipped where the client takes it, the same bytes once unpacked.
    const script = `/explorer/${manifest.script}`;
    const plain = Buffer.from(await (await get(script, { 'accept-encoding': 'identity' })).arrayBuffer());
    const packed = await get(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    expect(packed.headers.get('vary')).toBe('accept-encoding');
    expect(Buffer.from(await packed.arrayBuffer()).equals(plain)).toBe(true);
    // Gzip where Accept-Encoding names it (or `*`) with a quality above 0.
    expect(['gzip', 'br, GZIP;q=0.5', '*', 'deflate, *;q=0.1'].map(acceptsGzip)).toEqual([true, true, true, true]);
    expect([undefined, '', 'identity', 'gzip;q=0', 'gzip;q=0, *', '*;q=0', 'gzip;q=oops'].map(acceptsGzip)).toEqual(Array(7).fill(false));
    // A client that refuses gzip (q=0) gets the plain file.
    const refusing = await get(script, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refusing.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await refusing.arrayBuffer()).equals(plain)).toBe(true);
    // Three Monaco workers, each a file of its own.
    expect(manifest.files.filter((f) => /^(editor|json|graphql)\.worker-\w+\.js$/.test(f))).toHaveLength(3);
  });

  it('serves nothing else from /explorer/', async () => {
    for (const path of [
      '/explorer/manifest.json',
      '/explorer/nope-123.js',
      '/explorer/..%2F..%2Fpackage.json',
      '/explorer/../package.json',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});

describe('/', () => {
  it('sends a browser to the explorer and tells anything else where things are', async () => {
    const browser = await get('/', html);
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/graphql');
    const client = await get('/', { accept: 'application/json' });
    expect(client.status).toBe(200);
    expect(await client.json()).toMatchObject({ graph: '/graphql', explorer: '/graphql', signIn: '/auth/config' });
  });
});

describe('EXPLORER=off', () => {
  it('is validated like every other setting', () => {
    expect(() => loadConfig({ EXPLORER: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ EXPLORER: 'maybe' })).toThrow(/EXPLORER/);
    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'off' }).explorer).toBe(false);
  });

  it('leaves browsers a 404 that says so, and the graph as it was', async () => {
    const off = await startApp({ env: { EXPLORER: 'off' } });
    try {
      const page = await fetch(`${off.url}/graphql`, { headers: html });
      expect(page.status).toBe(404);
      expect(((await page.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(/explorer is off/),
      });
      expect((await fetch(`${off.url}/explorer/${manifest.script}`)).status).toBe(404);
      const root = await fetch(`${off.url}/`, { headers: html, redirect: 'manual' });
      expect(root.status).toBe(200);
      expect(await root.json()).toMatchObject({ graph: '/graphql', explorer: null });
      expect((await off.gql(ViewerDocument, {}, { as: 'viewer' })).data?.viewer.login).toBe('viewer');
    } finally {
      await off.close();
    }
  });
});

const schema = await buildAppSchema();

describe('the example tabs', () => {
  it.each(examples.map((e) => [e.title, e] as const))('%s: valid against the schema', (_title, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
  });

  it.each(examples.map((e) => [e.title, e] as const))('%s: runs on the demo data, with its variables', async (_title, example) => {
    const token = await app.token('staff');
    const document = parse(example.query);
    const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    for (const operationName of operations) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: example.query, operationName, variables: JSON.parse(example.variables ?? '{}') as unknown }),
      });
      const body = (await response.json()) as { data?: Record<string, { nodes?: unknown[] }>; errors?: unknown };
      expect(body.errors, operationName).toBeUndefined();
      const first = Object.values(body.data ?? {})[0];
      expect(first?.nodes?.length, `${operationName} finds something in the demo data`).toBeGreaterThan(0);
    }
  });
});

describe('sign-in endpoints', () => {
  it('/auth/config offers demo users outside production and no identity provider by default', async () => {
    const response = await get('/auth/config');
    expect(await response.json()).toEqual({ demoUsers: true, oidc: null });
  });

  it('/auth/config names the configured issuer, and none while it cannot be reached', async () => {
    let up = true;
    const idp = http.createServer((req, res) => {
      if (!up) return res.writeHead(503).end();
      const issuer = `http://127.0.0.1:${(idp.address() as { port: number }).port}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
        }),
      );
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(idp.address() as { port: number }).port}`;
    up = false;
    const withIdp = await startApp({ env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'explorer' } });
    try {
      // Down at first: the page offers the other ways; discovery is asked again on the next load.
      expect(await (await fetch(`${withIdp.url}/auth/config`)).json()).toEqual({ demoUsers: true, oidc: null });
      up = true;
      expect(await (await fetch(`${withIdp.url}/auth/config`)).json()).toEqual({
        demoUsers: true,
        oidc: { issuer, clientId: 'explorer', authorizationEndpoint: `${issuer}/auth`, scope: 'openid profile' },
      });
    } finally {
      await withIdp.close();
      idp.close();
    }
  });

  it('lists the active demo users by name', async () => {
    const before = (await (await get('/auth/demo-users')).json()) as { users: { login: string; displayName: string; roles: string[] }[] };
    expect(before.users).toHaveLength(9);
    expect(before.users[1]).toEqual({ login: 'staff', displayName: '省委政法委改革处工作人员', roles: ['COMMISSION_STAFF'] });
    await app.orm.em.getConnection().execute(`update app_user set active = false where username = 'viewer'`);
    try {
      const after = (await (await get('/auth/demo-users')).json()) as { users: { login: string }[] };
      expect(after.users.map((u) => u.login)).not.toContain('viewer');
      expect((await demoToken('{"login":"viewer"}')).status).toBe(404);
    } finally {
      await app.orm.em.getConnection().execute(`update app_user set active = true where username = 'viewer'`);
    }
  });

  it('hands out a token that the graph accepts, signed like `npm run token`', async () => {
    const response = await demoToken('{"login":"officer"}');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(7 * 3600_000);
    expect((await app.gql(ViewerDocument, {}, { token })).data?.viewer.login).toBe('officer');
  });

  it('refuses bad requests with a code, never a 500', async () => {
    const cases: [Promise<Response>, number, string][] = [
      [demoToken('{"login":"nobody"}'), 404, 'UNKNOWN_DEMO_USER'],
      [demoToken('{"login":'), 400, 'BAD_REQUEST'],
      [demoToken('null'), 400, 'BAD_REQUEST'],
      [demoToken('{"login":42}'), 400, 'BAD_REQUEST'],
      [demoToken(JSON.stringify({ login: 'x'.repeat(10_000) })), 413, 'BAD_REQUEST'],
      [demoToken('{"login":"staff"}', { 'content-type': 'text/plain' }), 415, 'BAD_REQUEST'],
      [demoToken('{"login":"staff"}', { ...json, origin: 'http://elsewhere.example' }), 403, 'FORBIDDEN'],
      [get('/auth/demo-token'), 405, 'METHOD_NOT_ALLOWED'],
      [fetch(`${app.url}/auth/config`, { method: 'POST' }), 405, 'METHOD_NOT_ALLOWED'],
    ];
    for (const [request, status, code] of cases) {
      const response = await request;
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
      if (status === 405) expect(response.headers.get('allow')).toMatch(/^(GET|POST)$/);
    }
    // Content types are case-insensitive, as HTTP says.
    expect((await demoToken('{"login":"staff"}', { 'content-type': 'Application/JSON; charset=utf-8' })).status).toBe(200);
    // In the language asked for; the code stays.
    const zh = await demoToken('{"login":"nobody"}', { ...json, 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(404);
    expect(await zh.json()).toEqual({ error: { code: 'UNKNOWN_DEMO_USER', message: '没有使用此登录名的有效演示用户。' } });
  });

  it('go only to a page on a name no other site can point here (DNS rebinding)', async () => {
    const port = new URL(app.url).port;
    const post = (host: string, origin?: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/auth/demo-token',
            method: 'POST',
            headers: { host, 'content-type': 'application/json', ...(origin ? { origin } : {}) },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end('{"login":"admin"}');
      });
    // The attacker's page, its name pointed at 127.0.0.1: Origin and Host agree, and both are theirs.
    expect(await post(`rebound.example:${port}`, `http://rebound.example:${port}`)).toBe(403);
    expect(await post(`rebound.example:${port}`)).toBe(403);
    expect(await post(`localhost:${port}`, `http://localhost:${port}`)).toBe(200);
    expect(await post(`127.0.0.1:${port}`)).toBe(200);
    expect(await post(`[::1]:${port}`)).toBe(200);
  });

  it('are off on a database of one’s own that is no demo (no SEED_DEMO), where `admin` may be a real account', async () => {
    const own = await startApp({ env: { SEED_DEMO: '0' } });
    try {
      expect(await (await fetch(`${own.url}/auth/config`)).json()).toEqual({ demoUsers: false, oidc: null });
      expect((await fetch(`${own.url}/auth/demo-users`)).status).toBe(404);
      const token = await fetch(`${own.url}/auth/demo-token`, { method: 'POST', headers: json, body: '{"login":"admin"}' });
      expect(token.status).toBe(404);
    } finally {
      await own.close();
    }
  });

  it('are gone in production, where the explorer stays', async () => {
    const production = await startApp({ env: { NODE_ENV: 'production', CORS_ORIGINS: 'https://ledger.example.org' } });
    try {
      expect(await (await fetch(`${production.url}/auth/config`)).json()).toEqual({ demoUsers: false, oidc: null });
      expect((await fetch(`${production.url}/auth/demo-users`)).status).toBe(404);
      const token = await fetch(`${production.url}/auth/demo-token`, { method: 'POST', headers: json, body: '{"login":"admin"}' });
      expect(token.status).toBe(404);
      expect(((await token.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      expect((await fetch(`${production.url}/graphql`, { headers: html })).status).toBe(200);
    } finally {
      await production.close();
    }
  });
});

describe('tokens in logs', () => {
  it('never appear: not the demo token, not a refused one', async () => {
    const { token } = (await (await demoToken('{"login":"staff"}')).json()) as { token: string };
    await app.gql(ViewerDocument, {}, { token });
    const refused = `${token.slice(0, -4)}AAAA`;
    expect((await app.gql(ViewerDocument, {}, { token: refused })).status).toBe(401);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logLines.some((line) => line.includes('"demo token issued"'))).toBe(true);
    // Page views are not GraphQL requests, and are not logged as such.
    const pageView = (await get('/graphql', html)).headers.get('x-request-id')!;
    await app.gql(ViewerDocument, {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(logLines.filter((line) => line.includes(pageView))).toEqual([]);
    for (const secret of [token, refused, token.split('.')[2]!]) {
      expect(logLines.filter((line) => line.includes(secret))).toEqual([]);
    }
  });

  it('are blotted out should a header or token reach a log call', () => {
    const out = new PassThrough();
    const written: string[] = [];
    out.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
    const logger = createLogger('info', out);
    logger.info({ headers: { authorization: 'Bearer secret-1' }, token: 'secret-2', oidc: { codeVerifier: 'secret-3' } }, 'oops');
    logger.flush();
    const text = written.join('');
    expect(text).toContain('oops');
    expect(text).not.toMatch(/secret-\d/);
  });
});
