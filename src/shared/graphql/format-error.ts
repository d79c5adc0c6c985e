import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.js';
import { DEFAULT_LANGUAGE, Language } from '../i18n/language.js';
import { platformMessages } from '../i18n/platform.messages.js';
import { textIn, type Text } from '../i18n/text.js';
import { requestScope, type Logger } from '../logger.js';
import { localizedTextOf } from './errors.js';
import { chineseOf } from './graphql-messages.js';

/** Codes that are the client's to see as they are; anything else is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'TRUSTED_DOCUMENT_REQUIRED',
]);
/** What the HTTP layer and Apollo know about the request being served. */
export interface RequestState {
  requestId: string;
  log: Logger;
  /** The language of the messages this request reads: its `Accept-Language`, then the signed-in user's preference. */
  language: Language;
  operationName?: string | null;
  errorCodes: string[];
  /** The user's bucket after this request was charged (src/shared/limits/throttle.ts): what `extensions.cost.throttleStatus` shows. */
  throttle?: { remaining: number; restoreRate: number };
  /** The client's address (src/shared/limits/throttle.ts `clientAddress`), whose rate limit the request counts against. */
  address?: string;
  /** Whether the request has been charged to its rate limits. */
  charged?: boolean;
  /** Set when the request outlived its deadline: it has been answered, and no further statement of it may run. */
  expired?: boolean;
  /** Set once a write of the request has committed. */
  committed?: boolean;
  /** What the operation may cost and the most it may (complexity.ts), and what it did cost once answered. */
  cost?: { requested: number; maximum: number; actual?: number };
}

/**
 * A client error's message in the request's language: our own errors carry both languages; the
 * English of graphql-js, Apollo and scalars is put into Chinese by pattern (graphql-messages.ts).
 */
function messageIn(message: string, code: string, text: Text | undefined, language: Language): string {
  if (text?.en === message) return textIn(text, language);
  return language === Language.ZH_CN ? chineseOf(message, code, text) : message;
}

/** Unknown errors reach the client as INTERNAL_SERVER_ERROR with the request id; the log has the rest. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const state = requestScope.getStore() as RequestState | undefined;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    state?.errorCodes.push(code);
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const message = messageIn(formatted.message, code, localizedTextOf(error), state?.language ?? DEFAULT_LANGUAGE);
    return { ...formatted, message, extensions };
  }
  if (sqlState(error, (c) => c === STATEMENT_CANCELLED)) {
    state?.errorCodes.push('REQUEST_TIMEOUT');
    state?.log.warn({ path: formatted.path }, 'statement timed out');
    return {
      message: textIn(platformMessages.statementTimedOut, state?.language ?? DEFAULT_LANGUAGE),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'REQUEST_TIMEOUT' },
    };
  }
  const dataProblem = rejectedValue(error) ?? variableErrorLimit(formatted);
  if (dataProblem) {
    state?.errorCodes.push('BAD_USER_INPUT');
    return {
      message: textIn(dataProblem, state?.language ?? DEFAULT_LANGUAGE),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  state?.errorCodes.push('INTERNAL_SERVER_ERROR');
  state?.log.error({ err: (error as { originalError?: unknown }).originalError ?? error, path: formatted.path }, 'unexpected error');
  const requestId = state?.requestId ?? 'unknown';
  return {
    message: textIn(platformMessages.internal(requestId), state?.language ?? DEFAULT_LANGUAGE),
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

export const operationNamePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName }) {
        const state = requestScope.getStore() as RequestState | undefined;
        if (state) state.operationName = operationName;
      },
    };
  },
};

/**
 * graphql-js stops coercing variables after 50 errors and adds an error of its own, without a code
 * or a location, that Apollo does not mark as the client's: the input is still what was wrong.
 */
function variableErrorLimit(formatted: GraphQLFormattedError): Text | undefined {
  const limit = !formatted.extensions?.code || formatted.extensions.code === 'INTERNAL_SERVER_ERROR';
  return limit && formatted.message.startsWith('Too many errors processing variables, error limit reached.')
    ? platformMessages.tooManyVariableErrors
    : undefined;
}

/** PostgreSQL's "data exception" messages by SQLSTATE, in words fit for a client. */
const DATA_EXCEPTIONS: Record<string, Text> = platformMessages.dataExceptions;

/**
 * A value the database refused as data (SQLSTATE class 22: NUL in text, a number beyond its column…)
 * came from the client, not from a bug: it is BAD_USER_INPUT, and the transaction was rolled back.
 */
function rejectedValue(error: unknown): Text | undefined {
  const code = sqlState(error, (c) => /^22[0-9A-Z]{3}$/.test(c));
  return code ? (DATA_EXCEPTIONS[code] ?? platformMessages.valueNotStorable) : undefined;
}

/** `statement_timeout` ran out (or the statement was cancelled): the transaction rolled back. */
const STATEMENT_CANCELLED = '57014';

/** The SQLSTATE behind an error, through the wrappers graphql-js, the ORM and the driver put around it, if it matches. */
function sqlState(error: unknown, matches: (code: string) => boolean): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && matches(code)) return code;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}
