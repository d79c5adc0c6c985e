import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import { LocalizedGraphQLError } from './errors.js';
import type { Context } from '../context.js';

/** Most items any list in an input may hold (`in:`, `ids:`, grants…). */
export const MAX_INPUT_LIST = 1_000;
/** Most `and`/`or` a filter may nest. */
export const MAX_FILTER_NESTING = 10;
/** Most levels of objects and lists any input value may nest: well above what the schema needs. */
export const MAX_INPUT_DEPTH = 32;

/** Most brackets a document may nest, counted before parsing: the parser recurses on each. */
export const MAX_DOCUMENT_NESTING = 64;

const COMBINATORS = new Set(['and', 'or']);

/**
 * How deep the brackets of a GraphQL document nest (`{`, `[`, `(`), outside strings and comments:
 * read in one pass, so that a document nested thousands deep is refused before graphql-js's
 * recursive parser sees it.
 */
export function documentNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        // A block string ends at the first `"""` not escaped as `\"""`.
        let end = text.indexOf('"""', i + 3);
        while (end > 0 && text[end - 1] === '\\') end = text.indexOf('"""', end + 3);
        i = end < 0 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return deepest;
}

/** The refusal of a document nesting deeper than MAX_DOCUMENT_NESTING, or undefined. */
export function documentNestingProblem(query: unknown): Text | undefined {
  return typeof query === 'string' && documentNesting(query) > MAX_DOCUMENT_NESTING
    ? platformMessages.documentTooDeep(MAX_DOCUMENT_NESTING)
    : undefined;
}

/** What is wrong with one input value, walked without recursion so no depth can overflow the stack. */
function problemOfValue(root: unknown): Text | undefined {
  const stack: { value: unknown; depth: number; nesting: number }[] = [{ value: root, depth: 0, nesting: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth, nesting } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return platformMessages.nul;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return platformMessages.inputTooDeep(MAX_INPUT_DEPTH);
    if (Array.isArray(value)) {
      if (value.length > MAX_INPUT_LIST) return platformMessages.listTooLong(MAX_INPUT_LIST, value.length);
      for (const item of value) stack.push({ value: item, depth: depth + 1, nesting });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      const deeper = COMBINATORS.has(key) ? nesting + 1 : nesting;
      if (deeper > MAX_FILTER_NESTING) return platformMessages.filterTooDeep(MAX_FILTER_NESTING);
      stack.push({ value: item, depth: depth + 1, nesting: deeper });
    }
  }
  return undefined;
}

/** The same for the values written into the document itself (graphql-js's visit is iterative). */
function problemOfLiterals(document: DocumentNode): Text | undefined {
  let problem: Text | undefined;
  let depth = 0;
  let nesting = 0;
  const found = (text: Text) => {
    problem ??= text;
    return false;
  };
  visit(document, {
    [Kind.STRING]: (node) => (node.value.includes('\u0000') ? found(platformMessages.nul) : undefined),
    [Kind.LIST]: {
      enter: (node) => {
        if (node.values.length > MAX_INPUT_LIST) return found(platformMessages.listTooLong(MAX_INPUT_LIST, node.values.length));
        if (++depth > MAX_INPUT_DEPTH) return found(platformMessages.inputTooDeep(MAX_INPUT_DEPTH));
        return undefined;
      },
      leave: () => {
        depth--;
      },
    },
    [Kind.OBJECT]: {
      enter: () => (++depth > MAX_INPUT_DEPTH ? found(platformMessages.inputTooDeep(MAX_INPUT_DEPTH)) : undefined),
      leave: () => {
        depth--;
      },
    },
    [Kind.OBJECT_FIELD]: {
      enter: (node) => {
        if (COMBINATORS.has(node.name.value) && ++nesting > MAX_FILTER_NESTING)
          return found(platformMessages.filterTooDeep(MAX_FILTER_NESTING));
        return undefined;
      },
      leave: (node) => {
        if (COMBINATORS.has(node.name.value)) nesting--;
      },
    },
  });
  return problem;
}

/**
 * Refuses, before anything is coerced or run, input no client of this graph needs and that would
 * otherwise reach the database or the stack as an internal error: the NUL character (PostgreSQL
 * cannot store it), lists over MAX_INPUT_LIST items (the statement's parameters are bounded), filters
 * nesting `and`/`or` deeper than MAX_FILTER_NESTING, and any value nesting deeper than
 * MAX_INPUT_DEPTH. BAD_USER_INPUT, HTTP 400.
 */
export const inputGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const problem = problemOfValue(request.variables ?? null) ?? problemOfLiterals(document);
        if (problem) throw new LocalizedGraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
      },
    };
  },
};
