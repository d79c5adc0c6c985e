import { isObjectType, type GraphQLSchema } from 'graphql';

/** Types a client cache needs no policy for: identified objects and the graph's plumbing. */
const PLUMBING = /(Connection|Edge|Payload)$|^(Query|Mutation|PageInfo|UserError)$/;

/**
 * Apollo Client type policies for the schema's value objects: object types without an `id`
 * (`DecisionReadiness`, `FundTotals`, `ClosureBlockers`…). A normalising cache cannot key them, so
 * by default it replaces one with the next it receives, and a query that asked for other fields of
 * it reads as incomplete after a mutation returned it with another selection. `merge: true` makes the
 * cache merge their fields instead. Written to `schema/type-policies.json` by `npm run schema:emit`.
 */
export function valueObjectTypePolicies(schema: GraphQLSchema): Record<string, { merge: true }> {
  const policies: Record<string, { merge: true }> = {};
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!isObjectType(type) || type.name.startsWith('__') || PLUMBING.test(type.name)) continue;
    if ('id' in type.getFields()) continue;
    policies[type.name] = { merge: true };
  }
  return policies;
}
