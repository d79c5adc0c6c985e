import type { Text } from '../i18n/text.js';

/** Codes with the descriptions frontends read in the schema, in both languages (a module's catalogue holds them). */
export type ErrorCodeDescriptions<C extends string> = Record<C, Text>;

/** Codes any module may use. Each module declares its own codes next to its rules. */
export enum CommonErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** Top-level only: a user's or an address's rate limit (HTTP 429 with Retry-After). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** Top-level only: a statement timeout or the request's deadline. */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
}

/**
 * A domain rule refused the operation. Thrown inside a write transaction, it rolls the
 * transaction back and reaches the client as a `UserError` in the payload. Modules subclass it
 * with their own codes.
 */
export class DomainError<C extends string = string> extends Error {
  override name = 'DomainError';

  /** The message in every language (from the module's catalogue); `message` is its English, for logs. */
  readonly text: Text;

  constructor(
    readonly code: C | CommonErrorCode,
    text: Text,
    readonly field?: string[],
  ) {
    super(text.en);
    this.text = text;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
