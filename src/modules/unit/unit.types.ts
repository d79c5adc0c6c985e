import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { UnitKind, UnitLevel } from './unit.enums.js';

@ObjectType('Region', { implements: Node, description: 'A prefecture-level region (地级行政区) of the province.' })
export class RegionType extends Node {
  @Field(() => String, { description: 'Stable short code, e.g. `HRB`.' })
  code!: string;

  @Field(() => String, { description: 'Name in Chinese, e.g. 哈尔滨市.' })
  name!: string;
}

@ObjectType('Unit', {
  implements: Node,
  description: 'A body the commission steers: a commission or its division, a court, a procuratorate, a department.',
})
export class UnitType extends Node {
  @Field(() => String, { description: 'Unique code, e.g. `HLJ-ZFW`.' })
  code!: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  name!: string;

  @Field(() => UnitKind, { description: 'What kind of body this is.' })
  kind!: UnitKind;

  @Field(() => UnitLevel, { description: 'Administrative level.' })
  level!: UnitLevel;

  @Field(() => DateTimeResolver, { description: 'When the unit was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the unit was last changed.' })
  updatedAt!: Date;

  parentKey!: string | null;
  regionKey!: string | null;
}

@ObjectType('Person', { implements: Node, description: 'A cadre of a unit.' })
export class PersonType extends Node {
  @Field(() => String, { description: 'Name in Chinese.' })
  name!: string;

  @Field(() => String, { description: 'Post, e.g. 院长 or 书记.' })
  title!: string;

  @Field(() => Boolean, { description: 'Whether this person is the principal head (主要负责人) of their unit.' })
  isPrincipalHead!: boolean;

  unitKey!: string;
}

export const UnitConnection = ConnectionType(UnitType, 'Unit');
export const RegionConnection = ConnectionType(RegionType, 'Region');
export const PersonConnection = ConnectionType(PersonType, 'Person');
