import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { defineMessages } from '../../shared/i18n/text.js';

/** What the decision-category module says to a person, in both languages. */
export const decisionCategoryMessages = defineMessages({
  actions: {
    edit: { en: 'edit decision categories', zh: '修改重大决策事项类别' },
  },
  invalidName: platformMessages.textLength({ en: 'A category name', zh: '类别名称' }, 100),
  notFound: platformMessages.notFound({ en: 'decision category', zh: '重大决策事项类别' }),
});
