// The parts of the OIDC authorization-code flow with PKCE (RFC 7636) that need no page: random
// values, the S256 challenge and the authorization URL. The page (oidc.ts) keeps them in sessionStorage.
import { sha256 } from './sha256.js';

/** base64url without padding, as RFC 7636 spells the verifier and the challenge. */
export function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes, base64url: 43 characters, within the verifier's 43–128. */
export function randomToken(random: (bytes: Uint8Array) => Uint8Array): string {
  return base64url(random(new Uint8Array(32)));
}

/** The part of `crypto.subtle` used here. */
export interface Digest {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** BASE64URL(SHA256(verifier)): by `crypto.subtle` where the browser offers it, else by the bundled SHA-256. */
export async function challengeOf(verifier: string, subtle: Digest | undefined): Promise<string> {
  const data = new TextEncoder().encode(verifier);
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', data)) : sha256(data);
  return base64url(digest);
}

export interface OidcPublicConfig {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  scope: string;
}

export function authorizationUrl(
  oidc: OidcPublicConfig,
  request: { redirectUri: string; state: string; nonce: string; challenge: string },
): string {
  const url = new URL(oidc.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('scope', oidc.scope);
  url.searchParams.set('state', request.state);
  url.searchParams.set('nonce', request.nonce);
  url.searchParams.set('code_challenge', request.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}
