import { Extensions } from 'type-graphql';

/**
 * What a field declares about its cost, next to the field (`@Cost({ … })`, a GraphQL field
 * extension). Every list field declares how many items it may hold: `page`, `items` or `bound`.
 */
export interface FieldCost {
  /** Most items the list holds; with `items`, the cap on that argument's length. */
  bound?: number;
  /** The list holds one item per element of this argument (`nodes(ids:)`). */
  items?: string;
  /** The list is a connection's page: as many items as the page size (`first`/`last`) of the field that returned the connection. */
  page?: true;
  /** Points per call on top of the objects returned: resolvers whose work the objects do not show (aggregates, rankings, searches, writes). */
  weight?: number;
}

/** Declares a field's cost (see FieldCost). */
export const Cost = (cost: FieldCost) => Extensions({ cost });
