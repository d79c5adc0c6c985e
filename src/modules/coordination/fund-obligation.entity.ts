import { requireText } from '../../shared/domain/values.js';
import { BigIntType, Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../user/index.js';
import { Unit } from '../unit/index.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { FundTransactionKind } from './coordination.enums.js';
import { CoordinationErrors } from './coordination.errors.js';
import { FundTransaction } from './fund-transaction.entity.js';
import { formatFen } from './money.js';

/** Money one unit owes another under an issue, for a number of beneficiaries. Amounts in fen. */
@Entity({ tableName: 'fund_obligation' })
@Index({ properties: ['issue', 'id'] })
export class FundObligation {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => CoordinationIssue)
  issue: Rel<CoordinationIssue>;

  @ManyToOne(() => Unit)
  payer: Rel<Unit>;

  @ManyToOne(() => Unit)
  payee: Rel<Unit>;

  @Property({ type: 'text' })
  purpose: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen: bigint;

  @Property({ type: 'integer' })
  beneficiaries: number;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  /** The money moved so far; load it (under the obligation's lock) before `roomFor` or `record`. */
  @OneToMany(() => FundTransaction, (t) => t.obligation)
  transactions = new Collection<FundTransaction>(this);

  constructor(props: {
    issue: Rel<CoordinationIssue>;
    payer: Rel<Unit>;
    payee: Rel<Unit>;
    purpose: string;
    amountFen: bigint;
    beneficiaries: number;
  }) {
    if (props.payer === props.payee) throw CoordinationErrors.sameUnit();
    const purpose = requireText(props.purpose, 500, () => CoordinationErrors.invalidText('purpose', 'A purpose', 500));
    if (!Number.isInteger(props.beneficiaries) || props.beneficiaries < 0) throw CoordinationErrors.invalidCount('beneficiaries');
    this.issue = props.issue;
    this.payer = props.payer;
    this.payee = props.payee;
    this.purpose = purpose;
    this.amountFen = props.amountFen;
    this.beneficiaries = props.beneficiaries;
  }

  /** What moved so far, by kind, in fen. */
  moved(): { transferred: bigint; disbursed: bigint } {
    const sum = (kind: FundTransactionKind) =>
      this.transactions
        .getItems()
        .filter((t) => t.kind === kind)
        .reduce((total, t) => total + t.amountFen, 0n);
    return { transferred: sum(FundTransactionKind.TRANSFER), disbursed: sum(FundTransactionKind.DISBURSEMENT) };
  }

  /**
   * How much a transaction of this kind may still move: a transfer what is still owed (the amount
   * less what was transferred), a disbursement what was transferred and not yet disbursed.
   */
  roomFor(kind: FundTransactionKind): bigint {
    const { transferred, disbursed } = this.moved();
    return kind === FundTransactionKind.TRANSFER ? this.amountFen - transferred : transferred - disbursed;
  }

  /** Records money moving, never beyond `roomFor(kind)` (AMOUNT_EXCEEDS_OUTSTANDING); returns the new transaction. */
  record(props: {
    kind: FundTransactionKind;
    amountFen: bigint;
    occurredOn: string;
    reference: string;
    recordedBy: Rel<User>;
  }): FundTransaction {
    const room = this.roomFor(props.kind);
    if (props.amountFen > room) throw CoordinationErrors.exceeds(props.kind, formatFen(props.amountFen), formatFen(room));
    const transaction = new FundTransaction({ ...props, obligation: this });
    this.transactions.add(transaction);
    return transaction;
  }
}
