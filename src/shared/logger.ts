import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';
import type { Language } from './i18n/language.js';

export type { Logger };

/** JSON lines on stdout (or the given stream), one object per event. */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  const options = { level, base: { service: 'reform-graph' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

/** The request being served, visible to code that has no context argument (error masking, logs). */
export const requestScope = new AsyncLocalStorage<{ requestId: string; log: Logger; language: Language }>();
