import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';

/** At most `size` holders at once; the others wait in arrival order. */
export class Semaphore {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  async acquire(): Promise<() => void> {
    if (this.held < this.size) this.held++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The permit passes straight to the next in line, so `held` never drops below what runs.
      if (next) next();
      else this.held--;
    };
  }
}

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
