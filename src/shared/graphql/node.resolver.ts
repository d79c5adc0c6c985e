import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { Cost } from './field-cost.js';
import type { Context } from '../context.js';
import { badUserInput } from './errors.js';
import { fromGlobalId } from './global-id.js';
import { selectedFields } from './look-ahead.js';
import { findVisible, Node } from './node.js';
import { platformMessages } from '../i18n/platform.messages.js';

const MAX_NODES = 100;

async function resolveNode(ctx: Context, id: string, argument: string, asked: ReadonlySet<string>): Promise<Node | null> {
  const { typename, key } = fromGlobalId(id, argument);
  // Hidden objects look exactly like absent ones: their existence is not disclosed.
  return findVisible(ctx, typename, key, asked);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'The object with this global ID, or null if it does not exist or is not visible to you.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global ID.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node | null> {
    return resolveNode(ctx, id, 'id', selectedFields(info));
  }

  @Cost({ items: 'ids', bound: MAX_NODES })
  @Query(() => [Node], {
    nullable: 'items',
    description: `The objects with these global IDs, in the same order (null where absent); at most ${MAX_NODES}.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs.' }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) throw badUserInput(platformMessages.tooManyIds(MAX_NODES, ids.length), 'ids');
    const asked = selectedFields(info);
    return Promise.all(ids.map((id, i) => resolveNode(ctx, id, `ids.${i}`, asked)));
  }
}
