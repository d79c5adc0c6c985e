import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import { INPUT_BOUNDS, type InputBounds } from './input-bounds.js';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import { LocalizedGraphQLError } from './errors.js';
import type { Context } from '../context.js';
import { perDocument } from './per-document.js';

/**
 * Most items all the lists of one request's input may hold together: each list item can become a
 * statement parameter, and PostgreSQL takes at most 65,535 in one statement.
 */
export const MAX_INPUT_ITEMS = 10_000;

/** Items in every list of the variables and of the document's own values, counted without recursion. */
function inputItems(variables: Record<string, unknown>, documentItems: number): number {
  let items = documentItems;
  const stack: unknown[] = [variables];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const values: unknown[] = Array.isArray(next) ? next : next !== null && typeof next === 'object' ? Object.values(next) : [];
    if (Array.isArray(next)) items += values.length;
    for (const value of values) if (value !== null && typeof value === 'object') stack.push(value);
  }
  return items;
}

function problemOfSize(variables: Record<string, unknown>, documentItems: number): Problem | undefined {
  const items = inputItems(variables, documentItems);
  return items > MAX_INPUT_ITEMS ? { text: platformMessages.inputTooLarge(MAX_INPUT_ITEMS, items), where: 'variables' } : undefined;
}

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
      // A comment ends at a line terminator: LF or CR, as the lexer reads it.
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
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

/** Most characters a string in the input may hold unless its field declares its own with `@Bounded({ maxLength })`. */
export const MAX_TEXT_LENGTH = 10_000;
/**
 * The dates any LocalDate or DateTime in the input may name: from the founding of the People's
 * Republic to the end of 2100, where the domain's own rules end too. Those rules (e.g. a
 * deadline in this century) are narrower and answer with a userError; this bound only keeps
 * years like 0001 or 9999 out of every rule and filter.
 */
export const EARLIEST_DATE = '1949-10-01';
export const LATEST_DATE = '2100-12-31';

const DATE_SCALARS = new Set(['LocalDate', 'DateTime']);
/** C0 controls other than tab, line feed and carriage return (text areas send CRLF), DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides and isolates: they make text read otherwise than it is stored ("Trojan Source"). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
/** Half of a surrogate pair without its other half: no character at all, and no valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with one string of the input at `where`: refused, never stripped, so what is stored is what was sent. */
function textProblem(value: string, where: string, maxLength = MAX_TEXT_LENGTH): Text | undefined {
  if (value.includes('\u0000')) return platformMessages.nul(where);
  const control = CONTROL.exec(value);
  if (control) return platformMessages.controlCharacter(where, codePoint(control[0]));
  const bidi = BIDI.exec(value);
  if (bidi) return platformMessages.bidiControl(where, codePoint(bidi[0]));
  if (LONE_SURROGATE.test(value)) return platformMessages.loneSurrogate(where);
  // UTF-16 units first, characters only when that is over: one CJK character is one unit, an
  // emoji two (a surrogate pair, whole by now).
  if (value.length > maxLength) {
    const length = value.length - (value.match(SURROGATE_PAIR)?.length ?? 0);
    if (length > maxLength) return platformMessages.textTooLong(where, maxLength, length);
  }
  return undefined;
}

/** What is wrong with a scalar value at `where`, of `type` if known, under the bounds its field declares. */
function scalarProblem(
  value: unknown,
  where: string,
  type: GraphQLNamedType | undefined,
  bounds: InputBounds | undefined,
): Text | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value, where, bounds?.maxLength);
    if (problem) return problem;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
    if (type && DATE_SCALARS.has(type.name) && day && (day < EARLIEST_DATE || day > LATEST_DATE)) {
      return platformMessages.dateOutOfRange(where, EARLIEST_DATE, LATEST_DATE, value);
    }
  } else if (typeof value === 'number' && bounds) {
    if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
      return platformMessages.numberOutOfRange(where, bounds.min, bounds.max, value);
    }
  }
  return undefined;
}

function boundsOf(field: { extensions?: Readonly<Record<string, unknown>> } | undefined | null): InputBounds | undefined {
  return field?.extensions?.[INPUT_BOUNDS] as InputBounds | undefined;
}

/** The input object type fields of `type` (through non-null), or undefined for any other type. */
function inputObjectOf(type: GraphQLInputType | undefined): GraphQLInputObjectType | undefined {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  return inner && isInputObjectType(inner) ? inner : undefined;
}

function listItemOf(type: GraphQLInputType | undefined): GraphQLInputType | undefined {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  return inner && isListType(inner) ? inner.ofType : inner;
}

interface Problem {
  text: Text;
  /** The argument or variable, and the path inside it, e.g. `input.summary` or `filter.code.in[3]`. */
  where: string;
}

interface Walked {
  value: unknown;
  where: string;
  /** The schema's type for the value when known; unknown below a JSON scalar or an unknown field. */
  type: GraphQLInputType | undefined;
  bounds: InputBounds | undefined;
  depth: number;
  nesting: number;
}

/**
 * What is wrong with a value of the request (a variable's value), walked without recursion so no
 * depth can overflow the stack, following the schema's input types where they are known so that
 * each string, number and date meets the bounds of the field it is for.
 */
