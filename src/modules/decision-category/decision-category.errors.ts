import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';

export class DecisionCategoryError extends DomainError {}

export const DecisionCategoryErrors = {
  invalidName: () =>
    new DecisionCategoryError(CommonErrorCode.INVALID_INPUT, 'A category name must have 1–100 characters.', ['input', 'name']),
  notFound: () => new DecisionCategoryError(CommonErrorCode.NOT_FOUND, 'No decision category has this ID.', ['input', 'id']),
};
