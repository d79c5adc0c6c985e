import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Every code a payload's `userErrors` can carry. One enum for the whole graph, so frontends can
 * switch over it exhaustively; each module adds the codes of its rules here.
 */
export enum UserErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  INVALID_PARENT = 'INVALID_PARENT',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Payloads carry these in `userErrors`; nothing is written when any is present.',
  valuesConfig: {
    NOT_FOUND: { description: 'An object the input refers to does not exist.' },
    INVALID_INPUT: { description: 'A value is well-formed but not acceptable (e.g. blank after trimming).' },
    DUPLICATE_CODE: { description: 'Another object already uses this code.' },
    INVALID_PARENT: { description: 'The parent would make the hierarchy a cycle.' },
  },
});

@ObjectType({ description: 'A rule the input broke: a stable code, a readable message and the path of the input field at fault.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable, machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'Readable explanation, fit to show a user.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. `["input", "code"]`.' })
  field?: string[] | null;
}

/**
 * A domain rule refused the operation. Thrown inside a write transaction, it rolls the
 * transaction back and reaches the client as a `UserError` in the payload.
 */
export class DomainError extends Error {
  override name = 'DomainError';

  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field?: string[],
  ) {
    super(message);
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field ?? null };
  }
}

/** Runs a mutation body; a DomainError becomes the payload's `userErrors`, anything else propagates. */
export async function withUserErrors<T extends object>(body: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { userErrors: [error.toUserError()] } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
