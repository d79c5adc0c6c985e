import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { decisionCategoryMessages as M } from './decision-category.messages.js';

export class DecisionCategoryError extends DomainError {}

export const DecisionCategoryErrors = {
  invalidName: () => new DecisionCategoryError(CommonErrorCode.INVALID_INPUT, M.invalidName, ['input', 'name']),
  notFound: () => new DecisionCategoryError(CommonErrorCode.NOT_FOUND, M.notFound, ['input', 'id']),
};
