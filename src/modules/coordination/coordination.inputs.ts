import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { EnumComparator, IDComparator } from '../../shared/graphql/filter.js';
import { FundTransactionKind, IssueKind, IssueStatus, ParticipantRole } from './coordination.enums.js';

const IssueStatusComparator = EnumComparator<IssueStatus>(IssueStatus, 'IssueStatus');
const IssueKindComparator = EnumComparator<IssueKind>(IssueKind, 'IssueKind');

@InputType({ description: 'Which coordination issues to list.' })
export class CoordinationIssueFilter {
  @Field(() => IssueStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof IssueStatusComparator> | null;

  @Field(() => IssueKindComparator, { nullable: true, description: 'Kind.' })
  kind?: InstanceType<typeof IssueKindComparator> | null;

  @Field(() => IDComparator, { nullable: true, description: 'The lead coordinating unit, by ID.' })
  leadUnit?: IDComparator | null;

  @Field(() => ID, { nullable: true, description: 'A unit that leads or takes part.' })
  participatingUnit?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the target date and not resolved or closed (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text in the title or description, ignoring case.' })
  text?: string | null;
}

@InputType({ description: 'A new coordination issue.' })
export class OpenCoordinationIssueInput {
  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the problem is.' })
  description!: string;

  @Field(() => IssueKind, { description: 'What it is about.' })
  kind!: IssueKind;

  @Field(() => ID, { description: 'The lead coordinating unit.' })
  leadUnitId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was opened; today when omitted.' })
  openedOn?: string | null;

  @Field(() => LocalDateResolver, { description: 'When it should be settled.' })
  targetDate!: string;
}

@InputType({ description: 'A unit to add to an issue.' })
export class AddIssueParticipantInput {
  @Field(() => ID, { description: 'The issue.' })
  issueId!: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => ParticipantRole, { description: 'Its part.' })
  role!: ParticipantRole;
}

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

  @Field(() => Int, { defaultValue: 0, description: 'How many people it is for.' })
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
