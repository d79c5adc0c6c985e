import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { OrderDirection } from '../../../shared/graphql/connection.js';
import { IDComparator, LocalDateComparator } from '../../../shared/graphql/filter.js';
import { inputOf } from '../../../shared/graphql/payload.js';
import { NoticeStatusComparator, SeverityComparator } from '../inspection.filters.js';

@InputType({ description: 'A rectification notice on a finding.' })
export class IssueRectificationNoticeInput {
  @Field(() => ID, { description: 'The finding; one notice per finding.' })
  findingId!: string;

  @Field(() => LocalDateResolver, { description: 'When the feedback is due.' })
  deadline!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What the unit must do.' })
  requirements!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was issued; today when omitted.' })
  issuedOn?: string | null;
}

@InputType('RectificationNoticeRefFields')
export class RectificationNoticeRefFields {
  @Field(() => ID, { description: 'The notice.' })
  noticeId!: string;
}

export const StartRectificationInput = inputOf('startRectification', RectificationNoticeRefFields, 'The notice the unit starts on.');
export const CloseRectificationNoticeInput = inputOf('closeRectificationNotice', RectificationNoticeRefFields, 'The notice to close.');

@InputType({ description: 'The responsible unit’s feedback on a notice.' })
export class SubmitRectificationFeedbackInput {
  @Field(() => ID, { description: 'The notice, RECTIFYING.' })
  noticeId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why the problem arose.' })
  rootCauseAnalysis!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What was done about it.' })
  measuresTaken!: string;

  @Field(() => NonEmptyStringResolver, { description: 'What shows it.' })
  evidence!: string;
}

@InputType({ description: 'Verifying a rectification.' })
export class VerifyRectificationInput {
  @Field(() => ID, { description: 'The notice, FEEDBACK_SUBMITTED.' })
  noticeId!: string;

  @Field(() => String, { defaultValue: '', description: 'What the inspectors found on checking.' })
  note!: string;
}

@InputType({ description: 'Sending feedback back.' })
export class ReopenRectificationNoticeInput {
  @Field(() => ID, { description: 'The notice, FEEDBACK_SUBMITTED.' })
  noticeId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Why the feedback is not accepted.' })
  reason!: string;
}

@InputType({
  description:
    'Which notices to list: with `unit` and the open statuses, a unit’s inbox. Fields combine with AND; use `and`/`or` for more.',
})
export class RectificationNoticeFilter {
  @Field(() => IDComparator, { nullable: true, description: 'The responsible unit.' })
  unit?: IDComparator | null;

  @Field(() => NoticeStatusComparator, { nullable: true, description: 'Status.' })
  status?: InstanceType<typeof NoticeStatusComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the deadline while the unit still owes feedback (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => IDComparator, { nullable: true, description: 'The round of its finding.' })
  round?: IDComparator | null;

  @Field(() => IDComparator, { nullable: true, description: 'The region of its finding.' })
  region?: IDComparator | null;

  @Field(() => SeverityComparator, { nullable: true, description: 'The severity of its finding.' })
  severity?: InstanceType<typeof SeverityComparator> | null;

  @Field(() => LocalDateComparator, { nullable: true, description: 'Deadline range.' })
  deadline?: LocalDateComparator | null;

  @Field(() => [RectificationNoticeFilter], { nullable: true, description: 'All of these filters.' })
  and?: RectificationNoticeFilter[] | null;

  @Field(() => [RectificationNoticeFilter], { nullable: true, description: 'Any of these filters.' })
  or?: RectificationNoticeFilter[] | null;
}

export enum RectificationNoticeOrderField {
  DEADLINE = 'DEADLINE',
  ISSUED_ON = 'ISSUED_ON',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(RectificationNoticeOrderField, {
  name: 'RectificationNoticeOrderField',
  description: 'Fields notices can be ordered by. 整改通知可排序的字段。',
});

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class RectificationNoticeOrder {
  @Field(() => RectificationNoticeOrderField, { description: 'Field to order by.' })
  field!: RectificationNoticeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
