import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';

/**
 * For resolvers whose SQL aggregates a whole ledger, every unit or every region (dashboards,
 * rankings, recomputations): only `EXPENSIVE_CONCURRENCY` of them run at once per process, so a
 * burst of them holds at most that many of the pool's connections and interactive queries keep
 * theirs.
 */
export const Expensive: MiddlewareFn<Context> = async ({ context }, next) => {
  const release = await context.expensive.acquire();
  try {
    return (await next()) as unknown;
  } finally {
    release();
  }
};
