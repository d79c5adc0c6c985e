import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  print,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';
import type { FieldCost } from './field-cost.js';

/** What a mutation costs when it declares no weight of its own: a transaction, its audit entry, the re-read payload. */
export const MUTATION_WEIGHT = 10;

/** A list that declares nothing counts as a full page; the schema test refuses such a field. */
const UNDECLARED_BOUND = MAX_PAGE_SIZE;
const NO_COST: FieldCost = Object.freeze({});
const MUTATION_COST: FieldCost = Object.freeze({ weight: MUTATION_WEIGHT });

/** The declared cost of a field, or for introspection's lists the bound read off the schema itself. */
export function costOf(schema: GraphQLSchema, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): FieldCost {
  const declared = field.extensions.cost as FieldCost | undefined;
  if (declared) return declared;
  // Asked once per field of every object of a response: only introspection's own types have bounds to look up.
  if (parent.name.startsWith('__')) {
    const bound = introspectionBounds(schema).get(`${parent.name}.${field.name}`);
    if (bound !== undefined) return { bound };
  }
  if (parent === schema.getMutationType()) return MUTATION_COST;
  return NO_COST;
}

const boundsBySchema = new WeakMap<GraphQLSchema, Map<string, number>>();

/**
 * The longest each introspection list can be in this schema: `__Schema.types` is every type,
 * `__Type.fields` the most fields any type has, and so on. Multiplied down a selection they bound
 * what an introspection field may cost where its exact cost is not worked out (`introspectionCost`).
 */
export function introspectionBounds(schema: GraphQLSchema): Map<string, number> {
  const cached = boundsBySchema.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]) => Math.max(0, ...counts);
  const objectLike = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fields = objectLike.flatMap((t) => Object.values(t.getFields()));
  const directives = schema.getDirectives();
  const bounds = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', most(objectLike.map((t) => Object.keys(t.getFields()).length))],
    ['__Type.interfaces', most(objectLike.map((t) => t.getInterfaces().length))],
    [
      '__Type.possibleTypes',
      most(types.filter((t) => isCompositeType(t) && !isObjectType(t)).map((t) => schema.getPossibleTypes(t as never).length)),
    ],
    ['__Type.enumValues', most(types.filter(isEnumType).map((t) => t.getValues().length))],
    ['__Type.inputFields', most(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length))],
    ['__Field.args', most(fields.map((f) => f.args.length))],
    ['__Directive.args', most(directives.map((d) => d.args.length))],
    ['__Directive.locations', most(directives.map((d) => d.locations.length))],
  ]);
  boundsBySchema.set(schema, bounds);
  return bounds;
}

