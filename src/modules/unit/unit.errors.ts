import { DomainError, UserErrorCode } from '../../shared/graphql/user-error.js';

export const UnitErrors = {
  invalidCode: (code: string) =>
    new DomainError(UserErrorCode.INVALID_INPUT, `"${code}" is not a valid unit code: 2–40 capital letters, digits, "-" or "_".`, [
      'input',
      'code',
    ]),
  invalidName: () => new DomainError(UserErrorCode.INVALID_INPUT, 'A unit name must have 1–100 characters.', ['input', 'name']),
  regionRequired: (level: string) =>
    new DomainError(UserErrorCode.INVALID_INPUT, `A ${level.toLowerCase()}-level unit must belong to a region.`, ['input', 'regionId']),
  duplicateCode: (code: string) =>
    new DomainError(UserErrorCode.DUPLICATE_CODE, `Another unit already has the code "${code}".`, ['input', 'code']),
  notFound: (what: string, field: string[]) => new DomainError(UserErrorCode.NOT_FOUND, `No ${what} has this ID.`, field),
  cycle: (code: string, parentCode: string) =>
    new DomainError(
      UserErrorCode.INVALID_PARENT,
      `Unit ${code} cannot be placed under ${parentCode}: ${parentCode} is ${code} itself or one of its sub-units.`,
      ['input', 'parentId'],
    ),
};
