import { Field, InputType, ObjectType, type ClassType } from 'type-graphql';
import { Cost } from './field-cost.js';
import { UserError, withUserErrors } from './user-error.js';

/**
 * Every mutation's payload carries `userErrors`; a module's result classes extend this with the
 * objects its mutations change. It and they are decorated so that their fields are inherited, and
 * appear in the schema only through the payloads `payloadOf` names, one per mutation.
 */
@ObjectType('MutationResult')
export abstract class MutationResult {
  @Cost({ bound: 20 })
  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const capitalised = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/**
 * The payload of one mutation, `<MutationName>Payload`, with the fields of `result` (an
 * `@ObjectType('<Noun>Result')` class extending `MutationResult`, never returned itself). One payload per mutation, so each can grow alone.
 */
export function payloadOf<T extends MutationResult>(mutation: string, result: abstract new () => T): ClassType<T> {
  @ObjectType(`${capitalised(mutation)}Payload`, { description: `The result of \`${mutation}\`.` })
  class Payload extends (result as unknown as ClassType<MutationResult>) {}
  return Payload as unknown as ClassType<T>;
}

/**
 * The input of one mutation, `<MutationName>Input`, with the fields of `fields` (an
 * `@InputType('<Noun>Fields')` class, never used as an argument itself), for mutations that take the same fields as another (`submitRiskAssessment`,
 * `fileRiskAssessment`).
 */
export function inputOf<T extends object>(mutation: string, fields: abstract new () => T, description: string): ClassType<T> {
  @InputType(`${capitalised(mutation)}Input`, { description })
  class Input extends (fields as unknown as ClassType) {}
  return Input as unknown as ClassType<T>;
}

/**
 * Runs a mutation: the service call, then the payload read through the request's loaders (which
 * `write()` has already refreshed). A domain refusal becomes `userErrors` with nothing written.
 */
export function mutation<K, T extends object>(
  change: () => Promise<K>,
  payload: (result: K) => Promise<T> | T,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  return withUserErrors(async () => payload(await change()));
}
