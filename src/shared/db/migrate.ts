import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Applies pending migrations in one transaction; returns the names applied. The pool's statement
 * timeout is for requests: a migration rewriting a large table may take as long as it needs.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.em.getConnection().transactional(async (trx) => {
    await trx.raw('set local statement_timeout = 0');
    return orm.migrator.up({ transaction: trx });
  });
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.migrator.getPendingMigrations()).map((m) => m.name);
}
