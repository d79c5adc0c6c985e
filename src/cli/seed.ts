import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { createLogger } from '../shared/logger.js';
import { seedDemoData } from '../seed.js';

// Loads the demo data (whatever of it is missing) into DATABASE_URL or the embedded database.
const config = loadConfig();
const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'info');
const database = await openDatabase(config, logger);
try {
  const added = await seedDemoData(database.orm);
  logger.info(added ?? {}, added ? 'demo data loaded' : 'demo data already present; nothing added');
} finally {
  await database.close();
}
