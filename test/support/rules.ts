import { isDomainError } from '../../src/shared/errors/domain-error.js';

/** The code of the domain error `fn` throws, or undefined when it throws none (anything else is rethrown). */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return undefined;
}
