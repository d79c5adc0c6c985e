import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Context } from '../context.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import { platformMessages } from '../i18n/platform.messages.js';
import { LocalizedGraphQLError } from './errors.js';

export interface ComplexityLimits {
  /** Deepest field nesting allowed. */
  maxDepth: number;
  /** Most objects a query may ask for, multiplying page sizes along each path. */
  maxCost: number;
}

function pageSize(args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number | undefined {
  for (const arg of args) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) {
      const value = variables[arg.value.name.value];
      if (typeof value === 'number') return value;
    }
  }
  return undefined;
}

/**
 * Refuses, before execution, queries that nest too deep or could fetch too many objects
 * (QUERY_TOO_COMPLEX). A field returning a connection counts as its page size (the default when
 * no `first`/`last` is given); counts multiply down the tree, as nested pages do.
 */
export function complexityPlugin(limits: ComplexityLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          if (!operation) return;
          const root = schema.getRootType(operation.operation);
          if (!root) return;
          const { depth, cost } = measure(
            { schema, fragments, variables: request.variables ?? {} },
            operation.selectionSet,
            root,
            0,
            1,
            new Set(),
          );
          const problem =
            depth > limits.maxDepth
              ? platformMessages.tooDeep(depth, limits.maxDepth)
              : cost > limits.maxCost
                ? platformMessages.tooCostly(cost, limits.maxCost)
                : undefined;
          if (problem) throw new LocalizedGraphQLError(problem, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
        },
      };
    },
  };
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function measure(
  walk: Walk,
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  depth: number,
  multiplier: number,
  seen: Set<string>,
): { depth: number; cost: number } {
  let deepest = depth;
  let cost = 0;
  const narrowed = (name: string | undefined): GraphQLCompositeType => {
    const found = name ? walk.schema.getType(name) : undefined;
    return found && isCompositeType(found) ? found : type;
  };
  for (const sel of set.selections) {
    let inner: { depth: number; cost: number } | undefined;
    if (sel.kind === Kind.FIELD) {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
      if (!sel.selectionSet || !field) continue;
      const returns = getNamedType(field.type);
      if (!isCompositeType(returns)) continue;
      const size = returns.name.endsWith('Connection') ? (pageSize(sel.arguments ?? [], walk.variables) ?? DEFAULT_PAGE_SIZE) : 1;
      inner = measure(walk, sel.selectionSet, returns, depth + 1, multiplier * size, seen);
      cost += multiplier * size;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(walk, sel.selectionSet, narrowed(sel.typeCondition?.name.value), depth, multiplier, seen);
    } else {
      const fragment = walk.fragments.get(sel.name.value);
      if (!fragment || seen.has(sel.name.value)) continue;
      inner = measure(
        walk,
        fragment.selectionSet,
        narrowed(fragment.typeCondition.name.value),
        depth,
        multiplier,
        new Set([...seen, sel.name.value]),
      );
    }
    deepest = Math.max(deepest, inner.depth);
    cost += inner.cost;
  }
  return { depth: deepest, cost };
}
