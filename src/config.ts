import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** Who may read the schema through `__schema` and `__type`: every signed-in user, admins only, or nobody. */
export type IntrospectionPolicy = 'on' | 'admins' | 'off';
/**
 * Which documents the server runs: `off` any document; `only` those of the trusted-documents manifest
 * (schema/trusted-documents.json), addressed by their hash, and any document from an admin.
 */
export type TrustedDocumentsMode = 'off' | 'only';
/**
 * When operations run as code compiled for their document rather than interpreted: never, from a
 * document's second run on, or from its first (src/shared/graphql/compiled-execution.ts).
 */
export type CompiledExecutionMode = 'off' | 'repeated' | 'always';
/** Readable lines for a person at a terminal, or one JSON object per line for a log collector. */
export type LogFormat = 'pretty' | 'json';

/** Where JWTs come from: a shared HS256 secret, or an identity provider's key set. */
export type JwtKeySource = { kind: 'secret'; secret: Uint8Array } | { kind: 'jwks'; url: URL };

/** An OpenID Connect issuer people sign in with (authorization-code flow with PKCE); its tokens are introspected. */
export interface OidcConfig {
  /** Exactly as the issuer names itself in `iss`. */
  issuer: string;
  clientId: string;
  /** Present: a confidential client (client_secret_basic); absent: a public client. */
  clientSecret: string | undefined;
  scope: string;
  /** How long a positive introspection answer is trusted; 0 asks the issuer on every request. */
  recheckSeconds: number;
}

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Absent: the server runs an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Port for the embedded PostgreSQL; 0 picks a free one at each start. */
  embeddedPgPort: number;
  /**
   * Whether to load the demo data when the database holds none. Always for the embedded database;
   * for a server of your own only with `SEED_DEMO=1` (a shared demo or training server).
   */
  seedDemo: boolean;
  /**
   * Whether the explorer offers the demo users by name (`/auth/demo-token`): only outside production,
   * where the server signs its own tokens, on a demo database (`seedDemo`): never on a server whose
   * `admin` may be a real account.
   */
  demoSignIn: boolean;
  logLevel: LogLevel;
  /** `pretty` outside production, `json` in production, unless `LOG_FORMAT` says otherwise. */
  logFormat: LogFormat;
  /** Browser origins allowed to call the API; `'*'` allows any (refused in production). */
  corsOrigins: string[] | '*';
  /** Where "today" is: deadlines are dates in the province's time. */
  timeZone: string;
  /** Whether a browser opening /graphql gets the explorer (GraphiQL, served from dist/explorer/). */
  explorer: boolean;
  /**
   * Who may read the schema (`__schema`, `__type`): `on` every signed-in user, `admins`, or `off`.
   * `admins` in production, `on` elsewhere, unless `INTROSPECTION` says otherwise. In production,
   * errors also stop suggesting field and type names ("Did you mean …").
   */
  introspection: IntrospectionPolicy;
  /**
   * `only`: a document must come from the manifest, addressed by its sha256 (`documentId` or
   * `extensions.persistedQuery`); admins may still send any document. `off` (the default in every
   * mode, so that the explorer and ad-hoc queries work unless a deployment opts in) runs any document.
   */
  trustedDocuments: TrustedDocumentsMode;
  jwt: {
    key: JwtKeySource;
    issuer: string;
    audience: string;
    /** Lifetime of tokens printed by `npm run token`. */
    ttl: string;
  };
  /** Absent: no OIDC sign-in. */
  oidc: OidcConfig | undefined;
  limits: RequestLimits;
  /**
   * How long, in seconds, a signed-in user's account serves their requests without being read again
   * (0: read on every request): what another replica's deactivation may take to be seen here.
   */
  viewerCacheSeconds: number;
  /** When operations run compiled rather than interpreted (COMPILED_EXECUTION, default `repeated`). */
  compiledExecution: CompiledExecutionMode;
  /**
   * How far V8 lets the heap grow past what the last full collection kept, in percent, before the
   * next (HEAP_GROWING_PERCENT; 0 leaves it to V8, which under load lets it reach several times that).
   */
  heapGrowingPercent: number;
}

