// Boots the built server (node dist/main.js) on the embedded PostgreSQL, as a new user would, and
// checks: it becomes ready, serves the demo data, keeps data across a restart, recovers from a
// killed run whose PostgreSQL was left behind, and shuts down on SIGTERM leaving no postgres.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reform-graph-smoke-'));
chmodSync(dataDir, 0o755);
const port = await freePort();
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'info' };
delete env.DATABASE_URL;
const base = `http://127.0.0.1:${port}`;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
  });
}

function step(message) {
  process.stdout.write(`smoke: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`smoke: FAILED: ${message}\n`);
  cleanup();
  process.exit(1);
}

function postgresPids() {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('postgres') && line.includes(dataDir) && !line.includes('smoke.mjs'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

function cleanup() {
  for (const pid of postgresPids()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

function boot(user) {
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], ...user });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

async function waitReady(server) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) fail(`the server exited during start:\n${server.output()}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`/readyz did not answer 200 within 90 s:\n${server.output()}`);
}

async function gql(query, variables) {
  const token = execFileSync(process.execPath, ['dist/cli/token.js', 'admin'], { cwd: root, env, encoding: 'utf8' }).trim();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) fail(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function stop(server) {
  server.child.kill('SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000));
  const result = await Promise.race([server.exited, timeout]);
  if (result === 'timeout') fail('the server did not stop within 30 s of SIGTERM');
  if (result.code !== 0) fail(`the server exited with ${JSON.stringify(result)} on SIGTERM:\n${server.output()}`);
  await new Promise((r) => setTimeout(r, 500));
  const left = postgresPids();
  if (left.length) fail(`postgres processes left running after shutdown: ${left.join(', ')}`);
}

try {
  step(`booting node dist/main.js with DATA_DIR=${dataDir}`);
  let server = boot();
  await waitReady(server);
  const health = await fetch(`${base}/healthz`);
  if (health.status !== 200) fail('/healthz did not answer 200');
  // The built server finds the explorer that `npm run build` bundled into dist/explorer/.
  const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  const script = (await page.text()).match(/src="(\/explorer\/explorer-\w+\.js)"/)?.[1];
  if (page.status !== 200 || !script || (await fetch(`${base}${script}`)).status !== 200)
    fail('the explorer page or its script is not served');
  const first = await gql('{ units(first: 1) { totalCount } decisionCategories { totalCount } }');
  if (first.units.totalCount < 80 || first.decisionCategories.totalCount !== 11) fail(`unexpected demo data: ${JSON.stringify(first)}`);
  step(`ready; ${first.units.totalCount} units, ${first.decisionCategories.totalCount} decision categories`);
  await gql('mutation ($input: CreateUnitInput!) { createUnit(input: $input) { userErrors { code } } }', {
    input: { code: 'SMOKE-1', name: '冒烟测试单位', kind: 'OTHER', level: 'PROVINCE' },
  });
  await stop(server);
  step('stopped cleanly on SIGTERM; no postgres left');

  server = boot();
  await waitReady(server);
  const again = await gql('{ unit(code: "SMOKE-1") { name } units(first: 1) { totalCount } }');
  if (!again.unit || again.units.totalCount !== first.units.totalCount + 1)
    fail(`data did not survive a restart: ${JSON.stringify(again)}`);
  step('data survived a restart; demo data not loaded twice');

  server.child.kill('SIGKILL');
  await server.exited;
  if (postgresPids().length === 0) fail('expected the killed server to leave its postgres behind');
  step('killed the server with SIGKILL; its postgres is still running');
  server = boot();
  await waitReady(server);
  if (!server.output().includes('left running by an earlier run')) fail(`the orphaned postgres was not reported:\n${server.output()}`);
  await stop(server);
  step('the next start stopped the orphaned postgres, served, and shut down cleanly');

  // The same as a normal user, where this machine lets one reach the checkout.
  const nobody = { uid: 65534, gid: 65534 };
  const reachable = process.getuid?.() === 0 && spawnSync('/bin/sh', ['-c', 'test -r dist/main.js'], { cwd: root, ...nobody }).status === 0;
  if (reachable) {
    rmSync(dataDir, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', dataDir]);
    chownSync(dataDir, nobody.uid, nobody.gid);
    server = boot(nobody);
    await waitReady(server);
    await stop(server);
    step('booted, served and stopped as a normal user (uid 65534)');
  } else {
    step('skipped the normal-user boot: not root, or the checkout is not readable by other users');
  }
  cleanup();
  step('passed');
} catch (error) {
  fail(error instanceof Error ? error.stack : String(error));
}
