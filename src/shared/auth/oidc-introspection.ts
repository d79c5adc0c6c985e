import { createHash } from 'node:crypto';
import { remember } from '../bounded-map.js';
import { OidcError, type OidcClient } from './oidc.js';

/** How many answers of each kind are kept at most; the oldest goes first. */
export const MAX_CACHED_TOKENS = 10_000;
/** How long a refused token is refused without asking the issuer again. */
const REFUSED_FOR_MS = 30_000;
/** A bearer longer than this, or with characters no token has (RFC 6750 §2.1), is refused unasked. */
const TOKEN = /^[A-Za-z0-9\-._~+/]{16,4096}=*$/;

/**
 * Checks the issuer's access tokens by RFC 7662 introspection, authenticated as this client. A
 * positive answer is kept, by the token's SHA-256, for OIDC_RECHECK_SECONDS and never past the
 * token's expiry, so a revoked token or an ended session is refused once that window has passed.
 */
export class TokenIntrospector {
  private readonly accepted = new Map<string, { subject: string; until: number }>();
  /** Tokens the issuer refused: anonymous traffic is not passed on to the issuer again and again. */
  private readonly refused = new Map<string, number>();

  constructor(
    private readonly client: OidcClient,
    private readonly maxEntries = MAX_CACHED_TOKENS,
  ) {}

  async subjectOf(token: string, now: Date): Promise<string> {
    if (!TOKEN.test(token)) throw new Error('The bearer is no token.');
    const key = createHash('sha256').update(token).digest('base64url');
    const cached = this.accepted.get(key);
    if (cached && cached.until > now.getTime()) return cached.subject;
    this.accepted.delete(key);
    const refusedUntil = this.refused.get(key);
    if (refusedUntil !== undefined && refusedUntil > now.getTime())
      throw new Error('The identity provider refused this token a moment ago.');
    this.refused.delete(key);
    try {
      return await this.introspect(token, key, now);
    } catch (error) {
      // An unreachable issuer is no verdict on the token: only the issuer's refusals are kept.
      if (!(error instanceof OidcError)) remember(this.refused, key, now.getTime() + REFUSED_FOR_MS, this.maxEntries);
      throw error;
    }
  }

  private async introspect(token: string, key: string, now: Date): Promise<string> {
    const { document } = await this.client.discovery();
    if (!document.introspection_endpoint) throw new Error('The identity provider publishes no introspection endpoint.');
    const { status, body } = await this.client.post(document.introspection_endpoint, { token, token_type_hint: 'access_token' });
    if (status !== 200) throw new Error(`The identity provider's introspection answered ${status}.`);
    const { issuer, clientId, recheckSeconds } = this.client.config;
    if (body.active !== true) throw new Error('The identity provider says the token is not active.');
    const audiences = Array.isArray(body.aud) ? (body.aud as unknown[]) : [body.aud];
    if (body.client_id !== clientId && !audiences.includes(clientId)) throw new Error('The token was issued to another client.');
    if (body.iss !== undefined && body.iss !== issuer) throw new Error('The token comes from another issuer.');
    const tokenType = body.token_type;
    if (tokenType !== undefined && !(typeof tokenType === 'string' && /^(bearer|dpop)$/i.test(tokenType)))
      throw new Error('The token is no access token.');
    if (typeof body.exp !== 'number') throw new Error('The token has no expiry.');
    const expires = body.exp * 1000;
    if (expires <= now.getTime()) throw new Error('The token has expired.');
    if (typeof body.sub !== 'string' || body.sub === '') throw new Error('The token names no subject.');

    const until = Math.min(now.getTime() + recheckSeconds * 1000, expires);
    if (until > now.getTime()) remember(this.accepted, key, { subject: body.sub, until }, this.maxEntries);
    return body.sub;
  }

  /** Entries held now (for tests of the bound). */
  get size(): number {
    return this.accepted.size;
  }
}
