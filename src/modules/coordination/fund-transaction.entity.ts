import { isPlausibleDate } from '../../shared/domain/values.js';
import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../user/index.js';
import { FundTransactionKind } from './coordination.enums.js';
import { CoordinationErrors } from './coordination.errors.js';
import { FundObligation } from './fund-obligation.entity.js';

/** Money that moved under an obligation. Never edited. */
@Entity({ tableName: 'fund_transaction' })
@Index({ properties: ['obligation', 'id'] })
export class FundTransaction {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => FundObligation)
  obligation: Rel<FundObligation>;

  @Enum({ items: () => FundTransactionKind, type: 'text' })
  kind: FundTransactionKind;

  @Property({ type: new BigIntType('bigint') })
  amountFen: bigint;

  @Property({ type: 'date' })
  occurredOn: string;

  @Property({ type: 'text' })
  reference: string;

  @ManyToOne(() => User)
  recordedBy: Rel<User>;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  /** Made by `FundObligation.record`, which checks the amount against what the obligation leaves room for. */
  constructor(props: {
    obligation: Rel<FundObligation>;
    kind: FundTransactionKind;
    amountFen: bigint;
    occurredOn: string;
    reference: string;
    recordedBy: Rel<User>;
  }) {
    if (!isPlausibleDate(props.occurredOn)) throw CoordinationErrors.implausibleDate('occurredOn', props.occurredOn);
    if (props.reference.trim().length > 200) throw CoordinationErrors.invalidText('reference', 'A reference', 200);
    this.obligation = props.obligation;
    this.kind = props.kind;
    this.amountFen = props.amountFen;
    this.occurredOn = props.occurredOn;
    this.reference = props.reference.trim();
    this.recordedBy = props.recordedBy;
  }
}
