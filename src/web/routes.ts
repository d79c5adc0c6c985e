import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { sendJson } from '../shared/http.js';
import type { Logger } from '../shared/logger.js';
import { authRoutes, type AuthRoutesOptions } from './auth.js';
import { ASSET_PREFIX, sendExplorerAsset, sendExplorerPage, wantsPage } from './explorer.js';

/**
 * What the server answers besides the graph itself: `/` (a browser is sent to /graphql, anything else
 * gets an index), the explorer page for a browser opening /graphql, its files, and /auth/*.
 * Resolves true when it answered the request.
 */
export function webRoutes(config: Config, orm: MikroORM, logger: Logger, options: AuthRoutesOptions = {}) {
  const auth = authRoutes(config, orm, logger, options);
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (path === '/graphql') {
      if (!wantsPage(req)) return false;
      await sendExplorerPage(config.explorer, res);
      return true;
    }
    if (path.startsWith(ASSET_PREFIX)) {
      await sendExplorerAsset(config.explorer, path.slice(ASSET_PREFIX.length), req, res);
      return true;
    }
    if (path === '/') {
      if (config.explorer && wantsPage(req)) {
        res.writeHead(302, { location: '/graphql' }).end();
        return true;
      }
      sendJson(res, 200, {
        graph: '/graphql',
        explorer: config.explorer ? '/graphql' : null,
        signIn: '/auth/config',
        health: '/healthz',
        ready: '/readyz',
      });
      return true;
    }
    return auth(req, res, path);
  };
}
