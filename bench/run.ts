import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { format } from 'prettier';
import { loadConfig } from '../src/config.js';
import { signToken } from '../src/shared/auth/jwt.js';
import { generate } from './generate.js';
import { findAnchors, operations, type Operation } from './operations.js';
import { GENEROUS_LIMITS, freePort, root, rssBytes, startChild, type Child } from './processes.js';
import { option, parseScale, type Scale } from './scale.js';

// `npm run build && npm run bench -- --scale 10k,200k --duration 5`: for each scale, generates (or
// reuses) its database, starts the built server in production mode and the floor (floor.ts) as child
// processes, checks that both answer every operation with the same data, then loads each with
// autocannon in turn, graph then floor, operation by operation. Statements per request are counted
// by a second pair of servers that reach PostgreSQL through a proxy counting the queries the
// protocol carries (pg_stat_statements needs a server restart to load). See README, "Benchmark".

const CONNECTIONS = Number(option('connections', '16'));
const DURATION = Number(option('duration', '5'));
const WARMUP = Number(option('warmup', '2'));
/** Requests per operation in the statement count: enough for a per-process cache to be warm. */
const COUNTED_REQUESTS = 20;
const CLOCK_TICKS_PER_SECOND = 100;
const SAMPLE_MS = 100;

interface Servers {
  graph: Child;
  floor: Child;
}

async function startServers(databaseUrl: string, secret: string): Promise<Servers> {
  const [graphPort, floorPort] = [await freePort(), await freePort()];
  const graph = await startChild(
    [path.join(root, 'dist/main.js')],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      PORT: String(graphPort),
      HOST: '127.0.0.1',
      ...GENEROUS_LIMITS,
      EXPENSIVE_CONCURRENCY: String(CONNECTIONS),
    },
    graphPort,
    '/graphql',
  );
  try {
    const floor = await startChild(
      [
        '--import',
        '@swc-node/register/esm-register',
        path.join(root, 'bench/floor.ts'),
        '--database',
        databaseUrl,
        '--port',
        String(floorPort),
      ],
      { NODE_ENV: 'production' },
      floorPort,
      '/',
    );
    return { graph, floor };
  } catch (error) {
    await graph.stop();
    throw error;
  }
}

/**
 * A TCP proxy in front of PostgreSQL that counts the statements the clients send: simple queries
 * ('Q') and executions of prepared ones ('E'), read from the message headers of the protocol.
 */
async function countingProxy(target: URL): Promise<{ port: number; statements: () => number; close: () => Promise<void> }> {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let skip = 0;
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (skip > 0) {
          const taken = Math.min(skip, pending.length);
          pending = pending.subarray(taken);
          skip -= taken;
          if (skip > 0) return;
        }
        // The startup message has no type byte: a length, then the protocol version.
        const header = started ? 5 : 4;
        if (pending.length < header) return;
        const length = started ? pending.readUInt32BE(1) + 1 : pending.readUInt32BE(0);
        if (started && (pending[0] === 0x51 || pending[0] === 0x45)) statements++;
        started = true;
        skip = length;
      }
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The proxy has no port.');
  return {
    port: address.port,
    statements: () => statements,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function body(operation: Operation): string {
  return JSON.stringify({ query: operation.document, operationName: operation.name, variables: operation.variables });
}

async function post(url: string, token: string, payload: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: payload,
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 200));

/** The first place two answers differ, as a path and both values. */
function difference(a: unknown, b: unknown, at = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = difference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: graph ${shown(a)}, floor ${shown(b)}`;
}

/** utime + stime of a process, in clock ticks; 0 once it is gone. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * CPU of the server process and of the PostgreSQL processes serving the database (backends and
 * parallel workers, found in pg_stat_activity every sample), and the server's largest RSS, while
 * `body` runs. Processes that end between two samples count up to their last sample.
 */
/**
 * Waits until no statement runs on the database but the monitor's: a slow operation's statements
 * outlive the load that sent them (the floor does not cancel a statement whose client went away),
 * and would be counted as the next run's PostgreSQL CPU.
 */
async function untilIdle(monitor: pg.Client, database: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += SAMPLE_MS) {
    const { rows } = await monitor.query<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and state = 'active'`,
      [database],
    );
    if (rows[0]?.busy === 0) return;
    await sleep(SAMPLE_MS);
  }
}

