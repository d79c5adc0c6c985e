import type { MikroORM } from '@mikro-orm/postgresql';

/** Applies pending migrations in one transaction; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.migrator.getPendingMigrations()).map((m) => m.name);
}
