import { DomainError, UserErrorCode } from '../../shared/graphql/user-error.js';

export const DecisionCategoryErrors = {
  invalidName: () => new DomainError(UserErrorCode.INVALID_INPUT, 'A category name must have 1–100 characters.', ['input', 'name']),
  notFound: () => new DomainError(UserErrorCode.NOT_FOUND, 'No decision category has this ID.', ['input', 'id']),
};
