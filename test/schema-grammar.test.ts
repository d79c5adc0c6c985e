import { describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../src/schema.js';

// The schema's grammar, read from the built schema: what a frontend may rely on everywhere.

const schema: GraphQLSchema = await buildAppSchema();
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const capitalised = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
const printed = (type: GraphQLInputType | GraphQLOutputType) => type.toString();

/** Every field of every object type, with where it sits. */
const fields: { owner: string; field: GraphQLField<unknown, unknown> }[] = types
  .filter(isObjectType)
  .flatMap((type) => Object.values(type.getFields()).map((field) => ({ owner: type.name, field })));

describe('the schema’s grammar', () => {
  it('names types by domain nouns, never with a Type, Dto or Entity suffix', () => {
    expect(types.map((t) => t.name).filter((name) => /(Type|Dto|Entity)$/.test(name))).toEqual([]);
  });

  it('gives every mutation one `input: <Name>Input!` and a `<Name>Payload!` of its own, with userErrors', () => {
    const wrong: string[] = [];
    const payloads = new Map<string, string>();
    for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const name = capitalised(mutation.name);
      const args = mutation.args.map((a) => `${a.name}: ${printed(a.type)}`);
      if (args.join() !== `input: ${name}Input!`) wrong.push(`${mutation.name}(${args.join(', ')})`);
      if (printed(mutation.type) !== `${name}Payload!`) wrong.push(`${mutation.name}: ${printed(mutation.type)}`);
      const payload = getNamedType(mutation.type);
      if (payloads.has(payload.name)) wrong.push(`${mutation.name} shares ${payload.name} with ${payloads.get(payload.name)}`);
      payloads.set(payload.name, mutation.name);
      const userErrors = isObjectType(payload) ? payload.getFields().userErrors : undefined;
      if (!userErrors || printed(userErrors.type) !== '[UserError!]!') wrong.push(`${payload.name} has no userErrors: [UserError!]!`);
    }
    expect(wrong).toEqual([]);
  });

  it('offers `orderBy` on every filtered list, and `and`/`or` in every filter', () => {
    const wrong: string[] = [];
    for (const { owner, field } of fields) {
      const filter = field.args.find((a) => a.name === 'filter');
      if (!filter) continue;
      if (!field.args.some((a) => a.name === 'orderBy')) wrong.push(`${owner}.${field.name} has a filter but no orderBy`);
      const type = getNamedType(filter.type);
      if (!isInputObjectType(type)) continue;
      for (const combinator of ['and', 'or']) {
        const part = type.getFields()[combinator];
        if (!part || printed(part.type) !== `[${type.name}!]`) wrong.push(`${type.name}.${combinator} is not [${type.name}!]`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('orders by terms of a field enum and a direction, each list by its own', () => {
    const wrong: string[] = [];
    for (const { owner, field } of fields) {
      const orderBy = field.args.find((a) => a.name === 'orderBy');
      if (!orderBy) continue;
      const term = getNamedType(orderBy.type);
      if (!isListType(isNonNullType(orderBy.type) ? orderBy.type.ofType : orderBy.type) || !isInputObjectType(term)) {
        wrong.push(`${owner}.${field.name}(orderBy: ${printed(orderBy.type)})`);
        continue;
      }
      const { field: by, direction } = term.getFields();
      if (!by || !isEnumType(getNamedType(by.type)) || !direction || getNamedType(direction.type).name !== 'OrderDirection')
        wrong.push(`${term.name} is not { field: <enum>, direction: OrderDirection }`);
    }
    expect(wrong).toEqual([]);
  });

  it('calls the same idea by the same name in every filter', () => {
    const synonyms: Record<string, string> = { isOverdue: 'overdue', name: 'text', search: 'text', query: 'text' };
    const wrong = types
      .filter(isInputObjectType)
      .filter((t) => t.name.endsWith('Filter'))
      .flatMap((t) => Object.keys(t.getFields()).flatMap((f) => (synonyms[f] ? [`${t.name}.${f} (say ${synonyms[f]})`] : [])));
    expect(wrong).toEqual([]);
  });

  it('links people who act to User or Person, never by a name string', () => {
    const person =
      /^(actor|authors?|decidedBy|reporter|reviewer|reviewedBy|recordedBy|issuedBy|verifiedBy|closedBy|completedBy|cancelledBy|submittedBy|filedBy)$/;
    const wrong = fields
      .filter(({ field }) => person.test(field.name) || /(ByName|Names|^(reviewer|author|actor|decider|reporter)Name)$/.test(field.name))
      .filter(({ field }) => !['User', 'Person'].includes(getNamedType(field.type).name))
      .map(({ owner, field }) => `${owner}.${field.name}: ${printed(field.type)}`);
    expect(wrong).toEqual([]);
  });

  it('types every value: no JSON in what the graph returns', () => {
    expect(
      fields
        .filter(({ field }) => isScalarType(getNamedType(field.type)) && getNamedType(field.type).name === 'JSON')
        .map((f) => `${f.owner}.${f.field.name}`),
    ).toEqual([]);
  });

  it('lets a root field that takes arguments fail alone: it is nullable', () => {
    const wrong = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => field.args.length > 0 && isNonNullType(field.type) && field.name !== 'nodes')
      .map((field) => `Query.${field.name}: ${printed(field.type)}`);
    expect(wrong).toEqual([]);
  });
});
