import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';

/** Most characters a document may have: the longest operation of our own clients is a fifth of it. */
export const MAX_DOCUMENT_LENGTH = 20_000;
/** Most lexical tokens (names, punctuation, values; comments not counted). */
export const MAX_TOKENS = 3_000;
/** Most aliases in a document: aliases are how one request asks the same expensive field many times. */
export const MAX_ALIASES = 30;
/** Most directives (`@include`, `@skip`…) in a document. */
export const MAX_DIRECTIVES = 30;

/**
 * What a document has of each limited thing, read with graphql-js's lexer (iterative, one pass)
 * before anything is parsed. An alias is a name followed by `:` directly in a selection set; the same
 * pair inside arguments, variable definitions or input objects is an argument or a field of a value.
 * Counting stops once a limit is passed; a lexical error stops it too, and the parser then reports it.
 */
function tally(text: string): { tokens: number; aliases: number; directives: number } {
  const counts = { tokens: 0, aliases: 0, directives: 0 };
  const lexer = new Lexer(new Source(text));
  // For each open bracket: whether it opens a selection set (`{` at the top or inside a selection set).
  const selection: boolean[] = [];
  let previous: TokenKind | undefined;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++counts.tokens > MAX_TOKENS) break;
      const inSelection = selection.length === 0 || selection[selection.length - 1] === true;
      switch (token.kind) {
        case TokenKind.BRACE_L:
          selection.push(inSelection);
          break;
        case TokenKind.PAREN_L:
        case TokenKind.BRACKET_L:
          selection.push(false);
          break;
        case TokenKind.BRACE_R:
        case TokenKind.PAREN_R:
        case TokenKind.BRACKET_R:
          selection.pop();
          break;
        case TokenKind.AT:
          counts.directives++;
          break;
        case TokenKind.COLON:
          if (previous === TokenKind.NAME && selection.length > 0 && inSelection) counts.aliases++;
          break;
        default:
      }
      if (counts.aliases > MAX_ALIASES || counts.directives > MAX_DIRECTIVES) break;
      previous = token.kind;
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return counts;
}

/**
 * The refusal of a document over any of the limits above (QUERY_TOO_COMPLEX), or undefined:
 * checked on the text, so that a document of 9,000 aliases costs a lexer pass, not a parse,
 * a validation and a plan.
 */
export function documentLimitProblem(query: unknown): Text | undefined {
  if (typeof query !== 'string') return undefined;
  if (query.length > MAX_DOCUMENT_LENGTH) return platformMessages.documentTooLong(query.length, MAX_DOCUMENT_LENGTH);
  const { tokens, aliases, directives } = tally(query);
  if (tokens > MAX_TOKENS) return platformMessages.tooManyTokens(MAX_TOKENS);
  if (aliases > MAX_ALIASES) return platformMessages.tooManyAliases(MAX_ALIASES);
  if (directives > MAX_DIRECTIVES) return platformMessages.tooManyDirectives(MAX_DIRECTIVES);
  return undefined;
}
