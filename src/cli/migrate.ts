import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { createLogger } from '../shared/logger.js';

// Applies pending migrations to DATABASE_URL, or to the embedded database under DATA_DIR.
const config = loadConfig();
const database = await openDatabase(config, createLogger(config.logLevel === 'silent' ? 'silent' : 'info'));
await database.close();
