import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createContext, isActiveLogin, type Context } from './context.js';
import { buildAppSchema } from './schema.js';
import { tokenVerifier } from './shared/auth/jwt.js';
import { OidcClient, oidcPublicConfig } from './shared/auth/oidc.js';
import { TokenIntrospector } from './shared/auth/oidc-introspection.js';
import { oidcTokenRoute } from './shared/auth/oidc-route.js';
import { systemClock, type Clock } from './shared/clock.js';
import { pendingMigrations } from './shared/db/migrate.js';
import { complexityPlugin, MAX_COST, MAX_DEPTH } from './shared/graphql/complexity.js';
import { introspectionPlugin } from './shared/graphql/introspection.js';
import { documentLimitProblem, MAX_TOKENS } from './shared/graphql/document-limits.js';
import { documentNestingProblem, inputGuardPlugin } from './shared/graphql/input-guard.js';
import { formatError, operationNamePlugin, type RequestState } from './shared/graphql/format-error.js';
import { pickLanguage } from './shared/i18n/language.js';
import { platformMessages } from './shared/i18n/platform.messages.js';
import { textIn } from './shared/i18n/text.js';
import { cors, MAX_BODY_BYTES, readBody, sendError, sendJson } from './shared/http.js';
import { requestScope, type Logger } from './shared/logger.js';
import { webRoutes } from './web/routes.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export interface AppServer {
  httpServer: http.Server;
  /** Resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets running requests finish, then stops Apollo. */
  close(): Promise<void>;
}

export async function createAppServer(config: Config, orm: MikroORM, logger: Logger, clock: Clock = systemClock): Promise<AppServer> {
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Shutdown order is ours (main.ts): HTTP, then Apollo, then the database.
    stopOnTerminationSignals: false,
    // Production keeps the schema's names to itself: no "Did you mean …" in errors.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    // The documents reaching the parser were counted already (document-limits.ts); this holds should any other path reach it.
    parseOptions: { maxLexicalTokens: MAX_TOKENS },
    // No Apollo landing page in any mode: browsers get the explorer this server bundles (src/web/).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      operationNamePlugin,
      inputGuardPlugin,
      introspectionPlugin(config.introspection),
      complexityPlugin({ maxDepth: MAX_DEPTH, maxCost: MAX_COST }),
    ],
    logger: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();
  const oidc = config.oidc ? new OidcClient(config.oidc) : undefined;
  const verifyToken = tokenVerifier(config.jwt, oidc && new TokenIntrospector(oidc));
  const oidcDeps = { oidc, clock, isActiveLogin: (login: string) => isActiveLogin(orm, login) };
  const site = webRoutes(config, orm, logger, {
    oidcPublicConfig: () =>
      oidcPublicConfig(oidc, (error) =>
        logger.warn({ err: error }, 'OIDC issuer unreachable: the explorer offers no OIDC sign-in for now'),
      ),
  });

  async function graphql(req: IncomingMessage, res: ServerResponse, state: RequestState): Promise<void> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === undefined) return sendError(res, 413, platformMessages.bodyTooLarge(MAX_BODY_BYTES), { code: 'BAD_REQUEST' });
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return sendError(res, 400, platformMessages.bodyNotJson, { code: 'BAD_REQUEST' });
      }
    }
    const search = new URL(req.url ?? '/', 'http://localhost').search;
    const query = req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : new URLSearchParams(search).get('query');
    const tooBig = documentNestingProblem(query) ?? documentLimitProblem(query);
    if (tooBig) return sendError(res, 400, tooBig, { code: 'QUERY_TOO_COMPLEX' });
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: () =>
        createContext(
          { orm, verifyToken, timeZone: config.timeZone, clock },
          {
            authorization: req.headers.authorization,
            acceptLanguage: req.headers['accept-language'],
            requestId: state.requestId,
            log: state.log,
          },
        ),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function ready(res: ServerResponse): Promise<void> {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      if (pending.length > 0) return sendJson(res, 503, { status: 'unavailable', reason: `${pending.length} migration(s) not applied` });
      sendJson(res, 200, { status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
    }
  }

  const httpServer = http.createServer((req, res) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    const state: RequestState = {
      requestId,
      log: logger.child({ requestId }),
      language: pickLanguage(undefined, req.headers['accept-language']),
      errorCodes: [],
    };
    const started = performance.now();
    // Set when src/web/ answered, e.g. the explorer page at /graphql: not a GraphQL request to log.
    let page = false;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== '/graphql' || page) return;
      state.log.info(
        {
          operationName: state.operationName ?? null,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          status: res.statusCode,
          outcome: state.errorCodes.length ? 'error' : 'ok',
          errorCodes: state.errorCodes.length ? [...new Set(state.errorCodes)] : undefined,
        },
        'graphql request',
      );
    });
    void requestScope.run(state, async () => {
      try {
        if (cors(config, req, res)) return;
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
        if (path === '/readyz') return await ready(res);
        if ((page = await site(req, res, path))) return;
        if (path === '/graphql') return await graphql(req, res, state);
        if (path === '/auth/oidc/token') return await oidcTokenRoute(oidcDeps, req, res, state);
        sendJson(res, 404, { error: textIn(platformMessages.noSuchPath, state.language) });
      } catch (error) {
        state.log.error({ err: error }, 'request failed');
        if (!res.headersSent) sendError(res, 500, platformMessages.internal(requestId), { code: 'INTERNAL_SERVER_ERROR', requestId });
        else res.destroy();
      }
    });
  });
  httpServer.keepAliveTimeout = 5_000;

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
