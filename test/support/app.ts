import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { ormConfig } from '../../src/mikro-orm.config.js';
import { createAppServer, type AppServer } from '../../src/server.js';
import { signToken } from '../../src/shared/auth/jwt.js';
import type { ExecutionCounts } from '../../src/shared/graphql/compiled-execution.js';
import { SettableClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { cloneTemplate } from './databases.js';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

/** How a test request is sent: with this token instead of the demo user's, with this `Accept-Language`. */
export interface RequestOptions {
  token?: string;
  language?: string;
}

export interface TestApp {
  url: string;
  config: Config;
  orm: MikroORM;
  /** The server's clock: real time until a test sets it; time moves by setting it, never by sleeping. */
  clock: SettableClock;
  /** Runs an operation over HTTP as the given demo user (`null` sends no token), in `language` (`Accept-Language`) if given. */
  gql<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    options?: RequestOptions & { as?: string | null },
  ): Promise<GraphQLResponse<T>>;
  /** Like `gql`, but fails the test on any error and returns `data`. */
  ok<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    options?: RequestOptions & { as?: string },
  ): Promise<T>;
  token(username: string): Promise<string>;
  /** How many operations ran compiled and interpreted (src/shared/graphql/compiled-execution.ts). */
  execution: ExecutionCounts;
  /** SQL statements the app runs while `body` runs. */
  countStatements(body: () => Promise<unknown>): Promise<number>;
  /** The SQL statements (text with `?` placeholders, and bindings) the app runs while `body` runs. */
  captureStatements(body: () => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

export interface Statement {
  sql: string;
  bindings: unknown[];
}

let counter = 0;

/**
 * Limits no ordinary test reaches: tests send many requests fast as one demo user, and a busy CI
 * machine may run a statement slowly. Tests of the limits set small ones through `env`.
 */
const GENEROUS_LIMITS = {
  RATE_LIMIT_POINTS: '100000000',
  RATE_LIMIT_RESTORE_PER_SECOND: '100000000',
  RATE_LIMIT_IP_REQUESTS: '100000000',
  RATE_LIMIT_IP_RESTORE_PER_SECOND: '100000000',
  STATEMENT_TIMEOUT_MS: '60000',
  REQUEST_DEADLINE_MS: '120000',
};

/**
 * Starts the real HTTP server on a private clone of the seeded template database, or, with
 * `replicaOf`, a second server on that app's database, with its secret and its clock (a replica
 * behind the same load balancer).
 */
export async function startApp(
  options: { log?: NodeJS.WritableStream; env?: Record<string, string>; replicaOf?: TestApp } = {},
): Promise<TestApp> {
  const { replicaOf } = options;
  const url =
    replicaOf?.config.databaseUrl ??
    (await cloneTemplate(inject('adminUrl'), inject('templateDatabase'), `rg_test_${inject('runId')}_${process.pid}_${counter++}`));
  const secret = replicaOf?.config.jwt.key.kind === 'secret' ? new TextDecoder().decode(replicaOf.config.jwt.key.secret) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET: secret ?? randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'silent',
    ...GENEROUS_LIMITS,
    // Every request reads its viewer's account, as the statement counts expect; test/viewer-cache.test.ts turns the cache on.
    VIEWER_CACHE_SECONDS: '0',
    // Every document runs compiled from its first request, so every test goes through that path (production compiles at the second).
    COMPILED_EXECUTION: 'always',
    // The database is a copy of the demo data: the explorer offers its users by name.
    SEED_DEMO: '1',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'reform-graph-data-')),
    ...options.env,
  });
  const orm = await MikroORM.init(ormConfig(url, {}, config.limits.statementTimeoutMs));
  const clock = replicaOf?.clock ?? new SettableClock();
  const server: AppServer = await createAppServer(config, orm, createLogger(options.log ? 'info' : 'silent', options.log), clock);
  const port = await server.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  let statements = 0;
  let captured: Statement[] | undefined;
  orm.em.getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => {
    statements++;
    captured?.push({ sql: query.sql, bindings: query.bindings ?? [] });
  });

  const app: TestApp = {
    url: `http://127.0.0.1:${port}`,
    config,
    orm,
    clock,
    execution: server.execution,
    token: (username) => signToken(config.jwt, username),
    async gql(document, variables, options = {}) {
      const as = options.as === undefined ? 'admin' : options.as;
      const token = options.token ?? (as === null ? undefined : await app.token(as));
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(options.language ? { 'accept-language': options.language } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body };
    },
    async ok(document, variables, options) {
      const response = await app.gql(document, variables, options);
      if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data;
    },
    async countStatements(body) {
      const before = statements;
      await body();
      return statements - before;
    },
    async captureStatements(body) {
      const mine: Statement[] = [];
      captured = mine;
      try {
        await body();
      } finally {
        captured = undefined;
      }
      return mine;
    },
    async close() {
      await server.close();
      await orm.close();
    },
  };
  return app;
}

/** The code of each top-level error. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
