import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { defineMessages, type Text } from '../../shared/i18n/text.js';

/** The module's error codes, described in both languages (index.ts checks that each of `LedReformErrorCode` is). */
export const ledReformCodes = defineMessages({
  LEADER_NOT_PRINCIPAL_HEAD: {
    en: 'A led reform (领衔抓) must be led by a principal head of a unit.',
    zh: '领衔抓改革必须由单位主要负责人领衔。',
  },
  LINKED_TASKS_OPEN: {
    en: 'A led reform completes only when every task linked to it is completed; the message names those that are not.',
    zh: '关联的改革任务全部完成后，领衔抓改革才能完成；消息中列出了尚未完成的任务。',
  },
});

/** What the led-reform module says to a person, in both languages. */
export const ledReformMessages = defineMessages({
  codes: ledReformCodes,
  nouns: {
    task: { en: 'task', zh: '改革任务' },
    'led reform': { en: 'led reform', zh: '领衔抓改革' },
    person: { en: 'person', zh: '人员' },
  },
  actions: {
    record: { en: 'record led reforms', zh: '登记领衔抓改革' },
    link: { en: 'link tasks to led reforms', zh: '为领衔抓改革关联任务' },
    complete: { en: 'complete led reforms', zh: '完成领衔抓改革' },
  },
  notPrincipalHead: (name: string): Text => ({
    en: `${name} is not a principal head of their unit.`,
    zh: `${name}不是其所在单位的主要负责人。`,
  }),
  tasksOpen: (tasks: string[]): Text => ({
    en: `Linked tasks not yet completed: ${tasks.join(', ')}.`,
    zh: `以下关联任务尚未完成：${tasks.join('、')}。`,
  }),
  noTasks: { en: 'Link at least one task before completing the led reform.', zh: '完成领衔抓改革前，请至少关联一项改革任务。' },
  completed: {
    en: 'The led reform is COMPLETED; its tasks can no longer change.',
    zh: '该领衔抓改革已完成（COMPLETED），其关联任务不能再变更。',
  },
  alreadyCompleted: { en: 'The led reform is already COMPLETED.', zh: '该领衔抓改革已经完成（COMPLETED）。' },
  invalidTheme: platformMessages.textLength({ en: 'A theme', zh: '改革主题' }, 200),
  invalidYear: (year: number): Text => ({ en: `${year} is not a plausible year.`, zh: `${year} 不是合理的年份。` }),
});
