import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { Cost } from './field-cost.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Sort direction. 排序方向。' });

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Returns the first n items (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Returns the last n items (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the items before this cursor.' })
  before?: string | null;
}

export type PageArgs = Pick<ConnectionArgs, 'first' | 'after' | 'last' | 'before'>;

/** Plain paging arguments, as a stable loader-cache key. */
export function pageArgs(page: ConnectionArgs): PageArgs {
  return { first: page.first ?? null, after: page.after ?? null, last: page.last ?? null, before: page.before ?? null };
}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'More items follow the last edge. Exact when paging forward; when paging backward, true if `before` was given.',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'More items precede the first edge. Exact when paging backward; when paging forward, true if `after` was given.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What list resolvers return. `count` runs only when a client asks for `totalCount`. */
export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(NodeType: ClassType<T>, name: string): ClassType<Page<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after`/`before`.' })
    cursor!: string;

    @Field(() => NodeType, { description: `The ${name} at this edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass {
    @Cost({ page: true })
    @Field(() => [EdgeType], { description: 'Edges of this page, each with its cursor.' })
    edges!: EdgeType[];

    @Cost({ page: true })
    @Field(() => [NodeType], { description: 'The items of this page, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items exist.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    // A count over the whole filter, not the page.
    @Cost({ weight: 10 })
    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionClass;
}
