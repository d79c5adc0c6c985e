import type { Knex } from '@mikro-orm/postgresql';
import type { RequestState } from '../graphql/format-error.js';
import { requestScope } from '../logger.js';

/** Thrown into an expired request's next statement instead of running it. */
export class RequestExpired extends Error {
  override name = 'RequestExpired';
  constructor() {
    super('The request outlived its deadline: no further statement of it runs.');
  }
}

/** Transaction control is left to the transaction's own code, which fails cleanly on the next statement or in `refuseIfExpired`. */
const TRANSACTION_END = /^\s*(begin|commit|rollback|release|savepoint)\b/i;

/**
 * Stops the statements of requests past their deadline: each is refused before it is sent, so an
 * open transaction fails and rolls back, and the connection goes back to the pool. A statement
 * already running is stopped by the statement timeout at the latest. The driver's query event runs
 * inside the request's async scope, which tells whose statement it is.
 */
export function stopExpiredStatements(db: Knex): void {
  db.on('query', (query: { sql?: string }) => {
    if (expired() && !TRANSACTION_END.test(query.sql ?? '')) throw new RequestExpired();
  });
}

const expired = () => (requestScope.getStore() as RequestState | undefined)?.expired === true;

/**
 * Throws when the running request is past its deadline: `write()` asks just before it commits, so
 * a write whose last statement waited past the deadline rolls back instead of committing a change
 * its client was told had failed.
 */
export function refuseIfExpired(): void {
  if (expired()) throw new RequestExpired();
}

/** Marks the running request as having committed a write: past its deadline, it is not told that nothing was written. */
export function noteCommitted(): void {
  const state = requestScope.getStore() as RequestState | undefined;
  if (state) state.committed = true;
}

export const EXPIRED = Symbol('expired');

/**
 * Runs `work`, or gives up on it after `ms`: then the request is marked expired (its remaining
 * statements are refused, see above) and EXPIRED is returned for the caller to answer.
 */
export async function withDeadline<T>(ms: number, state: RequestState, work: () => Promise<T>): Promise<T | typeof EXPIRED> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof EXPIRED>((resolve) => {
    timer = setTimeout(() => {
      state.expired = true;
      resolve(EXPIRED);
    }, ms);
  });
  const running = work();
  // What it ends with after the deadline was answered matters to nobody; it must not go unhandled.
  running.catch((error: unknown) => state.log.debug({ err: error }, 'expired request ended'));
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
