import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';

@ObjectType('DecisionCategory', {
  implements: Node,
  description: 'One of the 11 categories of major matters that need a social-stability risk assessment before any decision.',
})
export class DecisionCategoryType extends Node {
  @Field(() => String, { description: 'Stable code, e.g. `LAND_EXPROPRIATION`.' })
  code!: string;

  @Field(() => Int, { description: 'Position in the official list, 1–11.' })
  ordinal!: number;

  @Field(() => String, { description: 'Name in Chinese.' })
  name!: string;

  @Field(() => String, { description: 'What falls under the category.' })
  description!: string;
}

export const DecisionCategoryConnection = ConnectionType(DecisionCategoryType, 'DecisionCategory');
