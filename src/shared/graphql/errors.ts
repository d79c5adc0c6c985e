import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';

/** Codes of top-level errors (in `errors[].extensions.code`), as docs/architecture.md lists them. */
export type TopLevelErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COMPLEX'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'TRUSTED_DOCUMENT_REQUIRED'
  | 'RATE_LIMITED'
  | 'REQUEST_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

/** A top-level error whose message a person reads, in every language; `message` is its English. */
export class LocalizedGraphQLError extends GraphQLError {
  readonly text: Text;

  constructor(text: Text, options: GraphQLErrorOptions) {
    super(text.en, options);
    this.text = text;
  }
}

/** The localized text behind an error, through the wrappers graphql-js and Apollo put around it. */
export function localizedTextOf(error: unknown): Text | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const text = (current as { text?: unknown }).text;
    if (text && typeof text === 'object' && typeof (text as Text).en === 'string' && typeof (text as Text).zh === 'string')
      return text as Text;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

export function unauthenticated(message: Text = platformMessages.signIn): GraphQLError {
  return new LocalizedGraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: Text): GraphQLError {
  return new LocalizedGraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function badUserInput(message: Text, argument?: string): GraphQLError {
  return new LocalizedGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}