/** How much one user, one address and one request may take (docs/architecture.md, "Rate limits, timeouts and the pool"). */
export interface RequestLimits {
  /** Each user's bucket of cost points: what a burst may spend. */
  userPoints: number;
  /** Points a user's bucket regains per second. */
  userRestorePerSecond: number;
  /** Points every request costs on top of the objects it asks for. */
  requestPoints: number;
  /** Each client address's bucket, in requests, charged before the token is checked. */
  ipRequests: number;
  /** Requests an address's bucket regains per second. */
  ipRestorePerSecond: number;
  /** Proxies in front of the server: the client's address is that many entries from the end of X-Forwarded-For. */
  trustProxyHops: number;
  /** Longest any one SQL statement may run, in milliseconds. */
  statementTimeoutMs: number;
  /** Longest a request may run before it is answered REQUEST_TIMEOUT and its database work stops. */
  requestDeadlineMs: number;
  /** Dashboards and rankings running at once in this process; more wait their turn. */
  expensiveConcurrency: number;
  /** Largest file one upload may carry (`POST /files`), in bytes. */
  uploadMaxBytes: number;
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const MIN_SECRET_BYTES = 32;
const MAX_RECHECK_SECONDS = 3600;
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS: LogFormat[] = ['pretty', 'json'];
const INTROSPECTION_POLICIES: IntrospectionPolicy[] = ['on', 'admins', 'off'];
const TRUSTED_DOCUMENTS_MODES: TrustedDocumentsMode[] = ['off', 'only'];
const COMPILED_EXECUTION_MODES: CompiledExecutionMode[] = ['off', 'repeated', 'always'];
const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];

