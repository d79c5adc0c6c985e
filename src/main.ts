import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createAppServer } from './server.js';
import { openDatabase, type Database } from './database.js';
import { createLogger } from './shared/logger.js';
import { seedDemoData } from './seed.js';

const SHUTDOWN_TIMEOUT_MS = 15_000;

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
  const logger = createLogger(config.logLevel);
  let database: Database | undefined;
  try {
    database = await openDatabase(config, logger);
    // The embedded database is a demo: it gets the demo data on first start. A server of your own
    // gets it only when asked (`npm run db:seed`).
    if (database.embedded) {
      const seeded = await seedDemoData(database.orm, { onlyIfEmpty: true });
      if (seeded) logger.info(seeded, 'demo data loaded');
    }
    const server = await createAppServer(config, database.orm, logger);
    const port = await server.listen(config.port, config.host);
    logger.info({ url: `http://${config.host}:${port}/graphql` }, 'Reform Graph is serving');

    const db = database;
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS);
      force.unref();
      void (async () => {
        await server.close();
        logger.debug('http server closed');
        await db.close();
        logger.debug('database closed');
        logger.info('stopped');
        process.exit(0);
      })();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  } catch (error) {
    logger.fatal({ err: error }, `Reform Graph could not start: ${(error as Error).message}`);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

await main();
