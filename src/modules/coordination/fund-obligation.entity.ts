import { requireText } from '../../shared/domain/values.js';
import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { CoordinationErrors } from './coordination.errors.js';

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
}
