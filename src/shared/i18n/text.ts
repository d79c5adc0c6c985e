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
export type Message = Text | ((...args: never[]) => Text);

/**
 * A module's message catalogue: every sentence it shows a person, each in both languages. The
 * type makes a missing language a compile error; test/messages.test.ts checks that none is empty.
 */
export function defineMessages<M extends Record<string, Message>>(messages: M): M {
  return messages;
}
