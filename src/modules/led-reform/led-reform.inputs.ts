import { Field, ID, InputType, Int } from 'type-graphql';
import { NonEmptyStringResolver } from 'graphql-scalars';

@InputType({ description: 'A new led reform.' })
export class CreateLedReformInput {
  @Field(() => NonEmptyStringResolver, { description: 'The theme.' })
  theme!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => ID, { description: 'The leader: a principal head (a Person); the reform belongs to their unit.' })
  leaderId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Tasks to link at once.' })
  taskIds!: string[];
}

@InputType({ description: 'Tasks to link to a led reform.' })
export class LinkLedReformTasksInput {
  @Field(() => ID, { description: 'The led reform.' })
  ledReformId!: string;

  @Field(() => [ID], { description: 'The tasks; those already linked are ignored.' })
  taskIds!: string[];
}

@InputType({ description: 'The led reform to complete.' })
export class CompleteLedReformInput {
  @Field(() => ID, { description: 'The led reform; every linked task must be completed.' })
  ledReformId!: string;
}
