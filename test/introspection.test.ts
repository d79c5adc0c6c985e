import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { asksForSchema } from '../src/shared/graphql/introspection.js';
import { startApp, type TestApp } from './support/app.js';
import { post } from './support/post.js';
import { answered } from './support/cost.js';

// Production keeps the schema to itself: introspection for admins only unless INTROSPECTION says
// otherwise, and no "Did you mean …" in errors.

const production = { NODE_ENV: 'production', CORS_ORIGINS: 'https://ledger.example.org' };

const ask = (app: TestApp, query: string, as: string, language?: string) => post(app, { query }, as, language);

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE_IN_FRAGMENT = 'query { ...F } fragment F on Query { __type(name: "Unit") { name } }';

describe('introspection in production (default: admins only)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ env: production });
  });
  afterAll(() => app.close());

  it('refuses a signed-in user who is no admin, also through a fragment, before anything runs', async () => {
    for (const query of [SCHEMA, TYPE_IN_FRAGMENT]) {
      const refused = await ask(app, query, 'viewer');
      expect(refused.status).toBe(403);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.body.errors?.[0]?.message).toMatch(/administrators/);
    }
    const zh = await ask(app, SCHEMA, 'staff', 'zh-CN');
    expect(zh.body.errors?.[0]?.message).toBe('本服务器只允许系统管理员读取接口模式（__schema、__type）。');
  });

  it('lets admins read the schema, and everyone ask __typename', async () => {
    expect((await ask(app, SCHEMA, 'admin')).body).toEqual(answered({ __schema: { queryType: { name: 'Query' } } }));
    expect((await ask(app, TYPE_IN_FRAGMENT, 'admin')).body).toEqual(answered({ __type: { name: 'Unit' } }));
    expect((await ask(app, '{ viewer { __typename login } }', 'viewer')).body).toEqual(
      answered({ viewer: { __typename: 'User', login: 'viewer' } }),
    );
  });

  it('suggests no names in errors', async () => {
    const misspelt = await ask(app, '{ viewer { logn } }', 'viewer');
    expect(misspelt.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(misspelt.body.errors?.[0]?.message).not.toMatch(/Did you mean|login/);
  });
});

describe('the INTROSPECTION setting', () => {
  it('outside production: on for every signed-in user, with suggestions', async () => {
    const app = await startApp();
    try {
      expect((await ask(app, SCHEMA, 'viewer')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await ask(app, '{ viewer { logn } }', 'viewer')).body.errors?.[0]?.message).toMatch(/Did you mean "login"/);
    } finally {
      await app.close();
    }
  });

  it('on in production for everyone with INTROSPECTION=on; off for admins too with INTROSPECTION=off', async () => {
    const open = await startApp({ env: { ...production, INTROSPECTION: 'on' } });
    try {
      expect((await ask(open, SCHEMA, 'viewer')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await open.close();
    }
    const closed = await startApp({ env: { INTROSPECTION: 'off' } });
    try {
      const refused = await ask(closed, SCHEMA, 'admin');
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.message).toMatch(/INTROSPECTION=off/);
    } finally {
      await closed.close();
    }
  });

  it('defaults by mode and refuses anything else', () => {
    expect(loadConfig({}).introspection).toBe('on');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).introspection).toBe('admins');
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION must be one of on, admins, off/);
  });

  it('knows introspection when it sees it', () => {
    expect(asksForSchema(parse(SCHEMA))).toBe(true);
    expect(asksForSchema(parse(TYPE_IN_FRAGMENT))).toBe(true);
    expect(asksForSchema(parse('{ viewer { __typename } }'))).toBe(false);
  });
});
