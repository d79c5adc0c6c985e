import { Language } from './language.js';

/** A sentence a person reads, in every language the graph speaks. */
export interface Text {
  en: string;
  zh: string;
}

/** The sentence in the given language. */
export function textIn(text: Text, language: Language): string {
  return language === Language.ZH_CN ? text.zh : text.en;
}

/** A message with its parameters filled in, or a fixed one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = Text | ((...args: any[]) => Text);

/** A catalogue: messages, and groups of them (nouns, actions, role names…). */
export interface Messages {
  readonly [key: string]: Message | Messages;
}

/**
 * A module's message catalogue: every sentence it shows a person, each in both languages. The
 * type makes a missing language a compile error; test/messages.test.ts checks that none is empty.
 */
export function defineMessages<M extends Messages>(messages: M): M {
  return messages;
}

/** Whether a catalogue entry is a fixed text (rather than a group of entries). */
export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).en === 'string' && typeof (value as Text).zh === 'string';
}

/** Texts joined into one, with each language's own separator. */
export function joinTexts(texts: readonly Text[], separator: Text = { en: ', ', zh: '、' }): Text {
  return { en: texts.map((t) => t.en).join(separator.en), zh: texts.map((t) => t.zh).join(separator.zh) };
}

/** Both languages in one string, English then Chinese: for schema descriptions, which have no language. */
export function bilingual(text: Text): string {
  return `${text.en} ${text.zh}`;
}

/** A code as Chinese text names it, with the code beside it: “未开始”（NOT_STARTED）; the code alone when unnamed. */
export function namedCode(names: Readonly<Record<string, string>>, code: string): string {
  const name = names[code];
  return name ? `“${name}”（${code}）` : code;
}
