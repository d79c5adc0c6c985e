import { Field, ID, InputType, Int } from 'type-graphql';
import { Bounded, PEOPLE_COUNT_MAX } from '../../shared/graphql/input-bounds.js';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { FundTransactionKind } from './coordination.enums.js';

@InputType({ description: 'Money one unit owes another under an issue.' })
export class CreateFundObligationInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => ID, { description: 'Who pays.' })
  payerUnitId!: string;

  @Field(() => ID, { description: 'Who receives and disburses.' })
  payeeUnitId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What the money is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'The amount in yuan, e.g. "34000000.12".' })
  amount!: string;

  @Field(() => Int, { defaultValue: 0, description: `How many people it is for, at most ${PEOPLE_COUNT_MAX}.` })
  @Bounded({ max: PEOPLE_COUNT_MAX })
  beneficiaries!: number;
}

@InputType({ description: 'Money that moved under an obligation.' })
export class RecordFundTransactionInput {
  @Field(() => ID, { description: 'The obligation.' })
  obligationId!: string;

  @Field(() => FundTransactionKind, { description: 'TRANSFER (payer → payee) or DISBURSEMENT (payee → beneficiaries).' })
  kind!: FundTransactionKind;

  @Field(() => DecimalScalar, { description: 'The amount in yuan, positive, at most two decimals.' })
  amount!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When; today when omitted.' })
  occurredOn?: string | null;

  @Field(() => String, { defaultValue: '', description: 'The payment reference.' })
  reference!: string;
}
