import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { LedReformStatus } from './led-reform.enums.js';

@ObjectType('LedReform', {
  implements: Node,
  description: 'A reform a unit’s principal head leads personally (领衔抓), carried out through linked tasks.',
})
export class LedReformType extends Node {
  @Field(() => String, { description: 'The theme, in Chinese.' })
  theme!: string;

  @Field(() => Int, { description: 'The year it belongs to.' })
  year!: number;

  @Field(() => LedReformStatus, { description: 'Where it stands.' })
  status!: LedReformStatus;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was completed.' })
  completedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  leaderKey!: string;
  unitKey!: string;
}

export const LedReformConnection = ConnectionType(LedReformType, 'LedReform');
