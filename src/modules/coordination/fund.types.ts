import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { Node } from '../../shared/graphql/node.js';
import { FundTransactionKind } from './coordination.enums.js';

export interface FenTotals {
  obligated: bigint;
  transferred: bigint;
  disbursed: bigint;
}

@ObjectType({ description: 'Exact money totals, in yuan.' })
export class FundTotals {
  @Field(() => DecimalScalar, { description: 'Owed in all.' })
  obligated!: string;

  @Field(() => DecimalScalar, { description: 'Transferred from payers to payees.' })
  transferred!: string;

  @Field(() => DecimalScalar, { description: 'Disbursed to beneficiaries.' })
  disbursed!: string;

  @Field(() => DecimalScalar, { description: 'Still to disburse: obligated minus disbursed.' })
  outstanding!: string;
}

@ObjectType('FundObligation', { implements: Node, description: 'Money one unit owes another under an issue.' })
export class FundObligationType extends Node {
  @Field(() => String, { description: 'What the money is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'The amount owed, in yuan.' })
  amount!: string;

  @Field(() => Int, { description: 'How many people it is for.' })
  beneficiaries!: number;

  @Field(() => FundTotals, { description: 'What moved so far.' })
  totals!: FundTotals;

  issueKey!: string;
  payerKey!: string;
  payeeKey!: string;
  /** The same sums in exact fen, for adding up across obligations. */
  fen!: FenTotals;
}

@ObjectType('FundTransaction', { implements: Node, description: 'Money that moved under an obligation.' })
export class FundTransactionType extends Node {
  @Field(() => FundTransactionKind, { description: 'Which way.' })
  kind!: FundTransactionKind;

  @Field(() => DecimalScalar, { description: 'How much, in yuan.' })
  amount!: string;

  @Field(() => LocalDateResolver, { description: 'When.' })
  occurredOn!: string;

  @Field(() => String, { description: 'The payment reference.' })
  reference!: string;

  obligationKey!: string;
  recordedByKey!: string;
}
