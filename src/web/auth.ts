import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { decodeJwt } from 'jose';
import type { Config } from '../config.js';
import { demoUsers, User } from '../modules/user/index.js';
import { signToken } from '../shared/auth/jwt.js';
import type { OidcPublicConfig } from '../shared/auth/oidc.js';
import { isTrustedHost, readJsonRequest, refuseMethod, sendJson, sendRefusal } from '../shared/http.js';
import { platformMessages } from '../shared/i18n/platform.messages.js';
import type { Logger } from '../shared/logger.js';

export interface AuthRoutesOptions {
  /** The identity provider the explorer signs in with; null (the default) when none is configured. */
  oidcPublicConfig?: () => Promise<OidcPublicConfig | null>;
}

/** A demo-token request is a login name and nothing more. */
const MAX_TOKEN_REQUEST_BYTES = 4096;

const says = platformMessages.demoSignIn;

/** The demo users that exist in this database and are active, in the order the seed lists them. */
async function activeDemoUsers(orm: MikroORM): Promise<{ login: string; displayName: string; roles: string[] }[]> {
  const found = await orm.em.fork().find(User, { username: { $in: demoUsers.map((u) => u.username) }, active: true });
  const byLogin = new Map(found.map((user) => [user.username, user]));
  return demoUsers.flatMap((seed) => {
    const user = byLogin.get(seed.username);
    // The roles the demo data gives them (a title for the button; the graph checks the real grants).
    return user ? [{ login: user.username, displayName: user.displayName, roles: [...seed.roles] }] : [];
  });
}

/** /auth/config, /auth/demo-users and /auth/demo-token; false when `path` is none of them. */
export function authRoutes(config: Config, orm: MikroORM, logger: Logger, options: AuthRoutesOptions = {}) {
  async function demoToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only the page this server serves may ask, on a name no other site can point here (DNS
    // rebinding): a token handed to another site's script would be its to use.
    if (!isTrustedHost(req.headers.host, config)) return sendRefusal(res, 403, 'FORBIDDEN', says.foreignOrigin);
    const request = await readJsonRequest(req, MAX_TOKEN_REQUEST_BYTES, says.foreignOrigin);
    if (!('body' in request)) return sendRefusal(res, request.status, request.code, request.message);
    const body = request.body as { login?: unknown } | null;
    const login = typeof body === 'object' && body !== null ? body.login : undefined;
    if (typeof login !== 'string' || login.length === 0) return sendRefusal(res, 400, 'BAD_REQUEST', says.noLogin);
    const user = (await activeDemoUsers(orm)).find((u) => u.login === login);
    if (!user) return sendRefusal(res, 404, 'UNKNOWN_DEMO_USER', says.unknownLogin);
    const token = await signToken(config.jwt, user.login);
    const { exp } = decodeJwt(token);
    logger.info({ login: user.login }, 'demo token issued');
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, { token, expiresAt: new Date((exp ?? 0) * 1000).toISOString() });
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = path === '/auth/demo-token' ? 'POST' : 'GET';
    if (req.method !== method) return refuseMethod(res, method);
    if (path === '/auth/config') {
      return sendJson(res, 200, { demoUsers: config.demoSignIn, oidc: (await options.oidcPublicConfig?.()) ?? null });
    }
    if (!config.demoSignIn) return sendRefusal(res, 404, 'NOT_FOUND', says.off);
    if (path === '/auth/demo-users') return sendJson(res, 200, { users: await activeDemoUsers(orm) });
    await demoToken(req, res);
  }

  const paths = new Set(['/auth/config', '/auth/demo-users', '/auth/demo-token']);
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (!paths.has(path)) return false;
    await route(req, res, path);
    return true;
  };
}
