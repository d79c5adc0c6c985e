import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { unitMessages as M } from './unit.messages.js';

export enum UnitErrorCode {
  INVALID_PARENT = 'INVALID_PARENT',
}

export class UnitError extends DomainError<UnitErrorCode> {}

export const UnitErrors = {
  invalidCode: (code: string) => new UnitError(CommonErrorCode.INVALID_INPUT, M.invalidCode(code), ['input', 'code']),
  invalidName: () => new UnitError(CommonErrorCode.INVALID_INPUT, M.invalidName, ['input', 'name']),
  regionRequired: (level: string) => new UnitError(CommonErrorCode.INVALID_INPUT, M.regionRequired(level), ['input', 'regionId']),
  duplicateCode: (code: string) => new UnitError(CommonErrorCode.DUPLICATE_CODE, M.duplicateCode(code), ['input', 'code']),
  notFound: (what: keyof typeof M.nouns, field: string[]) =>
    new UnitError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), field),
  cycle: (code: string, parentCode: string) =>
    new UnitError(UnitErrorCode.INVALID_PARENT, M.cycle(code, parentCode), ['input', 'parentId']),
};
