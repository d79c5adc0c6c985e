import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogFormat, LogLevel } from '../config.js';
import type { Language } from './i18n/language.js';

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

/**
 * JSON lines on stdout (or the given stream), one object per event; with `pretty`, readable lines for
 * a person instead (pino-pretty, in this thread, so nothing is lost when the process exits).
 */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream, format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: { service: 'reform-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Nothing logs credentials today; should a header or a token ever reach a log call, it is blotted out.
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  const pretty = format === 'pretty' ? prettyStream(destination) : undefined;
  if (pretty) return pino(options, pretty);
  return destination ? pino(options, destination) : pino(options);
}

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

/** pino-pretty's stream, or undefined where it is not installed (then JSON, as in production). */
function prettyStream(destination: NodeJS.WritableStream | undefined): DestinationStream | undefined {
  let pretty: PrettyFactory;
  try {
    pretty = createRequire(import.meta.url)('pino-pretty') as PrettyFactory;
  } catch {
    return undefined;
  }
  return pretty({
    destination: destination ?? 1,
    sync: true,
    colorize: destination === undefined && process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service',
    singleLine: true,
  });
}

/** The request being served, visible to code that has no context argument (error masking, logs). */
export const requestScope = new AsyncLocalStorage<{ requestId: string; log: Logger; language: Language }>();
