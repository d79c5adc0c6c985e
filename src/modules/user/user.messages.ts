import { defineMessages } from '../../shared/i18n/text.js';

/** Every sentence the user module shows a person, in English and Simplified Chinese. */
export const userMessages = defineMessages({
  adminOnly: { en: 'Only an administrator may manage user accounts.', zh: '只有系统管理员可以管理用户账号。' },
  invalidLogin: (login: string) => ({
    en: `"${login}" is not a valid login: 2–64 letters, digits, ".", "_" or "-".`,
    zh: `“${login}”不是有效的登录名：须为 2 至 64 位字母、数字、“.”、“_”或“-”。`,
  }),
  invalidDisplayName: { en: 'A display name must have 1–100 characters.', zh: '显示名称须为 1 至 100 个字符。' },
  loginTaken: (login: string) => ({ en: `The login "${login}" is already taken.`, zh: `登录名“${login}”已被占用。` }),
  unitRequired: (role: string) => ({
    en: `The role ${role} is held for a unit: name the unit.`,
    zh: `角色 ${role} 须针对具体单位授予，请指定单位。`,
  }),
  unitNotTaken: (role: string) => ({
    en: `The role ${role} is held province-wide: it takes no unit.`,
    zh: `角色 ${role} 在全省范围内有效，不能指定单位。`,
  }),
  duplicateGrant: (role: string) => ({
    en: `The role ${role} is granted twice for the same unit.`,
    zh: `角色 ${role} 对同一单位重复授予。`,
  }),
  lastAdmin: {
    en: 'This is the last active administrator: make another user an administrator first.',
    zh: '这是最后一名在用的系统管理员，请先将其他用户设为系统管理员。',
  },
  personAlreadyLinked: (name: string, login: string) => ({
    en: `${name} is already the person of the user "${login}".`,
    zh: `${name}已与用户“${login}”关联。`,
  }),
  notFound: (what: 'user' | 'unit' | 'person') => ({
    en: `No ${what} has this ID.`,
    zh: `没有该 ID 对应的${{ user: '用户', unit: '单位', person: '人员' }[what]}。`,
  }),
  alreadyInactive: (login: string) => ({ en: `The user "${login}" is already deactivated.`, zh: `用户“${login}”已处于停用状态。` }),
  alreadyActive: (login: string) => ({ en: `The user "${login}" is already active.`, zh: `用户“${login}”已处于启用状态。` }),
});