function problemOfValue(root: Omit<Walked, 'depth' | 'nesting'>): Problem | undefined {
  const stack: Walked[] = [{ ...root, depth: 0, nesting: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, where, type, bounds, depth, nesting } = next;
    const fail = (text: Text): Problem => ({ text, where });
    if (value === null || typeof value !== 'object') {
      const problem = scalarProblem(value, where, type && getNamedType(type), bounds);
      if (problem) return fail(problem);
      continue;
    }
    if (depth >= MAX_INPUT_DEPTH) return fail(platformMessages.inputTooDeep(MAX_INPUT_DEPTH));
    if (Array.isArray(value)) {
      if (value.length > MAX_INPUT_LIST) return fail(platformMessages.listTooLong(MAX_INPUT_LIST, value.length));
      const item = listItemOf(type);
      value.forEach((v, i) => stack.push({ value: v, where: `${where}[${i}]`, type: item, bounds, depth: depth + 1, nesting }));
      continue;
    }
    const fields = inputObjectOf(type)?.getFields();
    for (const [key, item] of Object.entries(value)) {
      const deeper = COMBINATORS.has(key) ? nesting + 1 : nesting;
      if (deeper > MAX_FILTER_NESTING) return fail(platformMessages.filterTooDeep(MAX_FILTER_NESTING));
      const field = fields?.[key];
      stack.push({ value: item, where: `${where}.${key}`, type: field?.type, bounds: boundsOf(field), depth: depth + 1, nesting: deeper });
    }
  }
  return undefined;
}

/** Where a literal sits: its argument (or variable default) and the object fields and list items down to it. */
function whereOf(
  node: ASTNode,
  path: readonly (string | number)[],
  ancestors: readonly (ASTNode | readonly ASTNode[])[],
  parent: unknown,
): string {
  const chain = [...ancestors, parent, node];
  let where = '';
  chain.forEach((step, i) => {
    if (Array.isArray(step)) {
      const holder = chain[i - 1] as ASTNode | undefined;
      if (holder?.kind === Kind.LIST && chain[i + 1] !== undefined) where += `[${String(path[i])}]`;
      return;
    }
    const at = step as ASTNode;
    if (at.kind === Kind.ARGUMENT) where = at.name.value;
    else if (at.kind === Kind.VARIABLE_DEFINITION) where = `$${at.variable.name.value}`;
    else if (at.kind === Kind.OBJECT_FIELD) where += `.${at.name.value}`;
  });
  return where || 'input';
}

/**
 * What the document itself holds for the input check, in document order: a problem of a value
 * written into it (the first one; nothing after it is read), and each variable written into an
 * argument or input object field that declares bounds, whose value (sent, else its default) must
 * meet them.
 */
type LiteralCheck =
  { problem: Problem } | { variable: string; fallback: unknown; type: GraphQLInputType | undefined; bounds: InputBounds; where: string };

interface DocumentInput {
  checks: LiteralCheck[];
  /** Items in the lists written into the document. */
  listItems: number;
}

/**
 * The values written into the document itself, and the variables written into an input object or
 * argument there (graphql-js's visit is iterative; TypeInfo knows each value's type and field, so
 * their declared bounds hold as they do for variables): read once per document.
 */
