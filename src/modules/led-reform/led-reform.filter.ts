import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator } from '../../shared/graphql/filter.js';
import { LedReformStatus } from './led-reform.enums.js';

const LedReformStatusComparator = EnumComparator<LedReformStatus>(LedReformStatus, 'LedReformStatus');

@InputType({ description: 'Which led reforms to list. Fields combine with AND; use `and`/`or` for more.' })
export class LedReformFilter {
  @Field(() => Int, { nullable: true, description: 'Only this year.' })
  year?: number | null;

  @Field(() => IDComparator, { nullable: true, description: 'The leader’s unit, by ID.' })
  unit?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The leader (a Person), by ID.' })
  leader?: IDComparator | null;

  @Field(() => LedReformStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof LedReformStatusComparator> | null;

  @Field(() => String, { nullable: true, description: 'Text found in the theme, ignoring case.' })
  text?: string | null;

  @Field(() => [LedReformFilter], { nullable: true, description: 'All of these filters.' })
  and?: LedReformFilter[] | null;

  @Field(() => [LedReformFilter], { nullable: true, description: 'Any of these filters.' })
  or?: LedReformFilter[] | null;
}

export enum LedReformOrderField {
  YEAR = 'YEAR',
  THEME = 'THEME',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(LedReformOrderField, {
  name: 'LedReformOrderField',
  description: 'Fields led reforms can be ordered by. 领衔抓改革可排序的字段。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class LedReformOrder {
  @Field(() => LedReformOrderField, { description: 'Field to order by.' })
  field!: LedReformOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
