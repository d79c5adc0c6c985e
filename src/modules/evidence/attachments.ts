import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import type { Node } from '../../shared/graphql/node.js';
import { EvidenceFileConnection, type EvidenceFileType } from './evidence.types.js';

/** What a module says about files attached to objects of one of its types. */
export interface AttachmentRule {
  /**
   * Throws (FORBIDDEN, or a domain error) unless the viewer may attach files to this object, or
   * delete files attached to it; the object is one the viewer can see. Runs in the write's transaction.
   */
  mayAttach(ctx: Context, em: EntityManager, key: string): Promise<void>;
}

const rules = new Map<string, AttachmentRule>();

/** The rule of a type files may be attached to; undefined for any other type. */
export function attachmentRule(typename: string): AttachmentRule | undefined {
  return rules.get(typename);
}

/**
 * Lets files be attached to objects of `typename` under `rule`, and gives its GraphQL type an
 * `evidenceFiles` connection: the resolver to list in the owning module's `resolvers`.
 */
export function evidenceOn<T extends Node>(Type: ClassType<T>, typename: string, rule: AttachmentRule): ClassType {
  rules.set(typename, rule);

  @Resolver(() => Type)
  class EvidenceResolver {
    @FieldResolver(() => EvidenceFileConnection, {
      description: 'Files attached to it as evidence, in the order they were uploaded. 证据附件。',
    })
    evidenceFiles(@Root() node: T, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<EvidenceFileType>> {
      return ctx.loaders.evidence.filesOf(typename, pageArgs(page)).load(node.key);
    }
  }
  return EvidenceResolver;
}
