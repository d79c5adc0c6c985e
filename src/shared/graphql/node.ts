import { Field, ID, InterfaceType } from 'type-graphql';
import type { Context } from '../context.js';
import { registerIdType, toGlobalId } from './global-id.js';

@InterfaceType({ description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID; stable for the life of the object.' })
  id!: string;

  /** The row's primary key; not exposed. */
  key!: string;
}

/** Builds a GraphQL object from a plain row without ORM hydration (reads are row-based). */
export function nodeRow<T extends Node>(Type: new () => T, typename: string, row: Omit<T, 'id'> & { key: string }): T {
  const node = Object.assign(new Type(), row);
  node.id = toGlobalId(typename, row.key);
  return node;
}

export interface NodeTypeSpec {
  /**
   * Loads rows by primary key through the request's loaders (batched); null where absent. `asked`:
   * the fields the query selects on the object, when known, so a type may read only the relations
   * asked for along with the row.
   */
  load(ctx: Context, key: string, asked?: ReadonlySet<string>): Promise<Node | null>;
  /** Whether the viewer may see this object; the same rule applies on every path to it. */
  visible?(ctx: Context, node: Node): boolean | Promise<boolean>;
}

const registry = new Map<string, NodeTypeSpec>();

/** Each module registers its node types, so `node(id:)` can resolve any of them. */
export function registerNodeType(typename: string, spec: NodeTypeSpec): void {
  registerIdType(typename);
  registry.set(typename, spec);
}

export function nodeType(typename: string): NodeTypeSpec | undefined {
  return registry.get(typename);
}

export function registeredNodeTypes(): string[] {
  return [...registry.keys()];
}

/**
 * The object of this type and key if the viewer may see it, else null: a hidden object and a
 * missing one are the same answer on every path (`node`, `nodes`, and the mutations' ID check).
 */
export async function findVisible(ctx: Context, typename: string, key: string, asked?: ReadonlySet<string>): Promise<Node | null> {
  const spec = registry.get(typename);
  const node = spec ? await spec.load(ctx, key, asked) : null;
  return node && (await (spec?.visible?.(ctx, node) ?? true)) ? node : null;
}
