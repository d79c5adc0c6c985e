import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../../shared/graphql/connection.js';
import { inputOf } from '../../../shared/graphql/payload.js';
import { RoundStatusComparator } from '../inspection.filters.js';

@InputType({ description: 'Which rounds to list. Fields combine with AND; use `and`/`or` for more.' })
export class InspectionRoundFilter {
  @Field(() => RoundStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof RoundStatusComparator> | null;

  @Field(() => [InspectionRoundFilter], { nullable: true, description: 'All of these filters.' })
  and?: InspectionRoundFilter[] | null;

  @Field(() => [InspectionRoundFilter], { nullable: true, description: 'Any of these filters.' })
  or?: InspectionRoundFilter[] | null;
}

export enum InspectionRoundOrderField {
  YEAR = 'YEAR',
}
registerEnumType(InspectionRoundOrderField, {
  name: 'InspectionRoundOrderField',
  description: 'Fields rounds can be ordered by. 督察轮次可排序的字段。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class InspectionRoundOrder {
  @Field(() => InspectionRoundOrderField, { description: 'Field to order by.' })
  field!: InspectionRoundOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new inspection round.' })
export class CreateInspectionRoundInput {
  @Field(() => Int, { description: 'The year inspected; one round per year.' })
  year!: number;

  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;
}

@InputType('InspectionRoundRefFields')
export class InspectionRoundRefFields {
  @Field(() => ID, { description: 'The round.' })
  roundId!: string;
}

export const ClearRotationInput = inputOf('clearRotation', InspectionRoundRefFields, 'The round whose rotation is cleared.');
export const StartInspectionRoundInput = inputOf('startInspectionRound', InspectionRoundRefFields, 'The round to start.');
export const CloseInspectionRoundInput = inputOf('closeInspectionRound', InspectionRoundRefFields, 'The round to close.');

@InputType({ description: 'One group sent to one region.' })
export class RotationAssignmentInput {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The region it inspects.' })
  regionId!: string;
}

@InputType({ description: 'The rotation of a round: give `order` (the ring) or `assignments` (each group’s region), not both.' })
export class AssignRotationInput {
  @Field(() => ID, { description: 'The round, PLANNING and without a rotation.' })
  roundId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Regions in ring order: the group seated at each inspects the next one, the last group the first region.',
  })
  order?: string[] | null;

  @Field(() => [RotationAssignmentInput], { nullable: true, description: 'Each group with the region it inspects.' })
  assignments?: RotationAssignmentInput[] | null;
}

@InputType({ description: 'Find a valid ring for a round.' })
export class GenerateRotationInput {
  @Field(() => ID, { description: 'The round.' })
  roundId!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Assign the ring found, as `assignRotation` would; otherwise it is only proposed and nothing is written.',
  })
  apply!: boolean;
}
