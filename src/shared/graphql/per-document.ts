import type { DocumentNode, GraphQLSchema } from 'graphql';

/**
 * A fact of a document under a schema, worked out once: Apollo hands every request that sends the
 * same text the same parsed document (its document store), so what depends on the document alone
 * is read from here instead of walking it again on each request. Held for as long as the document
 * and the schema are.
 */
export function perDocument<T>(
  work: (schema: GraphQLSchema, document: DocumentNode) => T,
): (schema: GraphQLSchema, document: DocumentNode) => T {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, T>>();
  return (schema, document) => {
    let known = bySchema.get(schema);
    if (!known) bySchema.set(schema, (known = new WeakMap()));
    if (known.has(document)) return known.get(document) as T;
    const fact = work(schema, document);
    known.set(document, fact);
    return fact;
  };
}
