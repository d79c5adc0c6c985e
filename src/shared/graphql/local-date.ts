import { isScalarType, type GraphQLSchema } from 'graphql';
import { remember } from '../bounded-map.js';

/** Dates already found valid, per process; past this many, the oldest make room. */
const REMEMBERED_DATES = 10_000;
const remembering = Symbol('remembers valid dates');

/**
 * Has the schema's `LocalDate` remember the strings it has found valid on their way out. Its check
 * (graphql-scalars) parses each value into a Date and prints it back to catch `2020-02-30`; a page
 * of tasks sends the same few hundred deadlines over and over. Anything not yet seen, and anything
 * invalid, goes through the check as before, so what passes and what is refused do not change.
 */
export function rememberValidDates(schema: GraphQLSchema): void {
  const scalar = schema.getType('LocalDate');
  if (!isScalarType(scalar) || remembering in scalar) return;
  const check = scalar.serialize.bind(scalar);
  const valid = new Map<string, true>();
  scalar.serialize = (value: unknown) => {
    if (typeof value === 'string' && valid.has(value)) return value;
    const serialized = check(value);
    if (typeof value === 'string') remember(valid, value, true, REMEMBERED_DATES);
    return serialized;
  };
  Object.defineProperty(scalar, remembering, { value: true });
}
