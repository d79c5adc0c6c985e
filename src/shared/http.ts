import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import { DEFAULT_LANGUAGE } from './i18n/language.js';
import { platformMessages } from './i18n/platform.messages.js';
import { textIn, type Text } from './i18n/text.js';
import { requestScope } from './logger.js';
import { qualityList } from './quality-list.js';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Whether `origin` is the server's own (its host and port are the ones the request was sent to). */
export function isOwnOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host?.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Answers CORS preflights, marks allowed origins and refuses (403) any request from an origin not
 * allowed; true when the request is fully handled. Requests without an Origin header, and a
 * browser's requests from a page the server itself served, pass.
 */
export function cors(config: Config, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && isOwnOrigin(origin, req.headers.host)) return false;
  const allowed = origin !== undefined && (config.corsOrigins === '*' || config.corsOrigins.includes(origin));
  if (origin !== undefined && !allowed) {
    sendError(res, 403, platformMessages.originRefused, { code: 'FORBIDDEN' });
    return true;
  }
  if (allowed) {
    res.setHeader('access-control-allow-origin', config.corsOrigins === '*' ? '*' : origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
    );
    res.setHeader('access-control-max-age', '600');
  }
  res.statusCode = allowed ? 204 : 403;
  res.end();
  return true;
}

/** Answers a GraphQL-shaped error, its message in the request's language. */
export function sendError(res: ServerResponse, status: number, message: Text, extensions: Record<string, unknown>): void {
  const language = requestScope.getStore()?.language ?? DEFAULT_LANGUAGE;
  sendJson(res, status, { errors: [{ message: textIn(message, language), extensions }] });
}

/**
 * Answers a refusal of the sign-in routes (`/auth/*`): `{ error: { code, message } }`, the message in
 * the request's language, never cached.
 */
export function sendRefusal(res: ServerResponse, status: number, code: string, message: Text): void {
  const language = requestScope.getStore()?.language ?? DEFAULT_LANGUAGE;
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { error: { code, message: textIn(message, language) } });
}

/** A refusal of a JSON route: status, code and the sentence, in both languages. */
export interface Refusal {
  status: number;
  code: string;
  message: Text;
}

/**
 * The JSON body of a POST to a sign-in route, parsed: from a page this server served (or no
 * browser at all), `content-type: application/json`, within `limit` bytes, valid JSON. Else the
 * refusal to send.
 */
export async function readJsonRequest(req: IncomingMessage, limit: number, foreignOrigin: Text): Promise<{ body: unknown } | Refusal> {
  const origin = req.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, req.headers.host)) return { status: 403, code: 'FORBIDDEN', message: foreignOrigin };
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
    return { status: 415, code: 'BAD_REQUEST', message: platformMessages.jsonOnly };
  const raw = await readBody(req, limit);
  if (raw === undefined) return { status: 413, code: 'BAD_REQUEST', message: platformMessages.bodyTooLarge(limit) };
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch {
    return { status: 400, code: 'BAD_REQUEST', message: platformMessages.bodyNotJson };
  }
}

/** Answers a method the route does not take: 405 with `Allow`. */
export function refuseMethod(res: ServerResponse, method: string): void {
  res.setHeader('allow', method);
  sendRefusal(res, 405, 'METHOD_NOT_ALLOWED', platformMessages.useMethod(method));
}

const IP_V4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Whether the request's `Host` names this machine in a way no other site can borrow: an IP address
 * (v4 or [v6]), `localhost`, or a host of an origin CORS_ORIGINS lists. A web page on a DNS name of
 * its own that the attacker points at 127.0.0.1 (DNS rebinding) sends its own name as `Host`, so
 * what must never go to another site's script (a demo token) is handed out only here.
 */
export function isTrustedHost(host: string | undefined, config: Pick<Config, 'corsOrigins'>): boolean {
  if (!host) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (hostname === 'localhost' || IP_V4.test(hostname) || hostname.startsWith('[')) return true;
  return config.corsOrigins !== '*' && config.corsOrigins.some((origin) => new URL(origin).hostname.toLowerCase() === hostname);
}

/** Whether `Accept-Encoding` takes gzip: named with a quality above 0, or else `*` so. */
export function acceptsGzip(header: string | undefined): boolean {
  const encodings = qualityList(header);
  const gzip = encodings.find((e) => e.value === 'gzip') ?? encodings.find((e) => e.value === '*');
  return gzip !== undefined && gzip.q > 0;
}

/** Reads the body; undefined when it exceeds the limit (the rest is drained, not buffered). */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  return (await readBytes(req, limit))?.toString('utf8');
}

/** Reads the body as bytes; undefined when it exceeds the limit (the rest is drained, not buffered). */
export function readBytes(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
