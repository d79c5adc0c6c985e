import type { Text } from '../i18n/text.js';

/** A code with the description frontends read in the schema. */
export type ErrorCodeDescriptions<C extends string> = Record<C, string>;

/** Codes any module may use. Each module declares its own codes next to its rules. */
export enum CommonErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
}

export const commonErrorDescriptions: ErrorCodeDescriptions<CommonErrorCode> = {
  NOT_FOUND: 'An object the input refers to does not exist.',
  INVALID_INPUT: 'A value is well-formed but not acceptable (e.g. too long, or missing where the rest of the input requires it).',
  DUPLICATE_CODE: 'Another object already uses this code.',
  INVALID_TRANSITION: 'The object’s current status does not allow this move; the message names the status.',
};

/**
 * A domain rule refused the operation. Thrown inside a write transaction, it rolls the
 * transaction back and reaches the client as a `UserError` in the payload. Modules subclass it
 * with their own codes.
 */
export class DomainError<C extends string = string> extends Error {
  override name = 'DomainError';

  /** The message in every language; `message` is its English, for logs. */
  readonly text: Text;

  constructor(
    readonly code: C | CommonErrorCode,
    message: Text | string,
    readonly field?: string[],
  ) {
    const text = typeof message === 'string' ? { en: message, zh: message } : message;
    super(text.en);
    this.text = text;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
