import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import { LocalizedGraphQLError } from './errors.js';
import type { Context } from '../context.js';

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

function literalHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

/**
 * No text in this graph may hold the NUL character: PostgreSQL cannot store it, and the driver
 * would fail with a protocol error. Refused up front, for every operation, as BAD_USER_INPUT.
 */
export const nulGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (containsNul(request.variables) || literalHasNul(document)) {
          throw new LocalizedGraphQLError(platformMessages.nul, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
