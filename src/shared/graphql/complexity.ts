import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import type { Context } from '../../context.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';

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
 * (QUERY_TOO_COMPLEX). Connection fields count as their page size (default when absent);
 * counts multiply down the tree, as nested pages do.
 */
export function complexityPlugin(limits: ComplexityLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          if (!operation) return;
          const { depth, cost } = measure(operation.selectionSet, 0, 1, new Set(), fragments, request.variables ?? {});
          const problem =
            depth > limits.maxDepth
              ? `nests ${depth} levels deep; at most ${limits.maxDepth} are allowed`
              : cost > limits.maxCost
                ? `could return about ${cost} objects; at most ${limits.maxCost} are allowed (ask for smaller pages)`
                : undefined;
          if (problem)
            throw new GraphQLError(`The query ${problem}.`, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
        },
      };
    },
  };
}

const PAGE_ARGS = new Set(['first', 'last', 'after', 'before']);

function measure(
  set: SelectionSetNode,
  depth: number,
  multiplier: number,
  seen: Set<string>,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { depth: number; cost: number } {
  let deepest = depth;
  let cost = 0;
  for (const sel of set.selections) {
    let inner: { depth: number; cost: number } | undefined;
    if (sel.kind === Kind.FIELD) {
      if (!sel.selectionSet) continue;
      const paged = (sel.arguments ?? []).some((a) => PAGE_ARGS.has(a.name.value)) || sel.name.value.endsWith('s');
      const size =
        pageSize(sel.arguments ?? [], variables) ??
        (paged && sel.name.value !== 'edges' && sel.name.value !== 'nodes' ? DEFAULT_PAGE_SIZE : 1);
      inner = measure(sel.selectionSet, depth + 1, multiplier * size, seen, fragments, variables);
      cost += multiplier * size;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(sel.selectionSet, depth, multiplier, seen, fragments, variables);
    } else {
      const fragment = fragments.get(sel.name.value);
      if (!fragment || seen.has(sel.name.value)) continue;
      inner = measure(fragment.selectionSet, depth, multiplier, new Set([...seen, sel.name.value]), fragments, variables);
    }
    deepest = Math.max(deepest, inner.depth);
    cost += inner.cost;
  }
  return { depth: deepest, cost };
}