async function observe<T>(monitor: pg.Client, database: string, server: number, body: () => Promise<T>) {
  await untilIdle(monitor, database);
  const backends = async () =>
    (
      await monitor.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database])
    ).rows.map((r) => r.pid);
  const before = new Map((await backends()).map((pid) => [pid, cpuTicks(pid)]));
  const last = new Map(before);
  const serverBefore = cpuTicks(server);
  let rss = rssBytes(server);
  const state = { running: true };
  const sampling = (async () => {
    while (state.running) {
      rss = Math.max(rss, rssBytes(server));
      for (const pid of await backends()) {
        const ticks = cpuTicks(pid);
        if (ticks > 0) last.set(pid, ticks);
      }
      await sleep(SAMPLE_MS);
    }
  })();
  const result = await body();
  state.running = false;
  await sampling;
  for (const pid of last.keys()) {
    const ticks = cpuTicks(pid);
    if (ticks > 0) last.set(pid, ticks);
  }
  let postgres = 0;
  for (const [pid, ticks] of last) postgres += ticks - (before.get(pid) ?? 0);
  return {
    result,
    nodeSeconds: (cpuTicks(server) - serverBefore) / CLOCK_TICKS_PER_SECOND,
    postgresSeconds: postgres / CLOCK_TICKS_PER_SECOND,
    rss,
  };
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  nodeMsPerRequest: number;
  postgresMsPerRequest: number;
  rss: number;
}

async function load(url: string, token: string, payload: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: payload,
    // A GraphQL error comes with status 200: counted as a failure all the same.
    verifyBody: (text) => !String(text).includes('"errors"'),
  });
}

async function measure(
  monitor: pg.Client,
  database: string,
  child: Child,
  token: string,
  operation: Operation,
  connections = CONNECTIONS,
): Promise<Measure> {
  const payload = body(operation);
  if (WARMUP > 0) await load(child.url, token, payload, connections, WARMUP);
  const { result, nodeSeconds, postgresSeconds, rss } = await observe(monitor, database, child.pid, () =>
    load(child.url, token, payload, connections, DURATION),
  );
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
    nodeMsPerRequest: (nodeSeconds * 1000) / requests,
    postgresMsPerRequest: (postgresSeconds * 1000) / requests,
    rss,
  };
}

