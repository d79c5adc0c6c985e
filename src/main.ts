import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createAppServer, type AppServer } from './server.js';
import { openDatabase, type Database } from './database.js';
import { createLogger } from './shared/logger.js';
import { seedDemoData } from './seed.js';
import { demoUsers as users } from './modules/user/index.js';

const SHUTDOWN_TIMEOUT_MS = 15_000;

interface ServingNotice {
  url: string;
  /** Where a browser gets the explorer. */
  explorer?: string;
  /** How to get a bearer token, when this server can sign one. */
  token?: string;
  demoUsers?: string[];
  /** The ways the explorer offers to sign in. */
  signIn?: string[];
}

/** The address people reach: a wildcard host is reached on loopback from this machine. */
function reachableHost(config: Config): string {
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  return wildcard ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
}

/** What a newcomer needs once the server is up: where the graph and the explorer are and how to get a token. */
function servingNotice(config: Config, port: number): ServingNotice {
  const notice: ServingNotice = { url: `http://${reachableHost(config)}:${port}/graphql` };
  if (config.explorer) {
    notice.explorer = notice.url;
    notice.signIn = [
      ...(config.demoSignIn ? ['a demo user by name'] : []),
      ...(config.oidc ? [`your organisation (${config.oidc.issuer})`] : []),
      'a pasted token',
    ];
  }
  if (config.jwt.key.kind === 'secret') {
    // `npm run token` signs with the same secret only when it sees the same DATA_DIR (or JWT_SECRET).
    const dataDir = process.env.DATA_DIR?.trim() && !process.env.JWT_SECRET?.trim() ? `DATA_DIR=${config.dataDir} ` : '';
    notice.token = `${dataDir}npm run token -- admin`;
    notice.demoUsers = users.map((u) => u.username);
  }
  return notice;
}

/** The same, as lines a person reads at a terminal. */
function servingLines(notice: ServingNotice): string[] {
  const lines = [`Reform Graph is serving ${notice.url}`];
  if (notice.explorer) {
    lines.push(`  Explorer: open ${notice.explorer} in a browser (everything it loads comes from this server)`);
    lines.push(`  Sign in:  there, as ${notice.signIn?.join(', or ') ?? 'a pasted token'}`);
  }
  if (notice.token) {
    lines.push(`  Token:    ${notice.token}   (demo users: ${notice.demoUsers?.join(', ') ?? ''})`);
    lines.push('  Send it:  authorization: Bearer <token>');
  }
  lines.push('  Ctrl-C stops.');
  return lines;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Read at each full collection: the heap stays within this much of what is live, rather than
  // growing under load to several times it before V8 collects (docs/architecture.md, "How a read flows", item 8).
  if (config.heapGrowingPercent > 0) setFlagsFromString(`--heap-growing-percent=${config.heapGrowingPercent}`);
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  if (config.port !== 0)
    logger.info(`Reform Graph is starting; the graph will be at http://${reachableHost(config)}:${config.port}/graphql`);
  let database: Database | undefined;
  let server: AppServer | undefined;
  // Changed by the signal handlers while start-up awaits.
  const state = { stopping: false, started: false };

  // Closes whatever is open, in order: HTTP, then Apollo, then the ORM, then PostgreSQL.
  const shutDown = async (code: number) => {
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    await server?.close();
    logger.debug('http server closed');
    await database?.close();
    logger.debug('database closed');
    logger.info('stopped');
    process.exit(code);
  };
  // Listening from the first moment: a signal during start-up stops the server once the step under
  // way is done, never half-way through starting PostgreSQL.
  const stop = (signal: string) => {
    if (state.stopping) return;
    state.stopping = true;
    logger.info({ signal }, 'shutting down');
    if (state.started) void shutDown(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    database = await openDatabase(config, logger);
    // The embedded database is a demo: it gets the demo data on first start. A server of your own
    // gets it only when asked: SEED_DEMO=1 at start, or `npm run db:seed`.
    if (config.seedDemo && !state.stopping) {
      const seeded = await seedDemoData(database.orm, { onlyIfEmpty: true });
      if (seeded) logger.info(seeded, 'demo data loaded');
    }
    if (!state.stopping) {
      server = await createAppServer(config, database.orm, logger);
      const port = await server.listen(config.port, config.host);
      const notice = servingNotice(config, port);
      if (config.logFormat === 'json') logger.info(notice, 'Reform Graph is serving');
      else for (const line of servingLines(notice)) logger.info(line);
    }
    state.started = true;
    if (state.stopping) await shutDown(0);
  } catch (error) {
    logger.fatal({ err: error }, `Reform Graph could not start: ${(error as Error).message}`);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

await main();
