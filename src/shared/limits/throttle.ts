import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Knex } from '@mikro-orm/postgresql';
import type { RequestLimits } from '../../config.js';
import type { Clock } from '../clock.js';
import type { Context } from '../context.js';
import { LocalizedGraphQLError } from '../graphql/errors.js';
import type { RequestState } from '../graphql/format-error.js';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import { requestScope } from '../logger.js';
import { ChargeQueue } from './charge-queue.js';
import type { BucketCharge, BucketRule, Charge } from './rate-limit.js';

/**
 * The address a request comes from: the socket's peer, or, behind `hops` proxies that each append
 * to X-Forwarded-For, the entry the outermost trusted proxy wrote (entries further left are the
 * client's to forge).
 */
export function clientAddress(req: IncomingMessage, hops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (hops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through them all, and the leftmost entry is the client's own word.
  return forwarded[forwarded.length - hops] ?? peer;
}

/** Addresses remembered as refused; past this many, the oldest refusals are forgotten first. */
const MAX_REMEMBERED = 10_000;

/**
 * The rate limits of one server process; the buckets themselves are rows in PostgreSQL, shared by
 * every replica. Each request is charged to one bucket, and the charges of requests running at once
 * share their statements (`ChargeQueue`):
 *
 * - a request that reaches an operation is charged to its user's bucket (the objects the cost check
 *   counted, `state.cost.requested`, plus `requestPoints`, so that many cheap requests spend the
 *   budget too), once the cost is known;
 * - any other request (no token, a bad one, a malformed body or document, a sign-in route) to its
 *   address's bucket, once answered: the limit before authentication.
 *
 * An address refused once is refused from then on before its body is read or its token checked,
 * without a statement, until the Retry-After it was given has passed (by this process's
 * reckoning: another replica learns of it at the address's next charge there).
 */
export class Throttle {
  private readonly user: BucketRule;
  private readonly address: BucketRule;
  /** Address → the moment (server clock, ms) until which it is refused. */
  private readonly refusedUntil = new Map<string, number>();
  private readonly queue: ChargeQueue;

  constructor(
    db: Knex,
    private readonly limits: RequestLimits,
    private readonly clock: Clock,
  ) {
    this.queue = new ChargeQueue(db, clock);
    this.user = { capacity: limits.userPoints, restorePerSecond: limits.userRestorePerSecond };
    this.address = { capacity: limits.ipRequests, restorePerSecond: limits.ipRestorePerSecond };
  }

  /** Whole seconds `address` must still wait after its last refusal; 0 lets it in. */
  addressWait(address: string): number {
    const until = this.refusedUntil.get(address);
    if (until === undefined) return 0;
    const left = until - this.clock.now().getTime();
    if (left > 0) return Math.ceil(left / 1000);
    this.refusedUntil.delete(address);
    return 0;
  }

  /** For a request that reached no operation: one request to its address's bucket. */
  async chargeAddress(address: string): Promise<void> {
    await this.charge(this.addressCharge(address));
  }

  /**
   * Charges an operation to its user's bucket alone; throws RATE_LIMITED when it cannot take it. A
   * signed-in user's requests do not count against their address, so people sharing one (an
   * office behind one NAT) do not spend each other's budget.
   */
  async chargeOperation(state: RequestState, userKey: string, requested: number): Promise<void> {
    state.charged = true;
    const user = await this.charge({ key: `user:${userKey}`, cost: this.limits.requestPoints + requested, rule: this.user });
    state.throttle = { remaining: user.remaining, restoreRate: this.limits.userRestorePerSecond };
    if (!user.granted) throw rateLimited(platformMessages.userRateLimited(user.retryAfterSeconds), user.retryAfterSeconds);
  }

  /** Charges each operation once its cost is known. Listed after the cost check, whose hook has run by then. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ contextValue }) => {
          const state = requestScope.getStore() as RequestState | undefined;
          // An operation the cost check refuses runs nothing: it costs the request, not its estimate.
          const cost = state?.cost;
          const requested = cost && cost.requested <= cost.maximum ? cost.requested : 0;
          if (state) await this.chargeOperation(state, contextValue.viewer.key, requested);
        },
      }),
    };
  }

  private addressCharge(address: string): BucketCharge {
    return { key: `ip:${address}`, cost: 1, rule: this.address };
  }

  private async charge(charge: BucketCharge): Promise<Charge> {
    const { charge: result, at } = await this.queue.charge(charge);
    if (!result.granted && result.key.startsWith('ip:')) {
      const oldest = this.refusedUntil.keys().next();
      if (this.refusedUntil.size >= MAX_REMEMBERED && !oldest.done) this.refusedUntil.delete(oldest.value);
      this.refusedUntil.set(result.key.slice(3), at.getTime() + result.retryAfterSeconds * 1000);
    }
    return result;
  }
}

export function rateLimited(message: Text, seconds: number): LocalizedGraphQLError {
  return new LocalizedGraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: seconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}
