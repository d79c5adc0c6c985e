import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { signToken } from '../src/shared/auth/jwt.js';

// The processes the benchmarks start and watch: the built server, the floor.

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Limits the load must never reach: the benchmark measures requests, not refusals.
export const GENEROUS_LIMITS = {
  RATE_LIMIT_POINTS: '100000000',
  RATE_LIMIT_RESTORE_PER_SECOND: '100000000',
  RATE_LIMIT_IP_REQUESTS: '100000000',
  RATE_LIMIT_IP_RESTORE_PER_SECOND: '100000000',
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('No free port.');
  return address.port;
}

export interface Child {
  process: ChildProcess;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a server process and waits until its URL answers a POST. */
export async function startChild(args: string[], env: Record<string, string>, port: number, route: string): Promise<Child> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}${route}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited: ${errors}`);
    const up = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (tries > 600) throw new Error(`${args.join(' ')} did not start: ${errors}`);
    await sleep(100);
  }
  if (child.pid === undefined) throw new Error('A child process has no pid.');
  return {
    process: child,
    url,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The resident set of a process, in bytes; 0 once it is gone. */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The built server (`dist/main.js`) in production mode on `databaseUrl`, with a fresh token secret
 * and limits the load never reaches; `token(login)` signs a token it takes.
 */
export async function startBuiltServer(
  databaseUrl: string,
): Promise<{ server: Child; base: string; token: (login: string) => Promise<string> }> {
  const secret = randomBytes(48).toString('base64url');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: secret });
  const port = await freePort();
  const server = await startChild(
    [path.join(root, 'dist/main.js')],
    { NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: secret, PORT: String(port), HOST: '127.0.0.1', ...GENEROUS_LIMITS },
    port,
    '/graphql',
  );
  return { server, base: `http://127.0.0.1:${port}`, token: (login) => signToken(config.jwt, login) };
}
