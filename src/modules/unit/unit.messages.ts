import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { defineMessages, type Text } from '../../shared/i18n/text.js';

/** The module's error codes, described in both languages (index.ts checks that each of `UnitErrorCode` is). */
export const unitCodes = defineMessages({
  INVALID_PARENT: { en: 'The parent would make the hierarchy a cycle.', zh: '所选上级单位会使单位层级形成循环。' },
});

const LEVELS: Record<string, Text> = {
  PROVINCE: { en: 'province', zh: '省级' },
  PREFECTURE: { en: 'prefecture', zh: '市（地）级' },
  COUNTY: { en: 'county', zh: '县级' },
};

/** What the unit module says to a person, in both languages. */
export const unitMessages = defineMessages({
  codes: unitCodes,
  nouns: {
    unit: { en: 'unit', zh: '单位' },
    region: { en: 'region', zh: '地区' },
  },
  actions: {
    create: { en: 'create units', zh: '新建单位' },
    change: { en: 'change units', zh: '修改单位' },
  },
  invalidCode: (code: string): Text => ({
    en: `"${code}" is not a valid unit code: 2–40 capital letters, digits, "-" or "_".`,
    zh: `“${code}”不是有效的单位编码：应为 2–40 位大写字母、数字、“-”或“_”。`,
  }),
  invalidName: platformMessages.textLength({ en: 'A unit name', zh: '单位名称' }, 100),
  regionRequired: (level: string): Text => ({
    en: `A ${LEVELS[level]?.en ?? level}-level unit must belong to a region.`,
    zh: `${LEVELS[level]?.zh ?? level}单位必须属于某个地区。`,
  }),
  duplicateCode: (code: string): Text => ({ en: `Another unit already has the code "${code}".`, zh: `已有其他单位使用编码“${code}”。` }),
  cycle: (code: string, parentCode: string): Text => ({
    en: `Unit ${code} cannot be placed under ${parentCode}: ${parentCode} is ${code} itself or one of its sub-units.`,
    zh: `不能把单位 ${code} 设在 ${parentCode} 之下：${parentCode} 就是 ${code} 本身或其下级单位。`,
  }),
});
