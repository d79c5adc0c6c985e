import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { contextOfSubject, createContext, isActiveLogin, type Account, type Context } from './context.js';
import { modules } from './modules/index.js';
import { UPLOAD_PATH, uploadRoute } from './modules/evidence/index.js';
import { EXPORT_PATH } from './shared/exports/link.js';
import { exportRoute } from './shared/exports/route.js';
import { graphOf } from './shared/exports/exporter.js';
import { buildAppSchema } from './schema.js';
import { tokenVerifier } from './shared/auth/jwt.js';
import { ViewerCache } from './shared/auth/viewer-cache.js';
import { OidcClient, oidcPublicConfig } from './shared/auth/oidc.js';
import { TokenIntrospector } from './shared/auth/oidc-introspection.js';
import { oidcTokenRoute } from './shared/auth/oidc-route.js';
import { systemClock, type Clock } from './shared/clock.js';
import { loadIdSecret } from './shared/db/id-secret.js';
import { pendingMigrations } from './shared/db/migrate.js';
import { prepareRecurringReads } from './shared/db/statements.js';
import { executionGateway, type ExecutionCounts } from './shared/graphql/compiled-execution.js';
import { complexityPlugin, MAX_COST, MAX_DEPTH } from './shared/graphql/complexity.js';
import { EXPIRED, stopExpiredStatements, withDeadline } from './shared/limits/deadline.js';
import { Semaphore } from './shared/limits/semaphore.js';
import { clientAddress, Throttle } from './shared/limits/throttle.js';
import { introspectionPlugin } from './shared/graphql/introspection.js';
import { documentLimitProblem, MAX_TOKENS } from './shared/graphql/document-limits.js';
import { documentNestingProblem, inputGuardPlugin } from './shared/graphql/input-guard.js';
import { formatError, operationNamePlugin, type RequestState } from './shared/graphql/format-error.js';
import { LocalizedGraphQLError } from './shared/graphql/errors.js';
import { otherExtensions, readManifest, resolveDocument, type DocumentParameters } from './shared/graphql/trusted-documents.js';
import { hasRole } from './shared/auth/access.js';
import { Role } from './shared/auth/role.js';
import { pickLanguage } from './shared/i18n/language.js';
import { platformMessages } from './shared/i18n/platform.messages.js';
import { textIn } from './shared/i18n/text.js';
import { cors, MAX_BODY_BYTES, readBody, sendError, sendJson, sendRefusal } from './shared/http.js';
import { requestScope, type Logger } from './shared/logger.js';
import { webRoutes } from './web/routes.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Every answer of the graph is the viewer's own and current: never stored by a browser or a proxy. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** A query parameter holding JSON, parsed; left as text when it is not JSON (Apollo then says so). */
function jsonOrText(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export interface AppServer {
  httpServer: http.Server;
  /** Resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** How many operations ran compiled and interpreted, and how many documents were compiled. */
  execution: ExecutionCounts;
  /** Stops accepting, lets running requests finish, then stops Apollo. */
  close(): Promise<void>;
}

export async function createAppServer(config: Config, orm: MikroORM, logger: Logger, clock: Clock = systemClock): Promise<AppServer> {
  await loadIdSecret(orm);
  const db = orm.em.getConnection().getKnex();
  prepareRecurringReads(db);
  const throttle = new Throttle(db, config.limits, clock);
  const schema = await buildAppSchema();
  const gateway = executionGateway(schema, config.compiledExecution);
  const apollo = new ApolloServer<Context>({
    // Apollo parses, validates, runs the plugins and formats errors; the gateway executes (compiled-execution.ts).
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Documents are named by hash only through the trusted-documents manifest (graphql() below):
    // Apollo's own APQ would let any client register any document under its hash.
    persistedQueries: false,
    // Shutdown order is ours (main.ts): HTTP, then Apollo, then the database.
    stopOnTerminationSignals: false,
    // Production keeps the schema's names to itself: no "Did you mean …" in errors.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    // The documents reaching the parser were counted already (document-limits.ts); this holds should any other path reach it.
    parseOptions: { maxLexicalTokens: MAX_TOKENS },
    // No Apollo landing page in any mode: browsers get the explorer this server bundles (src/web/).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint, so Apollo's cache-control plugin only wrapped every resolver to
      // conclude `no-store`: that header is set once per response instead.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      operationNamePlugin,
      inputGuardPlugin,
      introspectionPlugin(config.introspection),
      complexityPlugin({ maxDepth: MAX_DEPTH, maxCost: MAX_COST }),
      // After the cost check: it charges the cost that check counted.
      throttle.plugin(),
    ],
    logger: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();
  stopExpiredStatements(db);
  const expensive = new Semaphore(config.limits.expensiveConcurrency);
  const manifest = readManifest();
  const oidc = config.oidc ? new OidcClient(config.oidc) : undefined;
  const verifyToken = tokenVerifier(config.jwt, oidc && new TokenIntrospector(oidc));
  const viewers = new ViewerCache<Account>(config.viewerCacheSeconds * 1000);
  const oidcDeps = { oidc, clock, isActiveLogin: (login: string) => isActiveLogin(orm, login) };
  const contextDeps = { orm, verifyToken, viewers, timeZone: config.timeZone, clock, expensive };
  const exportFiles = exportRoute({
    exporters: modules.flatMap((m) => m.exporters ?? []),
    clock,
    expensive,
    graph: graphOf(schema),
    contextFor: (username, request) => contextOfSubject(contextDeps, username, clock.now(), request),
  });
  const uploads = uploadRoute({
    maxBytes: config.limits.uploadMaxBytes,
    contextOf: (req, request) =>
      createContext(contextDeps, { authorization: req.headers.authorization, acceptLanguage: req.headers['accept-language'], ...request }),
  });
  const site = webRoutes(config, orm, logger, {
    oidcPublicConfig: () =>
      oidcPublicConfig(oidc, (error) =>
        logger.warn({ err: error }, 'OIDC issuer unreachable: the explorer offers no OIDC sign-in for now'),
      ),
  });

  /**
   * Serves a request an address's rate limit counts: the graph, and the sign-in routes that hand out
   * tokens (`POST /auth/*`), both reached before anyone is signed in.
   */
  async function limitedByAddress(
    req: IncomingMessage,
    res: ServerResponse,
    state: RequestState,
    refuse: (wait: number) => void,
    serve: () => Promise<unknown>,
  ): Promise<void> {
    state.address = clientAddress(req, config.limits.trustProxyHops);
    // Before the body is read or the token checked: an address refused once costs nothing more until its wait is over.
    const wait = throttle.addressWait(state.address);
    if (wait > 0) {
      state.errorCodes.push('RATE_LIMITED');
      res.setHeader('retry-after', String(wait));
      return refuse(wait);
    }
    try {
      await serve();
    } finally {
      // A request that reached no operation (no token, a bad one, a malformed body) counts against its address all the same.
      if (!state.charged && !state.expired) await throttle.chargeAddress(state.address);
    }
  }

  /** How the routes beside `/graphql` say an address must wait. */
  const routeRefusal = (res: ServerResponse) => (wait: number) =>
    sendRefusal(res, 429, 'RATE_LIMITED', platformMessages.addressRateLimited(wait));

  function graphql(req: IncomingMessage, res: ServerResponse, state: RequestState): Promise<void> {
    return limitedByAddress(
      req,
      res,
      state,
      (wait) => sendError(res, 429, platformMessages.addressRateLimited(wait), { code: 'RATE_LIMITED', retryAfter: wait }),
      () => serveGraphql(req, res, state),
    );
  }

  async function serveGraphql(req: IncomingMessage, res: ServerResponse, state: RequestState): Promise<void> {
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
    const url = new URL(req.url ?? '/', 'http://localhost');
    const params = url.searchParams;
    let search = url.search;
    const post = req.method === 'POST';
    const sent: DocumentParameters = post
      ? body && typeof body === 'object' && !Array.isArray(body)
        ? body
        : {}
      : {
          query: params.get('query') ?? undefined,
          documentId: params.get('documentId') ?? undefined,
          extensions: jsonOrText(params.get('extensions')),
        };
    const resolved = resolveDocument(manifest, sent);
    if (resolved.kind === 'refused') return sendError(res, 400, resolved.text, { code: resolved.code });
    const query = resolved.query;
    if (sent.documentId !== undefined || (sent.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery !== undefined) {
      // Apollo sees the document's text, as if the client had sent it.
      const extensions = otherExtensions(sent.extensions);
      if (post) {
        const { documentId: _named, extensions: _sent, ...rest } = body as Record<string, unknown>;
        body = { ...rest, query, ...(extensions ? { extensions } : {}) };
      } else {
        params.delete('documentId');
        params.set('query', String(query));
        if (extensions) params.set('extensions', JSON.stringify(extensions));
        else params.delete('extensions');
        search = `?${params.toString()}`;
      }
    }
    // In `only` mode a document sent as text runs for admins alone, which the viewer (below) tells.
    const untrusted = config.trustedDocuments === 'only' && resolved.kind === 'unlisted' && typeof query === 'string' && query !== '';
    const tooBig = documentNestingProblem(query) ?? documentLimitProblem(query);
    if (tooBig) return sendError(res, 400, tooBig, { code: 'QUERY_TOO_COMPLEX' });
    const { requestDeadlineMs } = config.limits;
    const response = await withDeadline(requestDeadlineMs, state, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
        context: async () => {
          const context = await createContext(contextDeps, {
            authorization: req.headers.authorization,
            acceptLanguage: req.headers['accept-language'],
            requestId: state.requestId,
            log: state.log,
          });
          if (untrusted && !hasRole(context.viewer, Role.ADMIN)) {
            throw new LocalizedGraphQLError(platformMessages.trustedDocumentRequired, {
              extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 400 } },
            });
          }
          return context;
        },
      }),
    );
    if (response === EXPIRED) {
      state.errorCodes.push('REQUEST_TIMEOUT');
      const seconds = requestDeadlineMs / 1000;
      const message = state.committed ? platformMessages.deadlinePassedAfterWrite(seconds) : platformMessages.deadlinePassed(seconds);
      return sendError(res, 503, message, { code: 'REQUEST_TIMEOUT' });
    }
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
        if (path.startsWith('/auth/') && req.method === 'POST') {
          return await limitedByAddress(req, res, state, routeRefusal(res), async () => {
            if (path === '/auth/oidc/token') return await oidcTokenRoute(oidcDeps, req, res, state);
            if (!(page = await site(req, res, path))) sendJson(res, 404, { error: textIn(platformMessages.noSuchPath, state.language) });
          });
        }
        if (path.startsWith(EXPORT_PATH)) {
          // Per address, as the sign-in routes: a link is guessed no faster than a password.
          return await limitedByAddress(req, res, state, routeRefusal(res), () => exportFiles(req, res, path, state));
        }
        if (path === UPLOAD_PATH) {
          return await limitedByAddress(req, res, state, routeRefusal(res), () => uploads(req, res, state));
        }
        if ((page = await site(req, res, path))) return;
        if (path === '/graphql') return await graphql(req, res, state);
        // Any other method: the route answers 405 with what it allows.
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
    execution: gateway.counts,
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
