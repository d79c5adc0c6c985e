import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { Node } from '../../shared/graphql/node.js';
import { FundTransactionKind, IssueKind, IssueStatus, ParticipantRole } from './coordination.enums.js';

@ObjectType('CoordinationIssue', {
  implements: Node,
  description: 'A cross-department coordination issue (跨部门协调事项), tracked to a verified close.',
})
export class CoordinationIssueType extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'What the problem is.' })
  description!: string;

  @Field(() => IssueKind, { description: 'What it is about.' })
  kind!: IssueKind;

  @Field(() => IssueStatus, { description: 'Where it stands.' })
  status!: IssueStatus;

  @Field(() => LocalDateResolver, { description: 'When it was opened.' })
  openedOn!: string;

  @Field(() => LocalDateResolver, { description: 'When it should be settled.' })
  targetDate!: string;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  leadUnitKey!: string;
}

@ObjectType({ description: 'A unit taking part in an issue.' })
export class IssueParticipantType {
  @Field(() => ParticipantRole, { description: 'Its part.' })
  role!: ParticipantRole;

  @Field(() => DateTimeResolver, { description: 'When it was added.' })
  addedAt!: Date;

  unitKey!: string;
  issueKey!: string;
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
}

@ObjectType({ description: 'Money that moved under an obligation.' })
export class FundTransactionType {
  @Field(() => FundTransactionKind, { description: 'Which way.' })
  kind!: FundTransactionKind;

  @Field(() => DecimalScalar, { description: 'How much, in yuan.' })
  amount!: string;

  @Field(() => LocalDateResolver, { description: 'When.' })
  occurredOn!: string;

  @Field(() => String, { description: 'The payment reference.' })
  reference!: string;

  obligationKey!: string;
}

export const CoordinationIssueConnection = ConnectionType(CoordinationIssueType, 'CoordinationIssue');
