import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';

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
    sendJson(res, 403, { errors: [{ message: 'This origin may not call the API.', extensions: { code: 'FORBIDDEN' } }] });
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

/** Reads the body; undefined when it exceeds the limit (the rest is drained, not buffered). */
export function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
