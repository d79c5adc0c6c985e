import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { LedgerKind } from './reform-ledger.enums.js';

/** A ledger (台账): the reform framework, the rectification ledger, or a year's plan. */
@Entity({ tableName: 'ledger' })
export class Ledger extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  code: string;

  @Enum({ items: () => LedgerKind, type: 'text' })
  kind: LedgerKind;

  /** Annual plans only. */
  @Property({ type: 'smallint', nullable: true })
  year: number | null;

  @Property({ type: 'text' })
  title: string;

  constructor(props: { code: string; kind: LedgerKind; year: number | null; title: string }) {
    super();
    this.code = props.code;
    this.kind = props.kind;
    this.year = props.year;
    this.title = props.title;
  }
}
