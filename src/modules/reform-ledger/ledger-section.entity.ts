import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { Ledger } from './ledger.entity.js';

/** A part of a ledger: one of the 8 systems, the 7 aspects, … */
@Entity({ tableName: 'ledger_section' })
@Unique({ properties: ['ledger', 'code'] })
@Unique({ properties: ['ledger', 'ordinal'] })
export class LedgerSection extends BaseEntity {
  @ManyToOne(() => Ledger)
  ledger: Rel<Ledger>;

  @Property({ type: 'text' })
  code: string;

  @Property({ type: 'smallint' })
  ordinal: number;

  @Property({ type: 'text' })
  title: string;

  constructor(props: { ledger: Ledger; code: string; ordinal: number; title: string }) {
    super();
    this.ledger = props.ledger;
    this.code = props.code;
    this.ordinal = props.ordinal;
    this.title = props.title;
  }
}
