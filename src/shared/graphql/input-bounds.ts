import { Extensions } from 'type-graphql';

/**
 * Bounds an input field (or argument) declares next to its `@Field`, checked by the input guard
 * (input-guard.ts) before anything is coerced or run: `maxLength` for text (below the guard's
 * MAX_TEXT_LENGTH for every string), `min`/`max` for numbers. A list field's bounds hold for each item.
 */
export interface InputBounds {
  maxLength?: number;
  min?: number;
  max?: number;
}

/** The key under which a field's bounds travel in its GraphQL extensions. */
export const INPUT_BOUNDS = 'inputBounds';

/** `@Bounded({ max: PEOPLE_COUNT_MAX })` on an input field. */
export function Bounded(bounds: InputBounds): PropertyDecorator & MethodDecorator {
  return Extensions({ [INPUT_BOUNDS]: bounds });
}

/**
 * Most people any count in the input may name (people affected, beneficiaries, respondents): the
 * province has about 31 million inhabitants, so a larger number is a typing mistake or an attack on
 * the sums built from it.
 */
export const PEOPLE_COUNT_MAX = 40_000_000;

/** Most characters of the longest texts a person writes here (a decision's plan, a meeting's minutes), over the guard's 10,000. */
export const LONG_TEXT_MAX = 20_000;

/** Most characters of a value compared with stored codes, names and titles, or searched for in them. */
export const COMPARED_TEXT_MAX = 1_000;
