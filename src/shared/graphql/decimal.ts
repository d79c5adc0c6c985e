import { GraphQLScalarType, Kind } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import { badUserInput } from './errors.js';

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function decimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw badUserInput(platformMessages.decimalFormat);
  }
  return value.trim();
}

/**
 * Exact decimal numbers as strings ("34000000.12"): money in yuan with two places. Sent and
 * received as strings so no float ever rounds them; the domain decides what amounts are valid.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "34000000.12": amounts of money in yuan, with two decimal places in output.',
  serialize: (value) => decimal(value),
  parseValue: (value) => decimal(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput(platformMessages.decimalAsString);
    return decimal(ast.value);
  },
});
