import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import type { Role } from '../../shared/auth/role.js';
import { platformMessages, roleNames } from '../../shared/i18n/platform.messages.js';
import { userMessages as m } from './user.messages.js';

export enum AccountErrorCode {
  LOGIN_TAKEN = 'LOGIN_TAKEN',
  LAST_ADMIN = 'LAST_ADMIN',
  PERSON_ALREADY_LINKED = 'PERSON_ALREADY_LINKED',
}

export class AccountError extends DomainError<AccountErrorCode> {}

const input = (...path: (string | number)[]) => ['input', ...path.map(String)];

export const UserErrors = {
  invalidLogin: (login: string) => new AccountError(CommonErrorCode.INVALID_INPUT, m.invalidLogin(login), input('login')),
  invalidDisplayName: () => new AccountError(CommonErrorCode.INVALID_INPUT, m.invalidDisplayName, input('displayName')),
  loginTaken: (login: string) => new AccountError(AccountErrorCode.LOGIN_TAKEN, m.loginTaken(login), input('login')),
  unitRequired: (role: Role, index: number) =>
    new AccountError(CommonErrorCode.INVALID_INPUT, m.unitRequired(roleNames[role]), input('grants', index, 'unitId')),
  unitNotTaken: (role: Role, index: number) =>
    new AccountError(CommonErrorCode.INVALID_INPUT, m.unitNotTaken(roleNames[role]), input('grants', index, 'unitId')),
  duplicateGrant: (role: Role, index: number) =>
    new AccountError(CommonErrorCode.INVALID_INPUT, m.duplicateGrant(roleNames[role]), input('grants', index)),
  lastAdmin: (field: string) => new AccountError(AccountErrorCode.LAST_ADMIN, m.lastAdmin, input(field)),
  personAlreadyLinked: (name: string, login: string) =>
    new AccountError(AccountErrorCode.PERSON_ALREADY_LINKED, m.personAlreadyLinked(name, login), input('personId')),
  /** Another request linked the person while this one did: which user is not known here. */
  personLinkedMeanwhile: (name: string) =>
    new AccountError(AccountErrorCode.PERSON_ALREADY_LINKED, m.personLinkedMeanwhile(name), input('personId')),
  notFound: (what: keyof typeof m.nouns, ...field: (string | number)[]) =>
    new AccountError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(m.nouns[what]), input(...field)),
  alreadyInactive: (login: string) => new AccountError(CommonErrorCode.INVALID_TRANSITION, m.alreadyInactive(login), input('userId')),
  alreadyActive: (login: string) => new AccountError(CommonErrorCode.INVALID_TRANSITION, m.alreadyActive(login), input('userId')),
};
