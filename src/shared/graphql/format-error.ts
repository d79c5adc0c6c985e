import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../../context.js';
import { requestScope, type Logger } from '../logger.js';

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
]);
/** What the HTTP layer and Apollo know about the request being served. */
export interface RequestState {
  requestId: string;
  log: Logger;
  operationName?: string | null;
  errorCodes: string[];
}

/** Unknown errors reach the client as INTERNAL_SERVER_ERROR with the request id; the log has the rest. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const state = requestScope.getStore() as RequestState | undefined;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    state?.errorCodes.push(code);
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  state?.errorCodes.push('INTERNAL_SERVER_ERROR');
  state?.log.error({ err: (error as { originalError?: unknown }).originalError ?? error, path: formatted.path }, 'unexpected error');
  const requestId = state?.requestId ?? 'unknown';
  return {
    message: `Internal server error. Quote request id ${requestId} when reporting it.`,
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