/** The field a selection names on this type, the introspection entry points included. */
export function fieldOf(schema: GraphQLSchema, type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (type === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

export function isListField(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

/** An operation with what is needed to read its arguments: its fragments and its variables, defaults included. */
export interface CostWalk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** How many more introspection fields of this operation may have their exact cost worked out. */
  exactIntrospections: number;
}

/** Introspection fields per operation whose exact cost is worked out; any further ones count by their bounds. */
export const EXACT_INTROSPECTIONS = 3;
/** Distinct introspection selections whose exact cost is remembered (per process; the schema does not change). */
const REMEMBERED_INTROSPECTIONS = 200;
/** Selections (with their fragments and variables) longer than this are worked out but not remembered. */
const REMEMBERED_KEY_LENGTH = 20_000;
/** The most objects an exact count walks before it gives up: anything larger is refused anyway. */
const INTROSPECTION_BUDGET = 50_000;
const introspectionCosts = new Map<string, number>();

class OverBudget extends Error {}

/**
 * What an introspection field (`__schema`, `__type`) costs, exactly: the schema does not change
 * while the server runs, so the field's selection is walked over the schema itself through
 * graphql-js's own introspection resolvers (in memory, nothing built, no resolver of ours runs),
 * counting one per object as `actualCost` does, and stopping past INTROSPECTION_BUDGET objects
 * (undefined: the schema's bounds count instead). Remembered per selection, so the explorer's own
 * introspection query is worked out once. A schema-sized upper bound would refuse every client that
 * reads the schema the standard way.
 */
function introspectionCost(walk: CostWalk, node: FieldNode, type: GraphQLCompositeType): number | undefined {
  const key = `${print({ ...node, alias: undefined })}\n${[...walk.fragments.values()].map((f) => print(f)).join('\n')}\n${JSON.stringify(walk.variables)}`;
  const remembered = introspectionCosts.get(key);
  if (remembered !== undefined) return remembered;
  if (walk.exactIntrospections <= 0) return undefined;
  walk.exactIntrospections--;
  let cost: number;
  try {
    cost = countIntrospection(walk, { kind: Kind.SELECTION_SET, selections: [node] }, type, undefined, { left: INTROSPECTION_BUDGET });
  } catch {
    // Past the budget, or a selection the resolvers cannot answer from the schema alone: the bounds count.
    return undefined;
  }
  if (key.length <= REMEMBERED_KEY_LENGTH) {
    const oldest = introspectionCosts.keys().next();
    if (introspectionCosts.size >= REMEMBERED_INTROSPECTIONS && !oldest.done) introspectionCosts.delete(oldest.value);
    introspectionCosts.set(key, cost);
  }
  return cost;
}

/** Objects a selection returns when answered from `source` by the introspection resolvers. */
function countIntrospection(
  walk: CostWalk,
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  source: unknown,
  budget: { left: number },
  visited = new Set<string>(),
): number {
  let count = 0;
  const info = { schema: walk.schema } as unknown as GraphQLResolveInfo;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const field = fieldOf(walk.schema, type, sel.name.value);
      const returns = field && getNamedType(field.type);
      if (!field || !sel.selectionSet || !returns || !isCompositeType(returns)) continue;
      const args: Record<string, unknown> = {};
      for (const arg of field.args) {
        const given = sel.arguments?.find((a) => a.name.value === arg.name);
        const value = given ? valueFromASTUntyped(given.value, walk.variables) : arg.defaultValue;
        if (value !== undefined) args[arg.name] = value;
      }
      const value: unknown = field.resolve
        ? field.resolve(source, args, undefined, info)
        : (source as Record<string, unknown> | undefined)?.[field.name];
      for (const item of Array.isArray(value) ? value : value == null ? [] : [value]) {
        if (--budget.left < 0) throw new OverBudget();
        count += 1 + countIntrospection(walk, sel.selectionSet, returns, item, budget);
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      count += countIntrospection(walk, sel.selectionSet, narrowed(walk, sel.typeCondition?.name.value, type), source, budget, visited);
    } else {
      const fragment = walk.fragments.get(sel.name.value);
      if (!fragment || visited.has(sel.name.value)) continue;
      visited.add(sel.name.value);
      const within = narrowed(walk, fragment.typeCondition.name.value, type);
      count += countIntrospection(walk, fragment.selectionSet, within, source, budget, visited);
    }
  }
  return count;
}

export function costWalk(
  schema: GraphQLSchema,
  definitions: readonly { kind: Kind }[],
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): CostWalk {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set((def as FragmentDefinitionNode).name.value, def as FragmentDefinitionNode);
  // A variable the request leaves out takes its default: `$n: Int = 100` costs what `100` costs.
  const defaults: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) defaults[def.variable.name.value] = valueFromASTUntyped(def.defaultValue);
  }
  return {
    schema,
    fragments,
    variables: { ...defaults, ...variables },
    exactIntrospections: EXACT_INTROSPECTIONS,
  };
}

function argument(walk: CostWalk, node: FieldNode, name: string): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value, walk.variables) : undefined;
}

