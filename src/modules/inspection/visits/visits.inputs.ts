import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../../shared/graphql/connection.js';
import { IDComparator, LocalDateComparator } from '../../../shared/graphql/filter.js';
import { CheckVerdict, FindingSeverity, VisitKind, VisitMethod } from '../inspection.enums.js';
import { NoticeStatusComparator, SeverityComparator } from '../inspection.filters.js';

@InputType({ description: 'A reform task checked on a visit.' })
export class TaskCheckInput {
  @Field(() => ID, { description: 'The reform task.' })
  taskId!: string;

  @Field(() => CheckVerdict, { description: 'Was as much done as the task asks?' })
  quantity!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Did it achieve what it was meant to?' })
  results!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Was it done well?' })
  quality!: CheckVerdict;

  @Field(() => String, { defaultValue: '', description: 'Notes.' })
  notes!: string;
}

@InputType({ description: 'A visit a group made.' })
export class RecordInspectionVisitInput {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The region visited: the group’s assigned region.' })
  regionId!: string;

  @Field(() => LocalDateResolver, { description: 'When (not in the future).' })
  visitedOn!: string;

  @Field(() => VisitKind, { description: 'UNANNOUNCED, or RETURN_VISIT after an earlier visit to the region.' })
  kind!: VisitKind;

  @Field(() => [VisitMethod], { description: 'How it checked (at least one).' })
  methods!: VisitMethod[];

  @Field(() => [ID], { defaultValue: [], description: 'Units visited, all of the region.' })
  unitIds!: string[];

  @Field(() => String, { defaultValue: '', description: 'What the group saw.' })
  summary!: string;

  @Field(() => [TaskCheckInput], { defaultValue: [], description: 'The reform tasks checked, each once.' })
  checks!: TaskCheckInput[];
}

@InputType({ description: 'A problem a visit found.' })
export class RecordFindingInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId!: string;

  @Field(() => ID, { description: 'The reform task concerned.' })
  taskId!: string;

  @Field(() => ID, { description: 'The unit responsible, of the region visited.' })
  unitId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What is wrong.' })
  description!: string;

  @Field(() => FindingSeverity, { description: 'How grave it is.' })
  severity!: FindingSeverity;
}

@InputType({ description: 'Which findings to list. Fields combine with AND; use `and`/`or` for more.' })
export class FindingFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The round.' })
  round?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The region inspected.' })
  region?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The unit responsible.' })
  unit?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The group that found it.' })
  group?: IDComparator | null;

  @Field(() => SeverityComparator, { nullable: true, description: 'Severity.' })
  severity?: InstanceType<typeof SeverityComparator> | null;

  @Field(() => NoticeStatusComparator, { nullable: true, description: 'The status of its notice (findings without one never match).' })
  noticeStatus?: InstanceType<typeof NoticeStatusComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Has a notice (true) or none yet (false).' })
  hasNotice?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Its notice is past its deadline while the unit still owes feedback (true), or not (false).',
  })
  overdue?: boolean | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'When it was found.' })
  foundOn?: LocalDateComparator | null;

  @Field(() => String, { nullable: true, description: 'Text in the description, ignoring case.' })
  text?: string | null;

  @Field(() => [FindingFilter], { nullable: true, description: 'All of these filters.' })
  and?: FindingFilter[] | null;

  @Field(() => [FindingFilter], { nullable: true, description: 'Any of these filters.' })
  or?: FindingFilter[] | null;
}

export enum FindingOrderField {
  FOUND_ON = 'FOUND_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(FindingOrderField, {
  name: 'FindingOrderField',
  description: 'Fields findings can be ordered by. 督察发现的问题可排序的字段。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class FindingOrder {
  @Field(() => FindingOrderField, { description: 'Field to order by.' })
  field!: FindingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