const documentInput = perDocument((schema: GraphQLSchema, document: DocumentNode): DocumentInput => {
  const checks: LiteralCheck[] = [];
  let listItems = 0;
  let depth = 0;
  let nesting = 0;
  const bounds: (InputBounds | undefined)[] = [];
  const typeInfo = new TypeInfo(schema);
  type Path = readonly (string | number)[];
  type Ancestors = readonly (ASTNode | readonly ASTNode[])[];
  /** Records the problem `find` sees at `node` and stops, told where the node is only when there is one. */
  const check = (find: (where: string) => Text | undefined, node: ASTNode, path: Path, ancestors: Ancestors, parent: unknown) => {
    if (!find('')) return undefined;
    const where = whereOf(node, path, ancestors, parent);
    checks.push({ problem: { text: find(where) ?? platformMessages.valueNotStorable, where } });
    return BREAK;
  };
  const scalar = (node: ASTNode, value: unknown, path: Path, ancestors: Ancestors, parent: unknown) => {
    const type = typeInfo.getInputType();
    const named = type ? getNamedType(type) : undefined;
    return check((where) => scalarProblem(value, where, named, bounds.at(-1)), node, path, ancestors, parent);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.STRING]: (node, _key, parent, path, ancestors) => scalar(node, node.value, path, ancestors, parent),
      [Kind.INT]: (node, _key, parent, path, ancestors) => scalar(node, Number(node.value), path, ancestors, parent),
      [Kind.FLOAT]: (node, _key, parent, path, ancestors) => scalar(node, Number(node.value), path, ancestors, parent),
      [Kind.VARIABLE]: (node, _key, parent, path, ancestors) => {
        // A variable in an argument or object field: its value meets that field's bounds, which the
        // variable's own type does not carry. (Its strings were checked by problemOfValue already.)
        const declared = bounds.at(-1);
        if (!declared || (parent as ASTNode | undefined)?.kind === Kind.VARIABLE_DEFINITION) return;
        // A variable left out takes its default, which must meet the field's bounds as a sent value does.
        checks.push({
          variable: node.name.value,
          fallback: defaultOf(document, node.name.value),
          type: typeInfo.getInputType() ?? undefined,
          bounds: declared,
          where: whereOf(node, path, ancestors, parent),
        });
      },
      [Kind.LIST]: {
        enter: (node, _key, parent, path, ancestors) => {
          listItems += node.values.length;
          if (node.values.length > MAX_INPUT_LIST)
            return check(() => platformMessages.listTooLong(MAX_INPUT_LIST, node.values.length), node, path, ancestors, parent);
          if (++depth > MAX_INPUT_DEPTH) return check(() => platformMessages.inputTooDeep(MAX_INPUT_DEPTH), node, path, ancestors, parent);
          return undefined;
        },
        leave: () => {
          depth--;
        },
      },
      [Kind.OBJECT]: {
        enter: (node, _key, parent, path, ancestors) =>
          ++depth > MAX_INPUT_DEPTH
            ? check(() => platformMessages.inputTooDeep(MAX_INPUT_DEPTH), node, path, ancestors, parent)
            : undefined,
        leave: () => {
          depth--;
        },
      },
      [Kind.ARGUMENT]: {
        enter: () => {
          bounds.push(boundsOf(typeInfo.getArgument()));
        },
        leave: () => {
          bounds.pop();
        },
      },
      [Kind.OBJECT_FIELD]: {
        enter: (node, _key, parent, path, ancestors) => {
          const owner = getNamedType(typeInfo.getParentInputType() ?? undefined);
          const field = owner && isInputObjectType(owner) ? owner.getFields()[node.name.value] : undefined;
          bounds.push(boundsOf(field));
          if (COMBINATORS.has(node.name.value) && ++nesting > MAX_FILTER_NESTING)
            return check(() => platformMessages.filterTooDeep(MAX_FILTER_NESTING), node, path, ancestors, parent);
          return undefined;
        },
        leave: (node) => {
          bounds.pop();
          if (COMBINATORS.has(node.name.value)) nesting--;
        },
      },
    }),
  );
  // A document stopped at a problem is refused whatever its lists hold.
  return { checks, listItems };
});

/** The first problem of the document's own values, or of a variable's value in a bounded field there, in document order. */
function problemOfLiterals(checks: readonly LiteralCheck[], variables: Record<string, unknown>): Problem | undefined {
  for (const check of checks) {
    if ('problem' in check) return check.problem;
    const value = (check.variable in variables ? variables[check.variable] : check.fallback) ?? null;
    const problem = problemOfValue({ value, where: check.where, type: check.type, bounds: check.bounds });
    if (problem) return { text: problem.text, where: check.where };
  }
  return undefined;
}

/** The default a variable of the document declares, as a plain value; undefined when it has none. */
function defaultOf(document: DocumentNode, name: string): unknown {
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const declared = def.variableDefinitions?.find((v) => v.variable.name.value === name);
    if (declared?.defaultValue) return valueFromASTUntyped(declared.defaultValue);
  }
  return undefined;
}

/** The variables of the operation to run, each with its declared type, then any the operation does not declare. */
function problemOfVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): Problem | undefined {
  const declared = new Map(operation?.variableDefinitions?.map((d) => [d.variable.name.value, d.type]) ?? []);
  for (const [name, value] of Object.entries(variables)) {
    const ast = declared.get(name);
    const type = ast ? (typeFromAST(schema, ast) as GraphQLInputType | undefined) : undefined;
    const problem = problemOfValue({ value, where: name, type, bounds: undefined });
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Refuses, before anything is coerced or run, input no client of this graph needs and that would
 * otherwise reach the database or the stack as an internal error, or sit in stored text as
 * something other than what a reader sees: the NUL character (PostgreSQL cannot store it), other
 * control characters but tab, LF and CR, bidirectional overrides and isolates, lone surrogates,
 * strings over MAX_TEXT_LENGTH (or their field's declared maxLength), numbers outside their field's
 * declared bounds, dates outside EARLIEST_DATE..LATEST_DATE, lists over MAX_INPUT_LIST items (the
 * statement's parameters are bounded), filters nesting `and`/`or` deeper than MAX_FILTER_NESTING,
 * and any value nesting deeper than MAX_INPUT_DEPTH. BAD_USER_INPUT, HTTP 400, the message and
 * `extensions.argument` naming the argument or variable and the field within it.
 */
export const inputGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, operation, schema }) {
        const variables = request.variables ?? {};
        const { checks, listItems } = documentInput(schema, document);
        const problem =
          problemOfVariables(schema, operation, variables) ?? problemOfLiterals(checks, variables) ?? problemOfSize(variables, listItems);
        if (problem) {
          throw new LocalizedGraphQLError(problem.text, {
            extensions: { code: 'BAD_USER_INPUT', argument: problem.where, http: { status: 400 } },
          });
        }
      },
    };
  },
};
