import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { platformMessages } from '../i18n/platform.messages.js';
import { requestScope } from '../logger.js';
import { actualCost, costWalk, estimateCost, type CostWalk } from './cost.js';
import { LocalizedGraphQLError } from './errors.js';
import type { RequestState } from './format-error.js';

export interface ComplexityLimits {
  /** Deepest field nesting allowed. */
  maxDepth: number;
  /** Most points a query may cost (cost.ts: objects it may return plus declared weights). */
  maxCost: number;
}

/** Nesting no client of this graph needs: the deepest explorer example and test operation stay well within. */
export const MAX_DEPTH = 12;
/**
 * Most points one operation may cost: objects it may return, each counted (GitHub's 500,000 counts
 * connection nodes only), plus the declared weights of expensive resolvers (Shopify's points). The
 * heaviest operation of our own clients, a full page of 50 coordination issues with their
 * participants, action items, obligations and transactions, may cost about 47,000; two such pages
 * side by side, a third nested page or 30 aliased dashboards are refused.
 */
export const MAX_COST = 50_000;

/**
 * Refuses, before execution, operations that nest too deep or may cost more than the maximum
 * (QUERY_TOO_COMPLEX, 400, naming the cost and the maximum), and tells every response what its
 * operation cost: `extensions.cost { requested actual maximum throttleStatus }`.
 */
export function complexityPlugin(limits: ComplexityLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const state = requestScope.getStore() as RequestState | undefined;
      let measured: { walk: CostWalk; requested: number } | undefined;
      return {
        // No await in here: the rate limit, later in the plugin list, reads `state.cost` as its own hook starts.
        async didResolveOperation({ document, operation, request, schema }) {
          const root = operation && schema.getRootType(operation.operation);
          if (!operation || !root) return;
          const walk = costWalk(schema, document.definitions, operation, request.variables);
          const { depth, cost } = estimateCost(walk, operation.selectionSet, root);
          measured = { walk, requested: cost };
          if (state) state.cost = { requested: cost, maximum: limits.maxCost };
          const problem =
            depth > limits.maxDepth
              ? platformMessages.tooDeep(depth, limits.maxDepth)
              : cost > limits.maxCost
                ? platformMessages.tooCostly(cost, limits.maxCost)
                : undefined;
          if (problem) throw new LocalizedGraphQLError(problem, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
        },
        async willSendResponse({ response, operation, schema }) {
          if (!measured || !operation || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const root = schema.getRootType(operation.operation);
          const actual = result.data && root ? actualCost(measured.walk, operation.selectionSet, root, result.data) : 0;
          if (state?.cost) state.cost.actual = actual;
          // The estimate is meant to be an upper bound: a response above it means a declared bound is wrong.
          if (actual > measured.requested)
            state?.log.warn({ requested: measured.requested, actual }, 'response cost more than its estimate');
          result.extensions = {
            ...result.extensions,
            cost: { requested: measured.requested, actual, maximum: limits.maxCost, throttleStatus: state?.throttle ?? null },
          };
        },
      };
    },
  };
}
