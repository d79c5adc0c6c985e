import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import type { IntrospectionPolicy } from '../../config.js';
import type { Context } from '../context.js';
import { hasRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { platformMessages } from '../i18n/platform.messages.js';
import { LocalizedGraphQLError } from './errors.js';
import { perDocument } from './per-document.js';

/** Whether the document asks `__schema` or `__type` anywhere (its fragments included); `__typename` is no introspection. */
export function asksForSchema(document: DocumentNode): boolean {
  let asks = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        asks = true;
        return false;
      }
      return undefined;
    },
  });
  return asks;
}

/** The same, walked once per document: Apollo hands each request sending the same text the same one. */
const asksForSchemaOnce = perDocument((_, document) => asksForSchema(document));

/**
 * Refuses, before execution, an introspection query from someone the policy does not let read the
 * schema (FORBIDDEN). In production the default lets admins only: the schema is the map of
 * everything, and a signed-in user's client needs none of it at run time.
 */
export function introspectionPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (policy === 'on') return;
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          if (!asksForSchemaOnce(schema, document)) return;
          if (policy === 'admins' && hasRole(contextValue.viewer, Role.ADMIN)) return;
          throw new LocalizedGraphQLError(policy === 'admins' ? platformMessages.introspectionAdmins : platformMessages.introspectionOff, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
