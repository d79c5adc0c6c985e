import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { MikroORM } from '@mikro-orm/postgresql';
import { EmbeddedPostgres } from '../../src/shared/db/embedded-postgres.js';
import { migrate } from '../../src/shared/db/migrate.js';
import { ormConfig } from '../../src/mikro-orm.config.js';
import { seedDemoData } from '../../src/seed.js';
import { databaseUrl } from './databases.js';
import { buildExplorer } from '../../src/cli/build-explorer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    /** Names this run's databases, so teardown drops exactly those. */
    runId: string;
  }
}

/**
 * One PostgreSQL for the run — TEST_DATABASE_URL's server, or an embedded one in a temporary
 * folder — and one template database, migrated and seeded, that each test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The explorer's tests load its bundle from dist/explorer/; built once here when missing or stale.
  await buildExplorer({ ifStale: true });
  let embedded: EmbeddedPostgres | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'reform-graph-test-'));
    // PostgreSQL runs as `postgres` when we are root; it must reach the folder.
    chmodSync(dir, 0o755);
    embedded = new EmbeddedPostgres({ dir, port: 0, log: () => {}, warn: (message) => console.warn(message) });
    await embedded.start();
    adminUrl = embedded.url('postgres');
  }
  const runId = `${process.pid}_${Date.now()}`;
  const templateDatabase = `rg_template_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${templateDatabase}`);
  const orm = await MikroORM.init(ormConfig(databaseUrl(adminUrl, templateDatabase)));
  try {
    await migrate(orm);
    await seedDemoData(orm);
  } finally {
    await orm.close();
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`rg_%_${runId}%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
