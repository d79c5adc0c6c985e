import type { TestApp } from './app.js';

/**
 * Resolves once `condition` holds, asking again as soon as each answer is in; fails after
 * `timeoutMs`. For waiting on an event another connection or process causes, never on time.
 */
export async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}.`);
  }
}

/** Resolves once some connection of `app`'s database waits on a lock the backend `pid` holds. */
export function untilBlockedBy(app: TestApp, pid: number, what: string): Promise<void> {
  return until(
    async () =>
      (
        await app.orm.em
          .getConnection()
          .execute<{ n: number }[]>('select count(*)::int as n from pg_stat_activity where ? = any(pg_blocking_pids(pid))', [pid])
      )[0]!.n > 0,
    what,
  );
}
