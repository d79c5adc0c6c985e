import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../../user-error-codes.js';
import { isDomainError } from '../errors/domain-error.js';

@ObjectType({ description: 'A rule the input broke: a stable code, a readable message and the path of the input field at fault.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable, machine-readable reason.' })
  code!: string;

  @Field(() => String, { description: 'Readable explanation, fit to show a user.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. `["input", "code"]`.' })
  field?: string[] | null;
}

/** The one place where a domain refusal becomes a payload's `userErrors`; anything else propagates. */
export async function withUserErrors<T extends object>(body: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    if (isDomainError(error)) {
      const userError: UserError = { code: error.code, message: error.message, field: error.field ?? null };
      return { userErrors: [userError] } as Partial<T> & { userErrors: UserError[] };
    }
    throw error;
  }
}
