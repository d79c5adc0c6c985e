import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../../config.js';
import { remember } from '../bounded-map.js';
import { MAX_CACHED_TOKENS, type TokenIntrospector } from './oidc-introspection.js';

/** The login a bearer token stands for; rejects, with the reason as message, when it stands for none. */
export type VerifyToken = (token: string, now: Date) => Promise<{ subject: string }>;

/**
 * Our own JWTs first, as configured; a token that is not one of ours goes, when an OIDC issuer is
 * configured, to that issuer's introspection.
 */
export function tokenVerifier(jwt: Config['jwt'], introspector?: TokenIntrospector): VerifyToken {
  const verifyJwt = jwtVerifier(jwt);
  if (!introspector) return (token) => verifyJwt(token);
  return async (token, now) => {
    try {
      return await verifyJwt(token);
    } catch (error) {
      if (issuerOf(token) === jwt.issuer) throw error;
      return { subject: await introspector.subjectOf(token, now) };
    }
  };
}

/** The `iss` a token claims, when it is a JWT at all. */
function issuerOf(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/** How long a verified token is taken at its word before its signature is checked again (never past its expiry). */
const VERIFIED_FOR_MS = 60_000;

/**
 * Verifies signature, issuer, audience and expiry; a token without `exp` or `sub` is refused. A
 * token that passed is remembered, by its text, so a client's requests do not each check its
 * signature again.
 */
function jwtVerifier(jwt: Config['jwt']): (token: string) => Promise<{ subject: string }> {
  const key: Uint8Array | JWTVerifyGetKey = jwt.key.kind === 'secret' ? jwt.key.secret : createRemoteJWKSet(jwt.key.url);
  const algorithms = jwt.key.kind === 'secret' ? ['HS256'] : undefined;
  const verified = new Map<string, { subject: string; until: number }>();
  return async (token) => {
    // jose checks expiry against the system's time, and so does this.
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return { subject: known.subject };
    verified.delete(token);
    const { payload } = await jwtVerify(token, key as Uint8Array, {
      issuer: jwt.issuer,
      audience: jwt.audience,
      requiredClaims: ['exp', 'sub'],
      ...(algorithms ? { algorithms } : {}),
    });
    if (!payload.sub) throw new Error('The token names no subject.');
    remember(
      verified,
      token,
      { subject: payload.sub, until: Math.min(now + VERIFIED_FOR_MS, (payload.exp ?? 0) * 1000) },
      MAX_CACHED_TOKENS,
    );
    return { subject: payload.sub };
  };
}

/** Signs a token for a user; only possible with a shared secret (a JWKS belongs to an identity provider). */
export async function signToken(jwt: Config['jwt'], subject: string, ttl = jwt.ttl): Promise<string> {
  if (jwt.key.kind !== 'secret')
    throw new Error('Tokens can only be signed here with JWT_SECRET; with JWT_JWKS_URL your identity provider issues them.');
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(jwt.key.secret);
}
