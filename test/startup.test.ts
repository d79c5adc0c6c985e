import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { databaseUrl } from './support/databases.js';

// The server process as `npm start` runs it, against a server of one's own (DATABASE_URL): it always
// migrates, and loads the demo data only when SEED_DEMO says so.

let counter = 0;

async function emptyDatabase(): Promise<string> {
  const name = `rg_start_${inject('runId')}_${process.pid}_${counter++}`;
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return databaseUrl(inject('adminUrl'), name);
}

/** Starts src/main.ts, stops it with SIGTERM once `served(line)` holds, and returns the lines it printed. */
async function runUntil(env: Record<string, string>, served: (line: string) => boolean): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'info',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'rg-start-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (served(line)) child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  return lines;
}

/** Starts src/main.ts logging JSON, waits for its "serving" line, stops it, and returns what it logged. */
async function startAndStop(env: Record<string, string>): Promise<Record<string, unknown>[]> {
  const lines = await runUntil({ LOG_FORMAT: 'json', ...env }, (line) => line.includes('"msg":"Reform Graph is serving"'));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function unitCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>('select count(*)::int as count from unit');
    return rows[0]!.count;
  } finally {
    await client.end();
  }
}

describe('starting on a server of one’s own', () => {
  it('migrates but loads no demo data unless SEED_DEMO=1', { timeout: 120_000 }, async () => {
    const url = await emptyDatabase();
    const first = await startAndStop({ DATABASE_URL: url });
    expect(first.some((l) => l.msg === 'demo data loaded')).toBe(false);
    expect(await unitCount(url)).toBe(0);

    const second = await startAndStop({ DATABASE_URL: url, SEED_DEMO: '1' });
    expect(second.find((l) => l.msg === 'demo data loaded')).toMatchObject({ units: expect.any(Number) });
    const units = await unitCount(url);
    expect(units).toBeGreaterThan(80);

    // Once the database holds data, SEED_DEMO adds nothing more.
    const third = await startAndStop({ DATABASE_URL: url, SEED_DEMO: '1' });
    expect(third.some((l) => l.msg === 'demo data loaded')).toBe(false);
    expect(await unitCount(url)).toBe(units);
  });
});

describe('what a person reads at start', () => {
  it(
    'outside production: readable lines saying where the graph and the explorer are and how to get a token',
    { timeout: 120_000 },
    async () => {
      const url = await emptyDatabase();
      const lines = await runUntil({ DATABASE_URL: url }, (line) => line.includes('Ctrl-C stops'));
      expect(lines.every((line) => !line.startsWith('{'))).toBe(true);
      const serving = lines.findIndex((line) => /Reform Graph is serving http:\/\/127\.0\.0\.1:\d+\/graphql/.test(line));
      expect(serving).toBeGreaterThanOrEqual(0);
      const block = lines.slice(serving).join('\n');
      expect(block).toMatch(/Explorer: open http:\/\/127\.0\.0\.1:\d+\/graphql in a browser/);
      // A database of one's own without SEED_DEMO is no demo: no demo users by name.
      expect(block).toContain('Sign in:  there, as a pasted token');
      expect(block).toContain('npm run token -- admin');
      expect(block).toContain('authorization: Bearer <token>');
    },
  );

  it('in production: one JSON object per line, the serving one naming graph and explorer', { timeout: 120_000 }, async () => {
    const url = await emptyDatabase();
    const lines = await runUntil(
      { DATABASE_URL: url, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CORS_ORIGINS: 'https://app.example.org' },
      (line) => line.includes('Reform Graph is serving'),
    );
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.find((e) => e.msg === 'Reform Graph is serving')).toMatchObject({
      url: expect.stringMatching(/\/graphql$/),
      explorer: expect.stringMatching(/\/graphql$/),
    });
  });
});
