import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator } from '../../shared/graphql/filter.js';
import { RecognitionLevel, ReformCaseStatus } from './reform-case.enums.js';

const ReformCaseStatusComparator = EnumComparator<ReformCaseStatus>(ReformCaseStatus, 'ReformCaseStatus');
const RecognitionLevelComparator = EnumComparator<RecognitionLevel>(RecognitionLevel, 'RecognitionLevel');

@InputType({ description: 'Which reform cases to list. Fields combine with AND; use `and`/`or` for more.' })
export class ReformCaseFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The cultivating unit, by ID.' })
  unit?: IDComparator | null;

  @Field(() => ReformCaseStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof ReformCaseStatusComparator> | null;

  @Field(() => RecognitionLevelComparator, { nullable: true, description: 'Recognition level of selected cases.' })
  recognitionLevel?: InstanceType<typeof RecognitionLevelComparator> | null;

  @Field(() => String, { nullable: true, description: 'Text found in the title or summary, ignoring case.' })
  text?: string | null;

  @Field(() => [ReformCaseFilter], { nullable: true, description: 'All of these filters.' })
  and?: ReformCaseFilter[] | null;

  @Field(() => [ReformCaseFilter], { nullable: true, description: 'Any of these filters.' })
  or?: ReformCaseFilter[] | null;
}

export enum ReformCaseOrderField {
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}
registerEnumType(ReformCaseOrderField, {
  name: 'ReformCaseOrderField',
  description:
    'Fields reform cases can be ordered by (CREATED_AT: the order they were recorded; STATUS: by the status name). 改革案例可排序的字段（CREATED_AT：登记先后；STATUS：按状态名称）。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class ReformCaseOrder {
  @Field(() => ReformCaseOrderField, { description: 'Field to order by.' })
  field!: ReformCaseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
