import { GraphQLError } from 'graphql';

/** Codes of top-level errors (in `errors[].extensions.code`), as docs/architecture.md lists them. */
export type TopLevelErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX' | 'INTERNAL_SERVER_ERROR';

export function unauthenticated(message = 'Authentication required: send a valid `Authorization: Bearer <token>` header.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}
