import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from './field-cost.js';
import { isDomainError, type DomainError, type ErrorCodeDescriptions } from '../errors/domain-error.js';
import { commonCodes } from '../i18n/platform.messages.js';
import { DEFAULT_LANGUAGE } from '../i18n/language.js';
import { bilingual, textIn, type Text } from '../i18n/text.js';
import { requestScope } from '../logger.js';

/**
 * Every code a payload's `userErrors` can carry, one GraphQL enum so frontends can switch over it
 * exhaustively. The platform fills it from the modules' codes (`defineUserErrorCodes`) before the
 * schema is built; the field below reads it only then.
 */
export const UserErrorCode: Record<string, string> = {};
let defined = false;

/** Registers the enum of the common codes and the given modules' codes; once, before building the schema. */
export function defineUserErrorCodes(modules: readonly { errorCodes?: ErrorCodeDescriptions<string> }[]): void {
  if (defined) return;
  const descriptions: Record<string, Text> = { ...commonCodes };
  for (const module of modules) {
    for (const [code, description] of Object.entries(module.errorCodes ?? {})) {
      if (code in descriptions) throw new Error(`Two modules declare the error code ${code}.`);
      descriptions[code] = description;
    }
  }
  for (const code of Object.keys(descriptions)) UserErrorCode[code] = code;
  registerEnumType(UserErrorCode, {
    name: 'UserErrorCode',
    description: bilingual({
      en: 'Why a mutation refused its input. Payloads carry these in `userErrors`; nothing is written when any is present.',
      zh: '变更拒绝其输入的原因。载荷在 `userErrors` 中携带这些代码；只要出现任何一个，就不会写入任何内容。',
    }),
    valuesConfig: Object.fromEntries(Object.entries(descriptions).map(([code, text]) => [code, { description: bilingual(text) }])),
  });
  defined = true;
}

@ObjectType({ description: 'A rule the input broke: a stable code, a readable message and the path of the input field at fault.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable, machine-readable reason.' })
  code!: string;

  @Field(() => String, {
    description:
      'Readable explanation, fit to show a user, in the language the request asks for (`Accept-Language`: Simplified Chinese or English).',
  })
  message!: string;

  @Cost({ bound: 10 })
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. `["input", "code"]`.' })
  field?: string[] | null;
}

/** The one place where a domain refusal becomes a payload's `userErrors`; anything else propagates. */
export async function withUserErrors<T extends object>(body: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    if (isDomainError(error)) return { userErrors: [userErrorOf(error)] } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}

/** A domain refusal as the payload shows it, in the request's language. */
export function userErrorOf(error: DomainError): UserError {
  const language = requestScope.getStore()?.language ?? DEFAULT_LANGUAGE;
  return { code: error.code, message: textIn(error.text, language), field: error.field ?? null };
}