/** The page size a connection field asks for: `first`, else `last`, else the default; never more than a page may hold. */
function pageSizeOf(walk: CostWalk, node: FieldNode): number {
  const asked = [argument(walk, node, 'first'), argument(walk, node, 'last')].find((v) => typeof v === 'number');
  return Math.min(Math.max(typeof asked === 'number' ? asked : DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
}

/** How many items a list field may return, by its declaration. */
function itemsOf(walk: CostWalk, node: FieldNode, cost: FieldCost, page: number): number {
  if (cost.page) return page;
  if (cost.items) {
    const value = argument(walk, node, cost.items);
    // A single value where a list is expected is a list of one (input coercion).
    const count = Array.isArray(value) ? value.length : value == null ? 0 : 1;
    return cost.bound === undefined ? count : Math.min(count, cost.bound);
  }
  return cost.bound ?? UNDECLARED_BOUND;
}

function narrowed(walk: CostWalk, name: string | undefined, type: GraphQLCompositeType): GraphQLCompositeType {
  const found = name ? walk.schema.getType(name) : undefined;
  return found && isCompositeType(found) ? found : type;
}

/**
 * The most a selection can cost, before anything runs: every object it may return (a list counts
 * as many objects as it may hold, multiplied down the tree as nested lists multiply) plus the
 * declared weights of the fields it calls, each as many times as it may be called. `depth` is the
 * deepest nesting of fields with selections.
 */
export function estimateCost(
  walk: CostWalk,
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  depth = 0,
  multiplier = 1,
  page = DEFAULT_PAGE_SIZE,
  visited = new Set<string>(),
): { depth: number; cost: number } {
  let deepest = depth;
  let cost = 0;
  for (const sel of set.selections) {
    let inner: { depth: number; cost: number } | undefined;
    if (sel.kind === Kind.FIELD) {
      const field = fieldOf(walk.schema, type, sel.name.value);
      if (!field) continue;
      const declared = costOf(walk.schema, type, field);
      cost += multiplier * (declared.weight ?? 0);
      const returns = getNamedType(field.type);
      if (!sel.selectionSet || !isCompositeType(returns)) continue;
      const objects = multiplier * (isListField(field) ? itemsOf(walk, sel, declared, page) : 1);
      inner = estimateCost(walk, sel.selectionSet, returns, depth + 1, objects, pageSizeOf(walk, sel));
      const exact = field === SchemaMetaFieldDef || field === TypeMetaFieldDef ? introspectionCost(walk, sel, type) : undefined;
      // The schema's own shape bounds how deep introspection goes (`ofType` chains): its exact cost is what counts.
      if (exact !== undefined) inner = { depth: depth + 1, cost: multiplier * exact - objects };
      cost += objects;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = estimateCost(walk, sel.selectionSet, narrowed(walk, sel.typeCondition?.name.value, type), depth, multiplier, page, visited);
    } else {
      const fragment = walk.fragments.get(sel.name.value);
      // Spread once per selection set, as execution collects fields: a fragment spread twice is read once.
      if (!fragment || visited.has(sel.name.value)) continue;
      visited.add(sel.name.value);
      const within = narrowed(walk, fragment.typeCondition.name.value, type);
      inner = estimateCost(walk, fragment.selectionSet, within, depth, multiplier, page, visited);
    }
    deepest = Math.max(deepest, inner.depth);
    cost += inner.cost;
  }
  return { depth: deepest, cost };
}

/** A field of a selection as `actualCost` counts it, with its fragments spread in. */
interface Counted {
  key: string;
  weight: number;
  /** The selection and type of the objects it returns, when it returns objects. */
  inner?: { set: SelectionSetNode; type: GraphQLCompositeType };
}

/**
 * The counted fields of a selection set on a type: worked out once and applied to every object of
 * every response to the same parsed document (the server keeps parsed documents; a set's fragments
 * come from its own document, and variables do not change what is counted).
 */
const countedFields = new WeakMap<SelectionSetNode, Map<GraphQLCompositeType, Counted[]>>();

function countedOf(walk: CostWalk, set: SelectionSetNode, type: GraphQLCompositeType): Counted[] {
  let byType = countedFields.get(set);
  if (!byType) countedFields.set(set, (byType = new Map<GraphQLCompositeType, Counted[]>()));
  let counted = byType.get(type);
  if (!counted) byType.set(type, (counted = collectCounted(walk, set, type, new Set(), [])));
  return counted;
}

function collectCounted(
  walk: CostWalk,
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  visited: Set<string>,
  into: Counted[],
): Counted[] {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const field = fieldOf(walk.schema, type, sel.name.value);
      if (!field) continue;
      const returns = getNamedType(field.type);
      into.push({
        key: sel.alias?.value ?? sel.name.value,
        weight: costOf(walk.schema, type, field).weight ?? 0,
        inner: sel.selectionSet && isCompositeType(returns) ? { set: sel.selectionSet, type: returns } : undefined,
      });
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      collectCounted(walk, sel.selectionSet, narrowed(walk, sel.typeCondition?.name.value, type), visited, into);
    } else {
      const fragment = walk.fragments.get(sel.name.value);
      // Spread once per selection set, as execution collects fields: a fragment spread twice is read once.
      if (!fragment || visited.has(sel.name.value)) continue;
      visited.add(sel.name.value);
      collectCounted(walk, fragment.selectionSet, narrowed(walk, fragment.typeCondition.name.value, type), visited, into);
    }
  }
  return into;
}

/**
 * What a response actually cost, by the same rule applied to what came back: one point per object
 * in the data, plus the weight of each weighted field once per object it was asked on.
 */
export function actualCost(walk: CostWalk, set: SelectionSetNode, type: GraphQLCompositeType, data: Record<string, unknown>): number {
  let cost = 0;
  for (const { key, weight, inner } of countedOf(walk, set, type)) {
    if (!(key in data)) continue;
    cost += weight;
    const value = data[key];
    if (!inner || value == null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof item === 'object') cost += 1 + actualCost(walk, inner.set, inner.type, item as Record<string, unknown>);
    }
  }
  return cost;
}
