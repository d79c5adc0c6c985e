import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { User } from '../user/index.js';

/**
 * A file someone uploaded as evidence: what it is by its bytes, their SHA-256, and the object it
 * is attached to (a feedback, an action item, a meeting, an opinion collection), if any yet. Its
 * bytes are in `evidence_file_content`, in the same database, so a backup of the data holds them.
 */
@Entity({ tableName: 'evidence_file' })
@Index({ properties: ['attachedKey', 'attachedType', 'createdAt', 'id'] })
@Index({ properties: ['uploadedBy', 'createdAt', 'id'] })
export class EvidenceFile extends BaseEntity {
  @Property({ type: 'text' })
  fileName: string;

  /** Sniffed from the bytes, never taken from the client. */
  @Property({ type: 'text' })
  contentType: string;

  @Property({ type: 'integer' })
  size: number;

  /** Hex. */
  @Property({ type: 'text' })
  sha256: string;

  @ManyToOne(() => User)
  uploadedBy: Rel<User>;

  /** The GraphQL type of the object it is attached to; null until attached. */
  @Property({ type: 'text', nullable: true })
  attachedType: string | null = null;

  @Property({ type: 'text', nullable: true })
  attachedKey: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  attachedAt: Date | null = null;

  constructor(props: { fileName: string; contentType: string; size: number; sha256: string; uploadedBy: Rel<User> }) {
    super();
    this.fileName = props.fileName;
    this.contentType = props.contentType;
    this.size = props.size;
    this.sha256 = props.sha256;
    this.uploadedBy = props.uploadedBy;
  }

  attachTo(typename: string, key: string, now: Date): void {
    this.attachedType = typename;
    this.attachedKey = key;
    this.attachedAt = now;
  }
}

/** The bytes of a file, apart from its row so that lists never read them. */
@Entity({ tableName: 'evidence_file_content' })
export class EvidenceFileContent {
  @ManyToOne(() => EvidenceFile, { primary: true, deleteRule: 'cascade' })
  file: Rel<EvidenceFile>;

  @Property({ type: 'blob' })
  bytes: Buffer;

  constructor(file: Rel<EvidenceFile>, bytes: Buffer) {
    this.file = file;
    this.bytes = bytes;
  }
}
