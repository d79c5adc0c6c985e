import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';

export enum UnitErrorCode {
  INVALID_PARENT = 'INVALID_PARENT',
}

export const unitErrorDescriptions: ErrorCodeDescriptions<UnitErrorCode> = {
  INVALID_PARENT: 'The parent would make the hierarchy a cycle.',
};

export class UnitError extends DomainError<UnitErrorCode> {}

export const UnitErrors = {
  invalidCode: (code: string) =>
    new UnitError(CommonErrorCode.INVALID_INPUT, `"${code}" is not a valid unit code: 2–40 capital letters, digits, "-" or "_".`, [
      'input',
      'code',
    ]),
  invalidName: () => new UnitError(CommonErrorCode.INVALID_INPUT, 'A unit name must have 1–100 characters.', ['input', 'name']),
  regionRequired: (level: string) =>
    new UnitError(CommonErrorCode.INVALID_INPUT, `A ${level.toLowerCase()}-level unit must belong to a region.`, ['input', 'regionId']),
  duplicateCode: (code: string) =>
    new UnitError(CommonErrorCode.DUPLICATE_CODE, `Another unit already has the code "${code}".`, ['input', 'code']),
  notFound: (what: string, field: string[]) => new UnitError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, field),
  cycle: (code: string, parentCode: string) =>
    new UnitError(
      UnitErrorCode.INVALID_PARENT,
      `Unit ${code} cannot be placed under ${parentCode}: ${parentCode} is ${code} itself or one of its sub-units.`,
      ['input', 'parentId'],
    ),
};
