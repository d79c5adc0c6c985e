import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '../../config.js';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';

const says = platformMessages.oidc;

/** Why a sign-in step failed, with the HTTP status and code our answer carries. Never holds a token or a code. */
export class OidcError extends Error {
  constructor(
    readonly status: 400 | 401 | 502 | 503,
    readonly code: 'BAD_REQUEST' | 'UNAUTHENTICATED' | 'IDP_UNAVAILABLE',
    readonly text: Text,
  ) {
    super(text.en);
    this.name = 'OidcError';
  }
}

/** The parts of the issuer's discovery document this server uses. */
export interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  introspection_endpoint?: string;
}

/** What the explorer needs to send a person to the issuer (`GET /auth/config`, field `oidc`). */
export interface OidcPublicConfig {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  scope: string;
}

export interface CodeExchange {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  nonce: string;
}

const TIMEOUT_MS = 5_000;
const unreachable = () => new OidcError(503, 'IDP_UNAVAILABLE', says.unreachable);

/**
 * Talks to the configured issuer. Discovery is fetched on first use and kept; a failure is not
 * kept, so a provider that was down is asked again next time, and the server starts and serves its
 * own tokens meanwhile.
 */
export class OidcClient {
  private discovered: Promise<{ document: Discovery; keys: JWTVerifyGetKey }> | undefined;

  constructor(readonly config: OidcConfig) {}

  async discovery(): Promise<{ document: Discovery; keys: JWTVerifyGetKey }> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<{ document: Discovery; keys: JWTVerifyGetKey }> {
    const url = `${this.config.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const { status, body } = await this.request(url, {});
    const document = body as Partial<Discovery>;
    if (status !== 200) throw new OidcError(502, 'IDP_UNAVAILABLE', says.answered(status));
    // OpenID Connect Discovery 1.0 §4.3: the document must name exactly the issuer it was fetched for.
    if (document.issuer !== this.config.issuer) throw new OidcError(502, 'IDP_UNAVAILABLE', says.otherIssuer(String(document.issuer)));
    const { authorization_endpoint, token_endpoint, jwks_uri, introspection_endpoint } = document;
    if (typeof authorization_endpoint !== 'string' || typeof token_endpoint !== 'string' || typeof jwks_uri !== 'string')
      throw new OidcError(502, 'IDP_UNAVAILABLE', says.incompleteDiscovery);
    let keysUrl: URL;
    try {
      keysUrl = new URL(jwks_uri);
    } catch {
      throw new OidcError(502, 'IDP_UNAVAILABLE', says.incompleteDiscovery);
    }
    return {
      document: {
        issuer: this.config.issuer,
        authorization_endpoint,
        token_endpoint,
        jwks_uri,
        introspection_endpoint: typeof introspection_endpoint === 'string' ? introspection_endpoint : undefined,
      },
      keys: createRemoteJWKSet(keysUrl, { timeoutDuration: TIMEOUT_MS }),
    };
  }

  /** What the explorer shows; rejects while the issuer cannot be reached. */
  async publicConfig(): Promise<OidcPublicConfig> {
    const { document } = await this.discovery();
    const { issuer, clientId, scope } = this.config;
    return { issuer, clientId, authorizationEndpoint: document.authorization_endpoint, scope };
  }

  /**
   * Redeems an authorization code with its PKCE verifier and verifies the ID token that comes
   * with it (signature by the issuer's keys, `iss`, `aud`/`azp`, `exp`, `nonce`).
   */
  async exchangeCode(input: CodeExchange, now: Date): Promise<{ accessToken: string; expiresAt: Date | null; subject: string }> {
    const { document, keys } = await this.discovery();
    const form = { grant_type: 'authorization_code', code: input.code, redirect_uri: input.redirectUri, code_verifier: input.codeVerifier };
    const { status, body } = await this.post(document.token_endpoint, form);
    if (status === 400 || (status === 401 && body.error !== 'invalid_client'))
      throw new OidcError(401, 'UNAUTHENTICATED', says.codeRefused(describeRefusal(body)));
    if (status === 401) throw new OidcError(502, 'IDP_UNAVAILABLE', says.clientRefused);
    if (status !== 200) throw new OidcError(502, 'IDP_UNAVAILABLE', says.answered(status));
    const accessToken = body.access_token;
    const idToken = body.id_token;
    if (typeof accessToken !== 'string' || typeof idToken !== 'string') throw new OidcError(502, 'IDP_UNAVAILABLE', says.noTokens);
    const subject = await this.verifyIdToken(idToken, keys, input.nonce, now);
    const expiresIn = body.expires_in;
    const expiresAt = typeof expiresIn === 'number' && expiresIn > 0 ? new Date(now.getTime() + expiresIn * 1000) : null;
    return { accessToken, expiresAt, subject };
  }

  private async verifyIdToken(idToken: string, keys: JWTVerifyGetKey, nonce: string, now: Date): Promise<string> {
    const refuse = (why: Text) => new OidcError(401, 'UNAUTHENTICATED', says.idTokenRefused(why));
    let payload;
    try {
      ({ payload } = await jwtVerify(idToken, keys, {
        issuer: this.config.issuer,
        audience: this.config.clientId,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: now,
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) throw unreachable();
      throw refuse({ en: error.message, zh: `签名、签发方、受众或有效期不符（${error.message}）` });
    }
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    // OpenID Connect Core §3.1.3.7: with several audiences, this client must be the authorized party.
    if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== this.config.clientId) throw refuse(says.otherParty);
    if (payload.nonce !== nonce) throw refuse(says.otherNonce);
    if (typeof payload.sub !== 'string' || payload.sub === '') throw refuse(says.noSubject);
    return payload.sub;
  }

  /** A form POST authenticated as this client: HTTP Basic with a secret, else `client_id` in the form. */
  async post(url: string, form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
    const { clientId, clientSecret } = this.config;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const fields = { ...form };
    if (clientSecret !== undefined) {
      // RFC 6749 §2.3.1: each part is form-encoded before being joined.
      const basic = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
      headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
    } else {
      fields.client_id = clientId;
    }
    return this.request(url, { method: 'POST', headers, body: new URLSearchParams(fields).toString() });
  }

  private async request(url: string, init: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch {
      throw unreachable();
    }
    if (response.status >= 500) throw new OidcError(502, 'IDP_UNAVAILABLE', says.answered(response.status));
    try {
      const body: unknown = await response.json();
      if (typeof body !== 'object' || body === null) throw new TypeError('not an object');
      return { status: response.status, body: body as Record<string, unknown> };
    } catch {
      throw new OidcError(502, 'IDP_UNAVAILABLE', says.notJson);
    }
  }
}

/** An OAuth error answer in a few words (RFC 6749 §5.2), bounded: it comes from outside. */
function describeRefusal(body: Record<string, unknown>): string {
  const code = typeof body.error === 'string' ? body.error.slice(0, 60) : 'no reason given';
  const detail = typeof body.error_description === 'string' ? ` (${body.error_description.slice(0, 200)})` : '';
  return `${code}${detail}`;
}

/**
 * The `oidc` field of `GET /auth/config`: null when OIDC is not configured, and also while the
 * issuer cannot be reached (the explorer then offers the other ways to sign in; a reload asks again).
 */
export async function oidcPublicConfig(
  client: OidcClient | undefined,
  onError?: (error: unknown) => void,
): Promise<OidcPublicConfig | null> {
  if (!client) return null;
  try {
    return await client.publicConfig();
  } catch (error) {
    onError?.(error);
    return null;
  }
}
