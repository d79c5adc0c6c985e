import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { modules } from './modules/index.js';
import { NodeResolver } from './shared/graphql/node.resolver.js';
import { rememberValidDates } from './shared/graphql/local-date.js';
import { callFieldResolversDirectly, readPlainFieldsDirectly } from './shared/graphql/direct-fields.js';
import { refuseUnseenIds } from './shared/graphql/unseen-ids.js';
import { defineUserErrorCodes } from './shared/graphql/user-error.js';
import type { AppModule } from './shared/module.js';

/** The graph of the given modules (all of them unless a test says otherwise). */
export async function buildAppSchema(of: readonly AppModule[] = modules): Promise<GraphQLSchema> {
  defineUserErrorCodes(of);
  readPlainFieldsDirectly();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers: NonEmptyArray<Function> = [NodeResolver, ...of.flatMap((m) => m.resolvers)];
  const schema = await buildSchema({ resolvers, validate: false });
  callFieldResolversDirectly(schema);
  rememberValidDates(schema);
  return refuseUnseenIds(schema);
}

/** The SDL committed at schema/schema.graphql: sorted, so it changes only when the graph does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
