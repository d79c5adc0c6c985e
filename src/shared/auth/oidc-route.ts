import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.js';
import { MAX_BODY_BYTES, readJsonRequest, refuseMethod, sendJson, sendRefusal } from '../http.js';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import type { RequestState } from '../graphql/format-error.js';
import { OidcError, type CodeExchange, type OidcClient } from './oidc.js';

export interface OidcRouteDeps {
  /** Absent: OIDC is not configured and the route answers 404. */
  oidc: OidcClient | undefined;
  clock: Clock;
  isActiveLogin(login: string): Promise<boolean>;
}

// RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
const says = platformMessages.oidc;

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

/**
 * `POST /auth/oidc/token`: the explorer hands over the authorization code it got back from the
 * issuer, with its PKCE verifier and nonce; the server redeems it, checks the ID token and the
 * user, and answers `{ token, expiresAt, login }` (the access token, which /graphql accepts by
 * introspection) or `{ error: { code, message } }`. Same origin only, JSON only.
 */
export async function oidcTokenRoute(deps: OidcRouteDeps, req: IncomingMessage, res: ServerResponse, state: RequestState): Promise<void> {
  const refuse = (status: number, code: string, message: Text) => {
    state.log.info({ status, code, reason: message.en }, 'OIDC sign-in refused');
    sendRefusal(res, status, code, message);
  };
  if (req.method !== 'POST') return refuseMethod(res, 'POST');
  if (!deps.oidc) return refuse(404, 'NOT_FOUND', says.notConfigured);
  const request = await readJsonRequest(req, MAX_BODY_BYTES, says.otherOrigin);
  if (!('body' in request)) return refuse(request.status, request.code, request.message);
  const input = parseExchange(request.body);
  if (!('code' in input)) return refuse(400, 'BAD_REQUEST', input);

  try {
    const now = deps.clock.now();
    const { accessToken, expiresAt, subject } = await deps.oidc.exchangeCode(input, now);
    if (!(await deps.isActiveLogin(subject))) return refuse(401, 'UNAUTHENTICATED', says.noActiveUser(subject));
    state.log.info({ login: subject }, 'signed in through OIDC');
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, { token: accessToken, expiresAt: expiresAt?.toISOString() ?? null, login: subject });
  } catch (error) {
    if (error instanceof OidcError) return refuse(error.status, error.code, error.text);
    throw error;
  }
}

/** The body's four fields, or what is wrong with it. */
function parseExchange(body: unknown): CodeExchange | Text {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return says.notObject;
  const fields = body as Record<string, unknown>;
  for (const name of ['code', 'codeVerifier', 'redirectUri', 'nonce']) {
    const value = fields[name];
    if (typeof value !== 'string' || value === '' || value.length > 4096) return says.missingField(name);
  }
  const input = fields as unknown as CodeExchange;
  if (!VERIFIER.test(input.codeVerifier)) return says.badVerifier;
  if (!/^https?:\/\/[^\s]+$/.test(input.redirectUri)) return says.badRedirect;
  return { code: input.code, codeVerifier: input.codeVerifier, redirectUri: input.redirectUri, nonce: input.nonce };
}
