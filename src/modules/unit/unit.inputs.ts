import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator, StringComparator } from '../../shared/graphql/filter.js';
import { UnitKind, UnitLevel } from './unit.enums.js';

const UnitKindComparator = EnumComparator<UnitKind>(UnitKind, 'UnitKind');
const UnitLevelComparator = EnumComparator<UnitLevel>(UnitLevel, 'UnitLevel');

@InputType({ description: 'Which units to list. Fields combine with AND; use `and`/`or` for more.' })
export class UnitFilter {
  @Field(() => StringComparator, { nullable: true, description: 'Unit code.' })
  code?: StringComparator | null;

  @Field(() => String, { nullable: true, description: 'Text found in the name or the code, ignoring case.' })
  text?: string | null;

  @Field(() => UnitKindComparator, { nullable: true, description: 'Kind of body.' })
  kind?: InstanceType<typeof UnitKindComparator> | null;

  @Field(() => UnitLevelComparator, { nullable: true, description: 'Administrative level.' })
  level?: InstanceType<typeof UnitLevelComparator> | null;

  @Field(() => IDComparator, { nullable: true, description: 'Region, by ID (`isNull: true` for provincial units).' })
  region?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'Parent unit, by ID (`isNull: true` for top-level units).' })
  parent?: IDComparator | null;

  @Field(() => [UnitFilter], { nullable: true, description: 'All of these filters.' })
  and?: UnitFilter[] | null;

  @Field(() => [UnitFilter], { nullable: true, description: 'Any of these filters.' })
  or?: UnitFilter[] | null;
}

export enum UnitOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(UnitOrderField, { name: 'UnitOrderField', description: 'Fields units can be ordered by. 单位可排序的字段。' });

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class UnitOrder {
  @Field(() => UnitOrderField, { description: 'Field to order by.' })
  field!: UnitOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new unit.' })
export class CreateUnitInput {
  @Field(() => NonEmptyStringResolver, { description: 'Unique code: 2–40 capital letters, digits, "-" or "_".' })
  code!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Name in Chinese.' })
  name!: string;

  @Field(() => UnitKind, { description: 'Kind of body.' })
  kind!: UnitKind;

  @Field(() => UnitLevel, { description: 'Administrative level.' })
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'Parent unit; omit for a top-level unit.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Region; required below provincial level.' })
  regionId?: string | null;
}

@InputType({ description: 'Changes to a unit. Omitted fields stay as they are; `parentId: null` or `regionId: null` clears them.' })
export class UpdateUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id!: string;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'New code.' })
  code?: string | null;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => UnitKind, { nullable: true, description: 'New kind.' })
  kind?: UnitKind | null;

  @Field(() => UnitLevel, { nullable: true, description: 'New level.' })
  level?: UnitLevel | null;

  @Field(() => ID, { nullable: true, description: 'New parent; null makes the unit top-level.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New region; null clears it (provincial units only).' })
  regionId?: string | null;
}

@InputType({ description: 'Which people to list. Fields combine with AND; use `and`/`or` for more.' })
export class PersonFilter {
  @Field(() => IDComparator, { nullable: true, description: 'Their unit, by ID.' })
  unit?: IDComparator | null;

  @Field(() => String, { nullable: true, description: 'Text found in the name or the post, ignoring case.' })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only principal heads (true) or only others (false).' })
  isPrincipalHead?: boolean | null;

  @Field(() => [PersonFilter], { nullable: true, description: 'All of these filters.' })
  and?: PersonFilter[] | null;

  @Field(() => [PersonFilter], { nullable: true, description: 'Any of these filters.' })
  or?: PersonFilter[] | null;
}

export enum PersonOrderField {
  NAME = 'NAME',
  TITLE = 'TITLE',
}
registerEnumType(PersonOrderField, { name: 'PersonOrderField', description: 'Fields people can be ordered by. 人员可排序的字段。' });

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: 'Field to order by.' })
  field!: PersonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
