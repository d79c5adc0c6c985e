import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import type { Role } from '../../shared/auth/role.js';
import { userMessages as m } from './user.messages.js';

export enum UserErrorCode {
  LOGIN_TAKEN = 'LOGIN_TAKEN',
  LAST_ADMIN = 'LAST_ADMIN',
  PERSON_ALREADY_LINKED = 'PERSON_ALREADY_LINKED',
}

export const userErrorDescriptions: ErrorCodeDescriptions<UserErrorCode> = {
  LOGIN_TAKEN: 'Another user already has this login.',
  LAST_ADMIN: 'The change would leave no active administrator: the last one can be neither deactivated nor lose the role.',
  PERSON_ALREADY_LINKED: 'The person is already linked to another user; a person is one user at most.',
};

export class UserError extends DomainError<UserErrorCode> {}

const input = (...path: (string | number)[]) => ['input', ...path.map(String)];

export const UserErrors = {
  invalidLogin: (login: string) => new UserError(CommonErrorCode.INVALID_INPUT, m.invalidLogin(login), input('login')),
  invalidDisplayName: () => new UserError(CommonErrorCode.INVALID_INPUT, m.invalidDisplayName, input('displayName')),
  loginTaken: (login: string) => new UserError(UserErrorCode.LOGIN_TAKEN, m.loginTaken(login), input('login')),
  unitRequired: (role: Role, index: number) =>
    new UserError(CommonErrorCode.INVALID_INPUT, m.unitRequired(role), input('grants', index, 'unitId')),
  unitNotTaken: (role: Role, index: number) =>
    new UserError(CommonErrorCode.INVALID_INPUT, m.unitNotTaken(role), input('grants', index, 'unitId')),
  duplicateGrant: (role: Role, index: number) =>
    new UserError(CommonErrorCode.INVALID_INPUT, m.duplicateGrant(role), input('grants', index)),
  lastAdmin: (field: string) => new UserError(UserErrorCode.LAST_ADMIN, m.lastAdmin, input(field)),
  personAlreadyLinked: (name: string, login: string) =>
    new UserError(UserErrorCode.PERSON_ALREADY_LINKED, m.personAlreadyLinked(name, login), input('personId')),
  notFound: (what: 'user' | 'unit' | 'person', ...field: (string | number)[]) =>
    new UserError(CommonErrorCode.NOT_FOUND, m.notFound(what), input(...field)),
  alreadyInactive: (login: string) => new UserError(CommonErrorCode.INVALID_TRANSITION, m.alreadyInactive(login), input('userId')),
  alreadyActive: (login: string) => new UserError(CommonErrorCode.INVALID_TRANSITION, m.alreadyActive(login), input('userId')),
};
