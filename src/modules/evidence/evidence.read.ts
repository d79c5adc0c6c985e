import type { Knex } from '@mikro-orm/postgresql';
import { withTimestamps } from '../../shared/db/values.js';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { EvidenceFileType } from './evidence.types.js';

export const selectFiles = (db: Knex) =>
  db('evidence_file as f').select({
    key: 'f.id',
    fileName: 'f.file_name',
    contentType: 'f.content_type',
    size: 'f.size',
    sha256: 'f.sha256',
    uploadedAt: 'f.created_at',
    attachedAt: 'f.attached_at',
    uploadedByKey: 'f.uploaded_by_id',
    attachedType: 'f.attached_type',
    attachedKey: 'f.attached_key',
  });

export const toFile = (row: Record<string, unknown>) =>
  withTimestamps(nodeRow(EvidenceFileType, 'EvidenceFile', row as unknown as EvidenceFileType), 'uploadedAt', 'attachedAt');

/** An object's files in the order they were uploaded. */
export const fileSortKeys = withTiebreaker(
  [{ column: 'f.created_at', property: 'uploadedAt', direction: 'asc', type: 'timestamp' }],
  'f.id',
);
