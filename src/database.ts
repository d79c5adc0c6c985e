import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { ormConfig } from './mikro-orm.config.js';
import type { Logger } from './shared/logger.js';
import { EmbeddedPostgres } from './shared/db/embedded-postgres.js';
import { migrate } from './shared/db/migrate.js';

export interface Database {
  orm: MikroORM;
  /** Whether this process runs its own embedded PostgreSQL. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR when there is none,
 * then applies pending migrations. `close` releases everything it started, in reverse order.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = new EmbeddedPostgres({
      dir: config.dataDir,
      port: config.embeddedPgPort,
      log: (message) => logger.debug({ postgres: message }),
      warn: (message) => logger.warn(message),
    });
    logger.info({ dataDir: config.dataDir }, 'starting the embedded PostgreSQL');
    await embedded.start();
    url = await embedded.ensureDatabase('reform_graph');
  }
  let orm: MikroORM | undefined;
  try {
    orm = await MikroORM.init(ormConfig(url, {}, config.limits.statementTimeoutMs));
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  } catch (error) {
    await orm?.close();
    await embedded?.stop();
    throw error;
  }
  const opened = orm;
  return {
    orm: opened,
    embedded: embedded !== undefined,
    close: async () => {
      await opened.close();
      await embedded?.stop();
    },
  };
}
