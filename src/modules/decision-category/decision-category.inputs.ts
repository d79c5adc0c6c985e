import { Field, ID, InputType } from 'type-graphql';
import { NonEmptyStringResolver } from 'graphql-scalars';

@InputType({ description: 'New wording for a decision category. Its code and position do not change.' })
export class UpdateDecisionCategoryInput {
  @Field(() => ID, { description: 'The category to change.' })
  id!: string;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'New name; omitted: unchanged.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; omitted: unchanged.' })
  description?: string | null;
}
