import { registerEnumType } from 'type-graphql';
import { ranked } from '../quality-list.js';

/** The languages messages come in. Codes, fields and structured data never change with it. */
export enum Language {
  ZH_CN = 'ZH_CN',
  EN = 'EN',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language the messages a person reads come in. 消息语言。',
  valuesConfig: {
    ZH_CN: { description: 'Simplified Chinese. 简体中文。' },
    EN: { description: 'English. 英文。' },
  },
});

/** The language used when neither the request nor the user asks for one. */
export const DEFAULT_LANGUAGE = Language.EN;

/**
 * The language an `Accept-Language` header asks for, by its quality values: the first of its tags
 * that names Chinese (`zh`, `zh-CN`, `zh-Hans`…) or English; undefined when it names neither.
 */
export function languageOfHeader(header: string | undefined): Language | undefined {
  for (const { value: tag } of ranked(header)) {
    if (tag === 'zh' || tag.startsWith('zh-')) return Language.ZH_CN;
    if (tag === 'en' || tag.startsWith('en-')) return Language.EN;
  }
  return undefined;
}

/** A user's saved preference wins; then what the request asks for; then the default. */
export function pickLanguage(saved: Language | null | undefined, acceptLanguage: string | undefined): Language {
  return saved ?? languageOfHeader(acceptLanguage) ?? DEFAULT_LANGUAGE;
}
