import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { defineFile } from '../../shared/exports/exporter.js';
import { DownloadLink, fileLink } from '../../shared/exports/link.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { fromGlobalId, keyOf, toGlobalId } from '../../shared/graphql/global-id.js';
import { findVisible, Node, registerNodeType } from '../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { UserType } from '../user/index.js';
import { attachEvidence, canSeeFile, deleteEvidence, evidenceBytes } from './evidence.service.js';
import { EvidenceFileType } from './evidence.types.js';
import { evidenceMessages } from './evidence.messages.js';

registerNodeType('EvidenceFile', {
  load: (ctx, key) => ctx.loaders.evidence.fileByKey.load(key),
  visible: (ctx, node) => canSeeFile(ctx, node as EvidenceFileType),
});

/** A file's download: checked again, as the link's user is now, when the link is used. */
export const evidenceDownload = defineFile<{ fileKey: string }>({
  name: 'evidenceFile',
  async check(ctx, { fileKey }) {
    const file = await ctx.loaders.evidence.fileByKey.load(fileKey);
    if (!file || !(await canSeeFile(ctx, file))) throw forbidden(platformMessages.notFound(evidenceMessages.nouns.file));
    return file.fileName;
  },
  async open(ctx, { fileKey }) {
    const [file, bytes] = await Promise.all([ctx.loaders.evidence.fileByKey.load(fileKey), evidenceBytes(ctx, fileKey)]);
    return file && bytes ? { contentType: file.contentType, bytes } : null;
  },
});

@InputType('AttachEvidenceInput', { description: 'A file you uploaded, and the object it is evidence for.' })
class AttachEvidenceInput {
  @Field(() => ID, { description: 'The file, as `POST /files` answered.' })
  fileId!: string;

  @Field(() => ID, {
    description: 'A RectificationFeedback, ActionItem, Meeting or OpinionCollection you may attach files to.',
  })
  toId!: string;
}

@InputType('DeleteEvidenceInput', { description: 'The file to delete.' })
class DeleteEvidenceInput {
  @Field(() => ID, { description: 'The file.' })
  fileId!: string;
}

@ObjectType('EvidenceFileResult')
class EvidenceFileResult extends MutationResult {
  @Field(() => EvidenceFileType, { nullable: true, description: 'The file as it now is; null when `userErrors` is not empty.' })
  evidenceFile?: EvidenceFileType | null;
}

@ObjectType('DeletedEvidenceResult')
class DeletedEvidenceResult extends MutationResult {
  @Field(() => ID, { nullable: true, description: 'The ID of the file deleted; null when `userErrors` is not empty.' })
  deletedFileId?: string | null;
}

const AttachEvidencePayload = payloadOf('attachEvidence', EvidenceFileResult);
const DeleteEvidencePayload = payloadOf('deleteEvidence', DeletedEvidenceResult);

@Resolver(() => EvidenceFileType)
export class EvidenceFileResolver {
  @FieldResolver(() => UserType, { description: 'Who uploaded it.' })
  uploadedBy(@Root() file: EvidenceFileType, @Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, file.uploadedByKey, 'user');
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The object it is evidence for; null until attached.' })
  attachedTo(@Root() file: EvidenceFileType, @Ctx() ctx: Context): Promise<Node | null> | null {
    return file.attachedType && file.attachedKey ? findVisible(ctx, file.attachedType, file.attachedKey) : null;
  }

  @FieldResolver(() => DownloadLink, {
    description: 'A link to GET the file as it was uploaded, valid for 10 minutes, for those who may see it when they use it.',
  })
  download(@Root() file: EvidenceFileType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<DownloadLink> {
    return fileLink(ctx, info.schema, evidenceDownload, { fileKey: file.key }, file.contentType);
  }

  @Mutation(() => AttachEvidencePayload, {
    description:
      'Attaches a file you uploaded (`POST /files`) to a rectification feedback (officers of the rectifying unit), an action item (coordinators, commission staff, officers of its unit), a meeting’s minutes (coordinators, commission staff) or an opinion collection (the assessment’s assessors). A file is attached once.',
  })
  attachEvidence(
    @Arg('input', () => AttachEvidenceInput, { description: 'The file and the object.' }) input: AttachEvidenceInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<EvidenceFileResult>> {
    const fileKey = keyOf(input.fileId, 'EvidenceFile', 'input.fileId');
    const { typename, key } = fromGlobalId(input.toId, 'input.toId');
    return mutation(
      () => attachEvidence(ctx, fileKey, { typename, key }),
      async (k) => ({ evidenceFile: await ctx.loaders.evidence.fileByKey.load(k) }),
    );
  }

  @Mutation(() => DeleteEvidencePayload, {
    description:
      'Deletes a file and its bytes; the audit trail keeps its name, type, size, SHA-256 and the object it was attached to. Its uploader, or anyone who may attach files to that object.',
  })
  deleteEvidence(
    @Arg('input', () => DeleteEvidenceInput, { description: 'The file.' }) input: DeleteEvidenceInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<DeletedEvidenceResult>> {
    const fileKey = keyOf(input.fileId, 'EvidenceFile', 'input.fileId');
    return mutation(
      () => deleteEvidence(ctx, fileKey),
      (k) => ({ deletedFileId: toGlobalId('EvidenceFile', k) }),
    );
  }
}
