import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import { LocalizedGraphQLError } from './errors.js';

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A refusal; a value written into the document is pointed at (`locations`), since no path names it. */
function refusal(text: Text, literal?: ValueNode): LocalizedGraphQLError {
  return new LocalizedGraphQLError(text, { ...(literal ? { nodes: literal } : {}), extensions: { code: 'BAD_USER_INPUT' } });
}

function decimal(value: unknown, literal?: ValueNode): string {
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw refusal(platformMessages.decimalFormat, literal);
  }
  return value.trim();
}

/**
 * An amount from a client: exactly the digits, no spaces around them. " 100" is refused, not
 * trimmed, so that what a client's form sent and what is recorded are the same string.
 */
function amount(value: unknown, literal?: ValueNode): string {
  if (typeof value === 'string' && value !== value.trim() && DECIMAL.test(value.trim()))
    throw refusal(platformMessages.decimalSpaces, literal);
  return decimal(value, literal);
}

/**
 * Exact decimal numbers as strings ("34000000.12"): money in yuan with two places. Sent and
 * received as strings so no float ever rounds them; the domain decides what amounts are valid.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "34000000.12": amounts of money in yuan, with two decimal places in output.',
  serialize: (value) => decimal(value),
  parseValue: (value) => amount(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw refusal(platformMessages.decimalAsString, ast);
    return amount(ast.value, ast);
  },
});
