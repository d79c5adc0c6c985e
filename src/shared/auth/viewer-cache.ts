import { remember } from '../bounded-map.js';
import { MAX_CACHED_TOKENS } from './oidc-introspection.js';

/**
 * Signed-in users' accounts, by the token's subject, kept for a few seconds: a user's burst of
 * requests reads their row once instead of once per request. Any write committed in this process
 * empties it at once (`forgetAll`, after every write), so a deactivation, a role or a preference
 * changed here counts from the next request; one made through another replica is seen here when
 * the entry ends, within `ttlMs`.
 */
export class ViewerCache<T> {
  private readonly entries = new Map<string, { account: T; until: number }>();
  /** Counts `forgetAll`s, so an account read before a write is not kept after it. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = MAX_CACHED_TOKENS,
  ) {}

  /** The account kept for this subject, unless it is older than the TTL at `now` (milliseconds). */
  get(subject: string, now: number): T | undefined {
    const entry = this.entries.get(subject);
    if (entry === undefined) return undefined;
    if (entry.until > now) return entry.account;
    this.entries.delete(subject);
    return undefined;
  }

  /** Taken before an account is read: `set` keeps it only if no write has emptied the cache since. */
  mark(): number {
    return this.generation;
  }

  set(subject: string, account: T, now: number, readAt: number): void {
    if (this.ttlMs <= 0 || readAt !== this.generation) return;
    this.entries.delete(subject);
    remember(this.entries, subject, { account, until: now + this.ttlMs }, this.maxEntries);
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }
}
