import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

// type-graphql runs every field through a resolver of its own: it builds the resolver data, runs the
// (empty) middleware chain and gathers the parameters anew, for every field of every object in a
// response. Where a field has no middleware, role or argument, these two let execution reach the
// value directly; what each field returns does not change. Both assume the schema is built with no
// global middlewares and no auth checker (buildAppSchema passes neither).

const hasMiddleware = (middlewares: readonly unknown[] | undefined, roles: readonly unknown[] | undefined) =>
  (middlewares?.length ?? 0) > 0 || (roles?.length ?? 0) > 0;

/**
 * Marks every plain `@Field` (a property under its own name, with no middleware or role of its own
 * or of its class) as type-graphql's `simple`, so the schema gives it no resolver and execution
 * reads the property itself. Call before `buildSchema`; a second call changes nothing.
 */
export function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  // Read from what the decorators collected: a field learns its middlewares and roles only as the schema is built.
  const guarded = new Set([...storage.middlewares, ...storage.authorizedFields].map((m) => `${m.target.name}.${m.fieldName}`));
  const guardedClasses = new Set(storage.resolverMiddlewares.map((m) => m.target));
  for (const field of storage.fields) {
    if (field.simple !== undefined || hasMiddleware(undefined, field.roles) || field.name !== field.schemaName) continue;
    if (guarded.has(`${field.target.name}.${field.name}`) || guardedClasses.has(field.target)) continue;
    field.simple = true;
  }
}

type Parameter = (root: unknown, context: unknown, info: unknown) => unknown;
type Class = abstract new (...args: never[]) => unknown;
type ResolverInstance = Record<string, (...args: unknown[]) => unknown>;

/**
 * Calls a resolver class's `@FieldResolver` methods straight from the schema when they take only
 * `@Root()`, `@Ctx()` and `@Info()` and have no middleware or role; a root that is not of the class
 * its parameter declares (type-graphql would copy it into one) goes through type-graphql's
 * resolver as before.
 * Call after `buildSchema` on the schema it built.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, ResolverInstance>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || hasMiddleware(resolver.middlewares, resolver.roles)) continue;
    const owner = resolver.getObjectType?.();
    const objectType = owner && storage.objectTypes.find((o) => o.target === owner);
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const parameters: Parameter[] = [];
    let rootClass: Class | undefined;
    for (const param of params) {
      if (param.kind === 'root' && !param.propertyName) {
        const declared: unknown = param.getType?.();
        if (typeof declared === 'function') rootClass = declared as Class;
        parameters.push((root) => root);
      } else if (param.kind === 'context' && !param.propertyName) parameters.push((_, context) => context);
      else if (param.kind === 'info') parameters.push((_, __, info) => info);
      else break;
    }
    if (!field?.resolve || !owner || parameters.length !== params.length || params.some((p, i) => p.index !== i)) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => ResolverInstance)()));
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') continue;
    const wrapped: GraphQLFieldResolver<unknown, unknown> = field.resolve;
    const target = instance;
    field.resolve = (root, args, context, info) =>
      rootClass && !(root instanceof rootClass)
        ? wrapped(root, args, context, info)
        : method.apply(
            target,
            parameters.map((p) => p(root, context, info)),
          );
  }
}
