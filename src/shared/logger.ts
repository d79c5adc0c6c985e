import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'reform-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** The request being served, visible to code that has no context argument (error masking, logs). */
export const requestScope = new AsyncLocalStorage<{ requestId: string; log: Logger }>();
