import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLID,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context.js';
import { CommonErrorCode, DomainError } from '../errors/domain-error.js';
import { platformMessages } from '../i18n/platform.messages.js';
import { decodeGlobalId } from './global-id.js';
import { findVisible } from './node.js';
import { userErrorOf, type UserError } from './user-error.js';

/** An ID somewhere in a mutation's arguments, with the path of the field that holds it. */
interface IdAt {
  id: string;
  field: string[];
}

function collectIds(type: GraphQLInputType, value: unknown, field: string[], into: IdAt[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => collectIds(nullable.ofType, item, [...field, String(i)], into));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) {
      collectIds(inner.type, (value as Record<string, unknown>)[inner.name], [...field, inner.name], into);
    }
    return;
  }
  if (getNamedType(type) === GraphQLID && typeof value === 'string') into.push({ id: value, field });
}

async function unseenIdErrors(ctx: Context, ids: IdAt[]): Promise<UserError[]> {
  const unseen = await Promise.all(
    ids.map(async ({ id, field }) => {
      const decoded = decodeGlobalId(id);
      return decoded && !(await findVisible(ctx, decoded.typename, decoded.key)) ? field : null;
    }),
  );
  return unseen
    .filter((field) => field !== null)
    .map((field) => userErrorOf(new DomainError(CommonErrorCode.NOT_FOUND, platformMessages.nothingWithId, field)));
}

/**
 * No oracle: before any mutation runs, every ID in its arguments must name an object the viewer
 * may see, by the same rule as `node(id:)`. One that does not, whether it is hidden or was never
 * there, gets the same NOT_FOUND with the same message, before any role, unit or state check could
 * tell the two apart; each such ID gets its own, at its field. IDs this server never issued are
 * left to the resolver, which refuses them as malformed (BAD_USER_INPUT). Wraps every field of
 * `Mutation`, so a new mutation is covered without a line of its own.
 */
export function refuseUnseenIds(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, ctx: Context, info) => {
      const ids: IdAt[] = [];
      for (const argument of field.args) collectIds(argument.type, args[argument.name], [argument.name], ids);
      const userErrors = ids.length > 0 ? await unseenIdErrors(ctx, ids) : [];
      return userErrors.length > 0 ? { userErrors } : resolve(source, args, ctx, info);
    };
  }
  return schema;
}
