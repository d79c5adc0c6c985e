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

/** Starts src/main.ts, waits for its "serving" line, stops it with SIGTERM, and returns what it logged. */
async function startAndStop(env: Record<string, string>): Promise<Record<string, unknown>[]> {
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
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for await (const line of createInterface({ input: child.stdout })) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    lines.push(entry);
    if (entry.msg === 'Reform Graph is serving') {
      child.kill('SIGTERM');
    }
  }
  expect(await exited).toBe(0);
  return lines;
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
