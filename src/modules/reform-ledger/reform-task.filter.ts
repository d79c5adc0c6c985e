import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator, LocalDateComparator } from '../../shared/graphql/filter.js';
import { TaskStatus } from './reform-ledger.enums.js';

const TaskStatusComparator = EnumComparator<TaskStatus>(TaskStatus, 'TaskStatus');

@InputType({ description: 'Which tasks to list. Fields combine with AND; use `and`/`or` for more.' })
export class ReformTaskFilter {
  @Field(() => IDComparator, { nullable: true, description: 'Ledger, by ID.' })
  ledger?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'Section, by ID.' })
  section?: IDComparator | null;

  @Field(() => TaskStatusComparator, { nullable: true, description: 'Status (`in` for several).' })
  status?: InstanceType<typeof TaskStatusComparator> | null;

  @Field(() => IDComparator, { nullable: true, description: 'Lead unit, by ID.' })
  leadUnit?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'A supporting unit, by ID (`eq`/`in`: supported by it; `neq`/`nin`: not).' })
  supportingUnit?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'A unit that leads or supports the task, by ID: a unit’s “my tasks”.' })
  unit?: IDComparator | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'Deadline range.' })
  deadline?: LocalDateComparator | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue tasks (true) or only others (false), as of today.' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text found in the code or title, ignoring case.' })
  text?: string | null;

  @Field(() => [ReformTaskFilter], { nullable: true, description: 'All of these filters.' })
  and?: ReformTaskFilter[] | null;

  @Field(() => [ReformTaskFilter], { nullable: true, description: 'Any of these filters.' })
  or?: ReformTaskFilter[] | null;
}

export enum ReformTaskOrderField {
  DEADLINE = 'DEADLINE',
  CODE = 'CODE',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ReformTaskOrderField, {
  name: 'ReformTaskOrderField',
  description: 'Fields tasks can be ordered by (STATUS orders by the status name). 改革任务可排序的字段（STATUS 按状态名称排序）。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class ReformTaskOrder {
  @Field(() => ReformTaskOrderField, { description: 'Field to order by.' })
  field!: ReformTaskOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
