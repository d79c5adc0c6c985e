import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

/** Where a credential could sit in a logged object: request headers, tokens, PKCE verifiers. */
const REDACTED = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'token',
  '*.token',
  'codeVerifier',
  '*.codeVerifier',
];

/** JSON lines on stdout (or the given stream), one object per event. */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'reform-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Nothing logs credentials today; should a header or a token ever reach a log call, it is blotted out.
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The request being served, visible to code that has no context argument (error masking, logs). */
export const requestScope = new AsyncLocalStorage<{ requestId: string; log: Logger }>();
