import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { User } from '../user/index.js';
import { ImportMode, ImportRowAction, ImportStatus } from './ledger-import.enums.js';
import { Ledger } from './ledger.entity.js';

/**
 * An import of a workbook into a ledger (`startLedgerImport`): kept in the database, so its
 * progress and its report outlive the browser that asked for it. `processed` and `heartbeatAt`
 * move outside the import's own transaction, so they are seen while it runs.
 */
@Entity({ tableName: 'ledger_import' })
@Index({ properties: ['ledger', 'createdAt', 'id'] })
@Index({ properties: ['ledger', 'requestedBy', 'createdAt', 'id'] })
export class LedgerImport extends BaseEntity {
  @ManyToOne(() => Ledger)
  ledger: Rel<Ledger>;

  @ManyToOne(() => User)
  requestedBy: Rel<User>;

  /** The uploaded file (an evidence file, by key); kept as a key, so deleting the upload leaves the report. */
  @Property({ type: 'text' })
  fileKey: string;

  @Property({ type: 'text' })
  fileName: string;

  @Property({ type: 'text' })
  fileSha256: string;

  @Enum({ items: () => ImportMode, type: 'text' })
  mode: ImportMode;

  @Enum({ items: () => ImportStatus, type: 'text' })
  status: ImportStatus = ImportStatus.QUEUED;

  /** Rows of the workbook's ledger sheets. */
  @Property({ type: 'integer' })
  total = 0;

  @Property({ type: 'integer' })
  processed = 0;

  @Property({ type: 'integer' })
  created = 0;

  @Property({ type: 'integer' })
  changed = 0;

  @Property({ type: 'integer' })
  unchanged = 0;

  @Property({ type: 'integer' })
  refused = 0;

  /** Last sign of life of the process running it. */
  @Property({ type: 'datetime', length: 3 })
  heartbeatAt: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  finishedAt: Date | null = null;

  constructor(props: {
    ledger: Rel<Ledger>;
    requestedBy: Rel<User>;
    fileKey: string;
    fileName: string;
    fileSha256: string;
    mode: ImportMode;
    now: Date;
  }) {
    super();
    this.ledger = props.ledger;
    this.requestedBy = props.requestedBy;
    this.fileKey = props.fileKey;
    this.fileName = props.fileName;
    this.fileSha256 = props.fileSha256;
    this.mode = props.mode;
    this.heartbeatAt = props.now;
  }
}

/** A row of an import's report: what it does, and each cell it changes. */
@Entity({ tableName: 'ledger_import_row' })
@Index({ properties: ['job', 'id'] })
@Index({ properties: ['job', 'action', 'id'] })
export class LedgerImportRow {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => LedgerImport, { deleteRule: 'cascade' })
  job!: Rel<LedgerImport>;

  @Property({ type: 'text' })
  sheet!: string;

  @Property({ type: 'integer' })
  row!: number;

  @Property({ type: 'text', nullable: true })
  code!: string | null;

  @Enum({ items: () => ImportRowAction, type: 'text' })
  action!: ImportRowAction;

  /** The task it created or changed, once applied; the one it matched, in a dry run. */
  @Property({ type: 'text', nullable: true })
  taskKey!: string | null;

  /** `[{ column, header, from, to }]`. */
  @Property({ type: 'json' })
  cells!: unknown;
}

/** A reason an import refuses its file or a row, at a sheet, row and column where it has one. */
@Entity({ tableName: 'ledger_import_problem' })
@Index({ properties: ['job', 'id'] })
export class LedgerImportProblem {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => LedgerImport, { deleteRule: 'cascade' })
  job!: Rel<LedgerImport>;

  @Property({ type: 'text', nullable: true })
  sheet!: string | null;

  @Property({ type: 'integer', nullable: true })
  row!: number | null;

  /** The column's letter (`F`). */
  @Property({ type: 'text', nullable: true })
  column!: string | null;

  @Property({ type: 'text' })
  code!: string;

  /** What the message says of it: the cell's text, the other row… */
  @Property({ type: 'json' })
  params!: unknown;
}
