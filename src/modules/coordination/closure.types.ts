import { Field, ObjectType } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import { DecimalScalar } from '../../shared/graphql/decimal.js';
import { ActionItemType } from './action-item.types.js';

@ObjectType({ description: 'An obligation not yet fully disbursed.' })
export class UnsettledObligation {
  @Field(() => String, { description: 'What it is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'Still to disburse, in yuan.' })
  outstanding!: string;

  key!: string;
}

@ObjectType('ClosureBlockers', { description: 'What keeps an issue from closing: the rule `closeCoordinationIssue` enforces.' })
export class ClosureBlockersType {
  @Cost({ bound: 50 })
  @Field(() => [ActionItemType], { description: 'Action items still open.' })
  openActionItems!: ActionItemType[];

  @Cost({ bound: 20 })
  @Field(() => [UnsettledObligation], { description: 'Obligations with money still outstanding.' })
  unsettledObligations!: UnsettledObligation[];

  @Field(() => Boolean, { description: 'Whether nothing is left open.' })
  clear!: boolean;
}
