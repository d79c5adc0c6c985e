import { defineMessages, type Text } from '../../shared/i18n/text.js';

/** The module's error codes, described in both languages (index.ts checks that each of `AccountErrorCode` is). */
export const userCodes = defineMessages({
  LOGIN_TAKEN: { en: 'Another user already has this login.', zh: '该登录名已被其他用户使用。' },
  LAST_ADMIN: {
    en: 'The change would leave no active administrator: the last one can be neither deactivated nor lose the role.',
    zh: '此项更改会使系统没有处于启用状态的系统管理员：最后一名管理员既不能停用，也不能被取消该角色。',
  },
  PERSON_ALREADY_LINKED: {
    en: 'The person is already linked to another user; a person is one user at most.',
    zh: '该人员已与其他用户关联；一名人员至多对应一个用户。',
  },
});

/** Every sentence the user module shows a person, in English and Simplified Chinese. */
export const userMessages = defineMessages({
  codes: userCodes,
  nouns: {
    user: { en: 'user', zh: '用户' },
    unit: { en: 'unit', zh: '单位' },
    person: { en: 'person', zh: '人员' },
  },
  manageAccounts: { en: 'manage user accounts', zh: '管理用户账号' },
  invalidLogin: (login: string) => ({
    en: `"${login}" is not a valid login: 2–64 letters, digits, ".", "_" or "-".`,
    zh: `“${login}”不是有效的登录名：须为 2 至 64 位字母、数字、“.”、“_”或“-”。`,
  }),
  invalidDisplayName: { en: 'A display name must have 1–100 characters.', zh: '显示名称须为 1 至 100 个字符。' },
  loginTaken: (login: string) => ({ en: `The login "${login}" is already taken.`, zh: `登录名“${login}”已被占用。` }),
  unitRequired: (role: Text) => ({
    en: `The role ${role.en} is held for a unit: name the unit.`,
    zh: `“${role.zh}”角色须针对具体单位授予，请指定单位。`,
  }),
  unitNotTaken: (role: Text) => ({
    en: `The role ${role.en} is held province-wide: it takes no unit.`,
    zh: `“${role.zh}”角色在全省范围内有效，不能指定单位。`,
  }),
  duplicateGrant: (role: Text) => ({
    en: `The role ${role.en} is granted twice for the same unit.`,
    zh: `“${role.zh}”角色对同一单位重复授予。`,
  }),
  lastAdmin: {
    en: 'This is the last active administrator: make another user an administrator first.',
    zh: '这是最后一名处于启用状态的系统管理员，请先将其他用户设为系统管理员。',
  },
  personAlreadyLinked: (name: string, login: string) => ({
    en: `${name} is already the person of the user "${login}".`,
    zh: `${name}已与用户“${login}”关联。`,
  }),
  personLinkedMeanwhile: (name: string) => ({
    en: `${name} was linked to another user in the meantime.`,
    zh: `${name}已在此期间与其他用户关联。`,
  }),
  alreadyInactive: (login: string) => ({ en: `The user "${login}" is already deactivated.`, zh: `用户“${login}”已处于停用状态。` }),
  alreadyActive: (login: string) => ({ en: `The user "${login}" is already active.`, zh: `用户“${login}”已处于启用状态。` }),
});
