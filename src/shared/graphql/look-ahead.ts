import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// What the query asks below the field being resolved, so a list can read a relation in its own
// statement only when it is selected. Directives are ignored: a skipped field is read for nothing.

function collect(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, path: string[], into: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) collect(info, selection.selectionSet, path, into);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) collect(info, info.fragments[selection.name.value]?.selectionSet, path, into);
    else if (path.length === 0) into.add(selection.name.value);
    else if (selection.name.value === path[0]) collect(info, selection.selectionSet, path.slice(1), into);
  }
}

/** Names of the fields selected at `path` below the current field (`['nodes']`), over all its fragments. */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  const into = new Set<string>();
  for (const field of info.fieldNodes) collect(info, field.selectionSet, path, into);
  return into;
}

/** Fields selected on a connection's nodes, whether through `nodes` or `edges { node }`. */
export function nodeFields(info: GraphQLResolveInfo): Set<string> {
  return new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]);
}