/**
 * Reads and validates the environment once. Every problem is reported together, so a
 * misconfigured deployment fails at start with one clear message instead of at first use.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name) ?? fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  };
  const port = (name: string, fallback: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      problems.push(`${name} must be a port number between 0 and 65535 (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const zone = (name: string, fallback: string): string => {
    const value = text(name) ?? fallback;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
    } catch {
      problems.push(`${name} must be an IANA time zone such as Asia/Shanghai (got "${value}")`);
      return fallback;
    }
    return value;
  };

  const flag = (name: string, fallback = false): boolean => {
    const value = text(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    problems.push(`${name} must be on or off, 1 or 0 (got "${value}")`);
    return fallback;
  };

  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(text('DATA_DIR') ?? './.data');

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  const corsRaw = text('CORS_ORIGINS');
  let corsOrigins: string[] | '*' = production ? [] : '*';
  if (corsRaw === '*') {
    if (production) problems.push('CORS_ORIGINS must list explicit origins in production, not "*"');
    corsOrigins = '*';
  } else if (corsRaw) {
    corsOrigins = corsRaw
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    for (const origin of corsOrigins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        problems.push(`CORS_ORIGINS entry "${origin}" must be an origin like https://app.example.org`);
      }
    }
  }

  const jwksUrl = text('JWT_JWKS_URL');
  const secret = text('JWT_SECRET');
  let key: JwtKeySource;
  if (jwksUrl) {
    let url: URL | undefined;
    try {
      url = new URL(jwksUrl);
    } catch {
      problems.push('JWT_JWKS_URL must be a URL');
    }
    key = { kind: 'jwks', url: url ?? new URL('http://invalid.invalid') };
  } else if (secret) {
    if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
      problems.push(`JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes long`);
    }
    key = { kind: 'secret', secret: new TextEncoder().encode(secret) };
  } else if (production) {
    problems.push('JWT_SECRET (at least 32 bytes) or JWT_JWKS_URL is required in production');
    key = { kind: 'secret', secret: new Uint8Array() };
  } else {
    // Outside production a secret is generated once per data folder, so that `npm start`
    // and `npm run token` agree without any setup and no secret is ever hard-coded.
    key = { kind: 'secret', secret: new TextEncoder().encode(localSecret(dataDir)) };
  }

  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const limits: RequestLimits = {
    userPoints: whole('RATE_LIMIT_POINTS', 60_000, 1, 100_000_000),
    userRestorePerSecond: whole('RATE_LIMIT_RESTORE_PER_SECOND', 1_000, 1, 100_000_000),
    requestPoints: whole('RATE_LIMIT_REQUEST_POINTS', 250, 0, 100_000_000),
    ipRequests: whole('RATE_LIMIT_IP_REQUESTS', 600, 1, 100_000_000),
    ipRestorePerSecond: whole('RATE_LIMIT_IP_RESTORE_PER_SECOND', 20, 1, 100_000_000),
    trustProxyHops: whole('TRUST_PROXY_HOPS', 0, 0, 10),
    statementTimeoutMs: whole('STATEMENT_TIMEOUT_MS', 5_000, 1, 3_600_000),
    requestDeadlineMs: whole('REQUEST_DEADLINE_MS', 15_000, 1, 3_600_000),
    expensiveConcurrency: whole('EXPENSIVE_CONCURRENCY', 3, 1, 1_000),
    uploadMaxBytes: whole('UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1024, 200 * 1024 * 1024),
  };

  const oidc = oidcConfig(text, production, problems);
  const seedDemo = databaseUrl === undefined || flag('SEED_DEMO');

  const config: Config = {
    nodeEnv,
    port: port('PORT', 4000),
    host: text('HOST') ?? '127.0.0.1',
    databaseUrl,
    dataDir,
    embeddedPgPort: port('EMBEDDED_PG_PORT', 0),
    seedDemo,
    demoSignIn: !production && key.kind === 'secret' && seedDemo,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, production ? 'info' : nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat: oneOf('LOG_FORMAT', LOG_FORMATS, production ? 'json' : 'pretty'),
    corsOrigins,
    timeZone: zone('TIME_ZONE', 'Asia/Shanghai'),
    explorer: flag('EXPLORER', true),
    introspection: oneOf('INTROSPECTION', INTROSPECTION_POLICIES, production ? 'admins' : 'on'),
    trustedDocuments: oneOf('TRUSTED_DOCUMENTS', TRUSTED_DOCUMENTS_MODES, 'off'),
    jwt: {
      key,
      issuer: text('JWT_ISSUER') ?? 'reform-graph',
      audience: text('JWT_AUDIENCE') ?? 'reform-graph',
      ttl: text('JWT_TTL') ?? '8h',
    },
    oidc,
    limits,
    viewerCacheSeconds: whole('VIEWER_CACHE_SECONDS', 3, 0, 60),
    compiledExecution: oneOf('COMPILED_EXECUTION', COMPILED_EXECUTION_MODES, 'repeated'),
    heapGrowingPercent: whole('HEAP_GROWING_PERCENT', 100, 0, 1000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function oidcConfig(text: (name: string) => string | undefined, production: boolean, problems: string[]): OidcConfig | undefined {
  const issuer = text('OIDC_ISSUER');
  const clientId = text('OIDC_CLIENT_ID');
  const clientSecret = text('OIDC_CLIENT_SECRET');
  if (!issuer && !clientId) {
    for (const name of ['OIDC_CLIENT_SECRET', 'OIDC_SCOPE', 'OIDC_RECHECK_SECONDS']) {
      if (text(name)) problems.push(`${name} is set but OIDC_ISSUER and OIDC_CLIENT_ID are not`);
    }
    return undefined;
  }
  if (!issuer || !clientId) {
    problems.push('OIDC_ISSUER and OIDC_CLIENT_ID go together: set both for OIDC sign-in, or neither');
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {
    problems.push(`OIDC_ISSUER must be a URL such as https://login.example.org/realms/commission (got "${issuer}")`);
  }
  if (url && !['https:', 'http:'].includes(url.protocol)) problems.push('OIDC_ISSUER must be an http(s) URL');
  else if (url && production && url.protocol !== 'https:') problems.push('OIDC_ISSUER must be an https:// URL in production');
  if (url && (url.search || url.hash)) problems.push('OIDC_ISSUER must have no query or fragment');
  const scope = text('OIDC_SCOPE') ?? 'openid profile';
  if (!scope.split(/\s+/).includes('openid')) problems.push(`OIDC_SCOPE must include openid (got "${scope}")`);
  const recheckRaw = text('OIDC_RECHECK_SECONDS');
  const recheckSeconds = recheckRaw === undefined ? 10 : Number(recheckRaw);
  if (!Number.isInteger(recheckSeconds) || recheckSeconds < 0 || recheckSeconds > MAX_RECHECK_SECONDS) {
    problems.push(`OIDC_RECHECK_SECONDS must be a whole number of seconds from 0 to ${MAX_RECHECK_SECONDS} (got "${recheckRaw}")`);
  }
  return { issuer, clientId, clientSecret, scope, recheckSeconds };
}

function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
