import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { modules } from './modules/index.js';
import { write } from './shared/audit/write.js';
import { systemClock, type Clock } from './shared/clock.js';
import { loadIdSecret } from './shared/db/id-secret.js';
import { Additions, type SeedCounts, type SeedRun } from './shared/db/seed-kit.js';
import { todayIn } from './shared/time.js';

class NothingToSeed extends Error {}

/**
 * Loads the demo data, each module's step in the order of the module list, adding only what is
 * missing (matched by code, username, or unit and name), so running it again changes nothing. Every
 * row it adds gets its audit entry, as actor `system`. Returns what was added, or null when nothing
 * was missing (or, with `onlyIfEmpty`, when the database already holds units).
 */
export async function seedDemoData(
  orm: MikroORM,
  options: { onlyIfEmpty?: boolean; clock?: Clock; timeZone?: string } = {},
): Promise<SeedCounts | null> {
  // The audit entries record the IDs of what they link to.
  await loadIdSecret(orm);
  const em = orm.em.fork();
  if (options.onlyIfEmpty) {
    const rows = await em.getConnection().execute<{ count: number }[]>('select count(*)::int as count from unit');
    if ((rows[0]?.count ?? 0) > 0) return null;
  }
  const today = todayIn(options.timeZone ?? 'Asia/Shanghai', (options.clock ?? systemClock).now());
  try {
    return await write({ em, requestId: `seed-${randomUUID()}`, actor: 'system' }, async (tx) => {
      const run: SeedRun = { adds: new Additions(tx), today, lookups: {} };
      for (const module of modules) await module.seed?.(run);
      // write() insists on an audit entry; with nothing to add there is nothing to write.
      if (run.adds.empty) throw new NothingToSeed();
      return run.adds.counts;
    });
  } catch (error) {
    if (error instanceof NothingToSeed) return null;
    throw error;
  }
}
