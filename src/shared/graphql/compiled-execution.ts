import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLBoolean,
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  BREAK,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { CompiledExecutionMode } from '../../config.js';

/** Documents kept compiled, and documents remembered as seen once; past this, the least recently used go first. */
export const MAX_COMPILED_DOCUMENTS = 500;

type Compiled = CompiledQuery | 'interpreted';

/** A Map used as a bounded LRU: reading an entry makes it the newest. */
class Recent<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    const oldest = this.entries.keys().next();
    if (this.entries.size > this.limit && !oldest.done) this.entries.delete(oldest.value);
  }
}

/** Longer documents stay interpreted: what compiling costs grows with the text, and a frontend's everyday page is far shorter. */
export const MAX_COMPILED_DOCUMENT_LENGTH = 16_384;

/**
 * The type every variable is declared with in the document graphql-jit compiles: it takes the
 * value as graphql-js already coerced it. graphql-jit's own coercion is not used: it writes the code
 * for a variable by walking its type field by field, without end for a type that contains itself
 * (0.8 runs out of memory on `$filter: ReformTaskFilter`), and it leaves input fields' defaults out.
 * Boolean variables keep their type, which `@skip(if:)`/`@include(if:)` insist on; graphql-jit reads
 * a coerced Boolean as itself.
 */
const COERCED = new GraphQLScalarType({ name: 'CoercedVariableValue', parseValue: (value) => value });

/** The operation as compiled: each variable's type the pass-through one, no defaults (the coerced values hold them). */
function withCoercedVariables(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const passThrough: TypeNode = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } };
  const compiled: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: operation.variableDefinitions?.map((definition) =>
      getNamedTypeNode(definition.type) === GraphQLBoolean.name
        ? definition
        : { ...definition, type: passThrough, defaultValue: undefined },
    ),
  };
  return { ...document, definitions: document.definitions.map((definition) => (definition === operation ? compiled : definition)) };
}

function getNamedTypeNode(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : getNamedTypeNode(type.type);
}

/**
 * Whether to compile at all: not a document that asks the schema about itself (introspection reads
 * `info.schema`, which for compiled operations holds the pass-through type), nor a very long one
 * (what compiling costs grows with the text).
 */
function compilable(request: GatewayGraphQLRequestContext): boolean {
  return (
    request.source.length <= MAX_COMPILED_DOCUMENT_LENGTH && !/__schema|__type\b/.test(request.source) && !holdsMarker(request.document)
  );
}

/**
 * Whether a string in the document holds one of graphql-jit's markers. It writes a field's literal
 * arguments into the compiled code as JSON, then turns each string `"__MAGIC_DATE__<uuid><text>"`
 * into `new Date(<text>)`, with the marker a constant of the package: a document carrying it (also
 * spelt with \u escapes, hence the parsed strings, not the text) would have the server run its text
 * as code. Such a document stays interpreted.
 */
function holdsMarker(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(JIT_MARKER)) found = true;
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/** What graphql-jit's markers (`__MAGIC_NAN__…`, `__MAGIC_DATE__…`, `__MAGIC_PLUS_INFINITY__…`) begin with. */
const JIT_MARKER = '__MAGIC_';

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` where the thrown error had none,
 * which Apollo reads unchecked: the same error as graphql-js makes it, with its locations.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (made as { locations: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

/** What the executor did, for the tests. */
export interface ExecutionCounts {
  compiled: number;
  interpreted: number;
  /** Documents compiled so far (not those since forgotten). */
  compilations: number;
}

/**
 * Runs every operation Apollo has parsed and validated, through Apollo's executor hook (the
 * `gateway` option: Apollo keeps parsing, validation, plugins and error formatting, and hands over
 * only execution). graphql-js's interpreter spends most of a list page's CPU per field, on objects and
 * promises it makes afresh for every row; a compiled document does that work once, when compiled.
 *
 * `mode` (COMPILED_EXECUTION): `off` interprets everything; `repeated`, the default, compiles a
 * document at its second run, so a stream of one-off documents, hostile or not, never makes the
 * server compile; `always` compiles at the first run (the tests, so each of them goes through the
 * compiled path).
 *
 * Both paths give the same answer to the same request: variables are coerced by graphql-js first
 * (so a bad variable gets graphql-js's own error, which Apollo turns into BAD_USER_INPUT), and a
 * document graphql-jit cannot compile stays interpreted. The resolvers and the context are the same
 * objects either way, and `info` carries the same field nodes, fragments and variable values.
 */
export function executionGateway(
  schema: GraphQLSchema,
  mode: CompiledExecutionMode,
  limit = MAX_COMPILED_DOCUMENTS,
): GatewayInterface & { counts: ExecutionCounts } {
  const compiled = new Recent<Compiled>(limit);
  const seenOnce = new Recent<true>(limit);
  const counts: ExecutionCounts = { compiled: 0, interpreted: 0, compilations: 0 };
  const config = schema.toConfig();
  // The same types, hence the same resolvers, and the pass-through type for variables.
  const compiledSchema = new GraphQLSchema({ ...config, types: [...config.types, COERCED] });

  function compiledFor(request: GatewayGraphQLRequestContext): Compiled {
    if (mode === 'off') return 'interpreted';
    const key = `${request.queryHash}\n${request.operationName ?? ''}`;
    const known = compiled.get(key);
    if (known) return known;
    if (mode === 'repeated' && !seenOnce.get(key)) {
      seenOnce.set(key, true);
      return 'interpreted';
    }
    const query = compilable(request)
      ? compileQuery(compiledSchema, withCoercedVariables(request.document, request.operation), request.operationName ?? undefined)
      : undefined;
    const result: Compiled = query && isCompiledQuery(query) ? query : 'interpreted';
    if (result !== 'interpreted') counts.compilations++;
    compiled.set(key, result);
    return result;
  }

  const executor: GatewayExecutor = async (request) => {
    const variables = request.request.variables ?? {};
    const plan = compiledFor(request);
    if (plan === 'interpreted') {
      counts.interpreted++;
      return await execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName: request.operationName,
      });
    }
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    counts.compiled++;
    const result = (await plan.query(undefined, request.context, coerced.coerced)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    counts,
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}
