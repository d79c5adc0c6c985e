import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { modules } from './modules/index.js';
import { AuditEntry } from './shared/audit/audit-entry.entity.js';
import { IdSecret } from './shared/db/id-secret.js';

/** Every entity: the audit trail's, the ID secret's and each module's. */
export const entities = [AuditEntry, IdSecret, ...modules.flatMap((m) => m.entities)];

const here = path.dirname(fileURLToPath(import.meta.url));
// Run from source (swc, vitest) the migrations are the .ts files in migrations/; run from dist/
// they are their compiled .js twins in dist/migrations/.
const fromSource = import.meta.url.endsWith('.ts');
const migrationsPath = fromSource ? path.resolve(here, '../migrations') : path.resolve(here, 'migrations');

/**
 * The ORM on `clientUrl`. With `statementTimeoutMs`, every connection of the pool refuses a statement
 * running longer (SQLSTATE 57014), so no request holds a connection for longer than that.
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}, statementTimeoutMs?: number): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // Bundlers and esbuild-based runners emit no decorator metadata: every property states its type.
    discovery: { requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    ...(statementTimeoutMs ? { driverOptions: { connection: { statement_timeout: statementTimeoutMs } } } : {}),
    dynamicImportProvider: (id: string) => import(id),
    // Tables no entity maps, kept by SQL of their own (src/shared/limits/rate-limit.ts; the task tallies' triggers,
    // migration 20261203130000): never dropped by a generated migration.
    schemaGenerator: {
      skipTables: [
        'rate_bucket',
        'reform_task_tally',
        'reform_task_open_tally',
        'reform_task_support_tally',
        'reform_task_support_open_tally',
        'reform_task_tally_change',
      ],
    },
    migrations: {
      path: migrationsPath,
      glob: fromSource ? '!(*.d).ts' : '*.js',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      disableForeignKeys: false,
      silent: true,
    },
    ...overrides,
  });
}

/** Used by the MikroORM CLI (`npm run migration:create`), which needs DATABASE_URL. */
export default ormConfig(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/reform_graph_dev');