interface Row {
  label: string;
  differs: string | null;
  statements: { graph: string; floor: string };
  graph?: Measure;
  floor?: Measure;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
/** Latency of a run in which no request completed is unknown, not 0. */
const latency = (m: Measure) => (m.requests > 0 ? `${m.p50} / ${m.p99}` : '–');
const p50 = (m: Measure) => (m.requests > 0 ? String(m.p50) : '–');

function table(scale: Scale, rows: Row[], sequential: { label: string; graph: string; floor: string }[]): string {
  const lines = [
    `## ${scale.label} tasks (${new Date().toISOString().slice(0, 16)}Z, ${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP} s warm-up)`,
    '',
    '| operation | graph req/s | floor req/s | graph/floor | graph p50 / p99 ms | floor p50 / p99 ms | SQL statements per request graph / floor | Node CPU ms/req graph / floor | PostgreSQL CPU ms/req graph / floor | graph RSS MB (max) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const { graph, floor } = row;
    if (row.differs || !graph || !floor) {
      lines.push(`| ${row.label} | answers differ: ${row.differs ?? 'not measured'} |||||||||`);
      continue;
    }
    const failed = graph.failures + floor.failures > 0 ? ` (${graph.failures} / ${floor.failures} failed)` : '';
    lines.push(
      `| ${row.label}${failed} | ${fixed(graph.rps, 0)} | ${fixed(floor.rps, 0)} | **${fixed(graph.rps / floor.rps, 2)}** | ` +
        `${latency(graph)} | ${latency(floor)} | ${row.statements.graph} / ${row.statements.floor} | ` +
        `${fixed(graph.nodeMsPerRequest, 2)} / ${fixed(floor.nodeMsPerRequest, 2)} | ${fixed(graph.postgresMsPerRequest, 2)} / ${fixed(floor.postgresMsPerRequest, 2)} | ` +
        `${fixed(graph.rss / 2 ** 20, 0)} |`,
    );
  }
  lines.push('', '| sequential (1 connection) | graph p50 ms | floor p50 ms |', '|---|---|---|');
  for (const s of sequential) lines.push(`| ${s.label} | ${s.graph} | ${s.floor} |`);
  return `${lines.join('\n')}\n`;
}

async function runScale(scale: Scale): Promise<string> {
  const databaseUrl = await generate(scale);
  const secret = randomBytes(48).toString('base64url');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: secret });
  const token = await signToken(config.jwt, 'admin');
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();
  const rows: Row[] = [];
  const sequential: { label: string; graph: string; floor: string }[] = [];
  try {
    const median = await monitor.query<{ day: string }>(
      `select to_char(percentile_disc(0.5) within group (order by deadline), 'YYYY-MM-DD') as day from reform_task`,
    );
    const servers = await startServers(databaseUrl, secret);
    let set: ReturnType<typeof operations>;
    try {
      const send = async (document: string, variables: Record<string, unknown>) => {
        const answer = await post(servers.graph.url, token, JSON.stringify({ query: document, variables }));
        if (answer.errors?.length || !answer.data) throw new Error(`The graph refused: ${JSON.stringify(answer.errors)}`);
        return answer.data;
      };
      set = operations(await findAnchors(send, median.rows[0]?.day ?? '2026-01-01'));
      for (const { label, operation } of set) {
        const [graph, floor] = await Promise.all([
          post(servers.graph.url, token, body(operation)),
          post(servers.floor.url, token, body(operation)),
        ]);
        const differs = graph.errors?.length
          ? `the graph answered errors: ${JSON.stringify(graph.errors).slice(0, 300)}`
          : floor.errors?.length
            ? `the floor answered errors: ${JSON.stringify(floor.errors).slice(0, 300)}`
            : difference(graph.data, floor.data);
        rows.push({ label, differs, statements: { graph: '–', floor: '–' } });
        if (differs) process.stderr.write(`${scale.label} ${label}: answers differ: ${differs}\n`);
      }
      for (const [i, { label, operation }] of set.entries()) {
        const row = rows[i];
        if (!row || row.differs) continue;
        process.stdout.write(`${scale.label} ${label}: graph…`);
        row.graph = await measure(monitor, scale.database, servers.graph, token, operation);
        process.stdout.write(` ${fixed(row.graph.rps, 0)} req/s; floor…`);
        row.floor = await measure(monitor, scale.database, servers.floor, token, operation);
        process.stdout.write(` ${fixed(row.floor.rps, 0)} req/s\n`);
      }
      for (const { label, operation } of set.filter((s) => ['UnitWorkload', 'LedgerSummary'].includes(s.operation.name))) {
        const graph = await measure(monitor, scale.database, servers.graph, token, operation, 1);
        const floor = await measure(monitor, scale.database, servers.floor, token, operation, 1);
        sequential.push({ label, graph: p50(graph), floor: p50(floor) });
      }
    } finally {
      await servers.graph.stop();
      await servers.floor.stop();
    }
    await countStatements(databaseUrl, secret, token, set, rows);
  } finally {
    await monitor.end();
  }
  return table(scale, rows, sequential);
}

/** Statements per request: a second pair of servers reaching PostgreSQL through the counting proxy. */
async function countStatements(databaseUrl: string, secret: string, token: string, set: ReturnType<typeof operations>, rows: Row[]) {
  const target = new URL(databaseUrl);
  const proxy = await countingProxy(target);
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  const servers = await startServers(proxied.toString(), secret);
  try {
    for (const [i, { operation }] of set.entries()) {
      const row = rows[i];
      if (!row) continue;
      for (const side of ['graph', 'floor'] as const) {
        const payload = body(operation);
        await post(servers[side].url, token, payload);
        const before = proxy.statements();
        let failed = 0;
        for (let n = 0; n < COUNTED_REQUESTS; n++) if ((await post(servers[side].url, token, payload)).errors?.length) failed++;
        const perRequest = fixed((proxy.statements() - before) / COUNTED_REQUESTS);
        // A request refused half-way (a statement timeout) runs fewer statements than the operation takes.
        row.statements[side] = failed > 0 ? `${perRequest} (${failed} of ${COUNTED_REQUESTS} failed)` : perRequest;
      }
    }
  } finally {
    await servers.graph.stop();
    await servers.floor.stop();
    await proxy.close();
  }
}

if (!existsSync(path.join(root, 'dist/main.js'))) {
  process.stderr.write('The benchmark runs the built server: npm run build first.\n');
  process.exit(2);
}
const results = path.join(root, 'bench/results');
mkdirSync(results, { recursive: true });
for (const label of option('scale', '10k').split(',')) {
  const scale = parseScale(label);
  // Aligned as Prettier aligns the committed markdown, so a results file is checked in as written.
  const markdown = await format(await runScale(scale), { parser: 'markdown', printWidth: 140 });
  const file = path.join(results, `${new Date().toISOString().slice(0, 10)}-${scale.label}.md`);
  writeFileSync(file, markdown);
  process.stdout.write(`\n${markdown}\n(written to ${path.relative(root, file)})\n`);
}
