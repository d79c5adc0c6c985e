import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Knex } from '@mikro-orm/postgresql';
import type { RequestLimits } from '../../config.js';
import type { Clock } from '../clock.js';
import type { Context } from '../context.js';
import { LocalizedGraphQLError } from '../graphql/errors.js';
import type { RequestState } from '../graphql/format-error.js';
import { platformMessages } from '../i18n/platform.messages.js';
import { requestScope } from '../logger.js';
import { chargeBucket, type Charge } from './rate-limit.js';

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
  return forwarded[forwarded.length - hops] ?? forwarded[0] ?? peer;
}

/** Charges one request to the bucket of the address it comes from: before its token is even read. */
export function chargeAddress(db: Knex, limits: RequestLimits, clock: Clock, address: string): Promise<Charge> {
  return chargeBucket(db, `ip:${address}`, 1, { capacity: limits.ipRequests, restorePerSecond: limits.ipRestorePerSecond }, clock.now());
}

/**
 * Charges each operation to its user's bucket once its cost is known, and refuses it (RATE_LIMITED,
 * HTTP 429, Retry-After) when the bucket cannot take it. The cost is the objects the cost check
 * counted (`state.cost.requested`) plus a fixed charge per request, so that many cheap requests
 * spend the budget too. Listed after the cost check, whose hook has run by the time this one does.
 */
export function rateLimitPlugin(limits: RequestLimits, clock: Clock): ApolloServerPlugin<Context> {
  const rule = { capacity: limits.userPoints, restorePerSecond: limits.userRestorePerSecond };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const state = requestScope.getStore() as (RequestState & { cost?: { requested: number } }) | undefined;
          const cost = limits.requestPoints + (state?.cost?.requested ?? 0);
          const charge = await chargeBucket(contextValue.db, `user:${contextValue.viewer.key}`, cost, rule, clock.now());
          if (state) state.throttle = { remaining: charge.remaining, restoreRate: limits.userRestorePerSecond };
          if (!charge.granted) throw rateLimited(charge.retryAfterSeconds);
        },
      };
    },
  };
}

function rateLimited(seconds: number): LocalizedGraphQLError {
  return new LocalizedGraphQLError(platformMessages.userRateLimited(seconds), {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: seconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}
