import { createHash } from 'node:crypto';
import path from 'node:path';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { findVisible } from '../../shared/graphql/node.js';
import { FILE_KINDS, type FileKindName } from '../../shared/files/sniff.js';
import { User } from '../user/index.js';
import { attachmentRule } from './attachments.js';
import { EvidenceFile, EvidenceFileContent } from './evidence-file.entity.js';
import { EvidenceErrors } from './evidence.errors.js';
import { evidenceMessages as M } from './evidence.messages.js';
import type { EvidenceFileType } from './evidence.types.js';

/** Most files one object holds. */
export const MAX_FILES_PER_OBJECT = 50;
const MAX_NAME = 120;

/** Characters a file name must not carry on any system people save to. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The name a file is kept under: the client's, without any folder, its extension made the one of
 * what the bytes are (a PNG sent as `scan.pdf` is kept as `scan.png`).
 */
export function keptName(sent: string, kind: FileKindName): string {
  const { extension } = FILE_KINDS[kind];
  const base = path.win32.basename(sent).replace(UNSAFE_NAME, '_').trim();
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim().slice(0, MAX_NAME) || 'file';
  const given = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return `${stem}.${given === extension || (kind === 'jpeg' && given === 'jpeg') ? given : extension}`;
}

const fileObject = (key: string) => ({ typename: 'EvidenceFile', key });

function described(file: EvidenceFile): Record<string, unknown> {
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    attachedType: file.attachedType,
    attachedKey: file.attachedKey,
  };
}

/** Keeps an uploaded file (its kind sniffed already) as the viewer's; resolves with its key. */
export function storeEvidence(ctx: Context, upload: { name: string; bytes: Buffer; kind: FileKindName }): Promise<string> {
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return write(ctx, async ({ em, audit }) => {
    const file = new EvidenceFile({
      fileName: keptName(upload.name, upload.kind),
      contentType: FILE_KINDS[upload.kind].contentType,
      size: upload.bytes.length,
      sha256,
      uploadedBy: em.getReference(User, ctx.viewer.key),
    });
    em.persist(file);
    em.persist(new EvidenceFileContent(file, upload.bytes));
    await em.flush();
    audit({ action: 'evidenceFile.upload', object: fileObject(file.id), from: null, to: described(file) });
    return file.id;
  });
}

/**
 * Whether the viewer may see the file: as they may see the object it is attached to, or, until it
 * is attached, when they uploaded it.
 */
export async function canSeeFile(ctx: Context, file: EvidenceFileType): Promise<boolean> {
  if (file.attachedType === null || file.attachedKey === null) return file.uploadedByKey === ctx.viewer.key;
  return (await findVisible(ctx, file.attachedType, file.attachedKey)) !== null;
}

async function lockFile(ctx: Context, em: EntityManager, key: string): Promise<EvidenceFile> {
  const row = await ctx.loaders.evidence.fileByKey.load(key);
  const file =
    row && (await canSeeFile(ctx, row)) ? await em.findOne(EvidenceFile, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!file) throw EvidenceErrors.notFound('file', 'fileId');
  return file;
}

/** Attaches the viewer's own upload to an object they may attach files to. */
export function attachEvidence(ctx: Context, fileKey: string, to: { typename: string; key: string }): Promise<string> {
  return write(ctx, async ({ em, audit }) => {
    const rule = attachmentRule(to.typename);
    if (!rule) throw EvidenceErrors.notAttachable(to.typename);
    const file = await lockFile(ctx, em, fileKey);
    if (file.uploadedBy.id !== ctx.viewer.key) throw forbidden(M.notYours);
    if (file.attachedType !== null) throw EvidenceErrors.alreadyAttached();
    await rule.mayAttach(ctx, em, to.key);
    const held = await em.count(EvidenceFile, { attachedType: to.typename, attachedKey: to.key });
    if (held >= MAX_FILES_PER_OBJECT) throw EvidenceErrors.limitReached(MAX_FILES_PER_OBJECT);
    const before = described(file);
    file.attachTo(to.typename, to.key, ctx.now);
    audit({ action: 'evidenceFile.attach', object: fileObject(fileKey), from: before, to: described(file) });
    return fileKey;
  });
}

/**
 * Deletes a file and its bytes; its audit entry keeps what it was (name, type, size, SHA-256, and
 * the object it was attached to). Its uploader deletes it, or anyone who may attach files to that object.
 */
export function deleteEvidence(ctx: Context, fileKey: string): Promise<string> {
  return write(ctx, async ({ em, audit }) => {
    const file = await lockFile(ctx, em, fileKey);
    if (file.uploadedBy.id !== ctx.viewer.key) {
      const rule = file.attachedType !== null ? attachmentRule(file.attachedType) : undefined;
      if (!rule || file.attachedKey === null) throw forbidden(M.deleteRefused);
      await rule.mayAttach(ctx, em, file.attachedKey).catch(() => {
        throw forbidden(M.deleteRefused);
      });
    }
    const before = described(file);
    em.remove(file);
    audit({ action: 'evidenceFile.delete', object: fileObject(fileKey), from: before, to: null });
    return fileKey;
  });
}

/** The file's bytes, for its download. */
export async function evidenceBytes(ctx: Context, key: string): Promise<Buffer | null> {
  const rows: { bytes: Buffer }[] = await ctx.db('evidence_file_content').where('file_id', key).select('bytes');
  return rows[0]?.bytes ?? null;
}

/** An upload the viewer may see, with its bytes, for a module that reads it (a ledger import); null otherwise. */
export async function uploadedFile(
  ctx: Context,
  key: string,
): Promise<{ fileName: string; contentType: string; sha256: string; bytes: Buffer } | null> {
  const file = await ctx.loaders.evidence.fileByKey.load(key);
  if (!file || !(await canSeeFile(ctx, file))) return null;
  const bytes = await evidenceBytes(ctx, key);
  return bytes && { fileName: file.fileName, contentType: file.contentType, sha256: file.sha256, bytes };
}
