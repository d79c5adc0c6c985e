import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import { DEFAULT_LANGUAGE } from './i18n/language.js';
import { platformMessages } from './i18n/platform.messages.js';
import { textIn, type Text } from './i18n/text.js';
import { requestScope } from './logger.js';

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

/** Reads the body; undefined when it exceeds the limit (the rest is drained, not buffered). */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
