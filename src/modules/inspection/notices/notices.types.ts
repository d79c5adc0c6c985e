import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../shared/graphql/connection.js';
import { Node } from '../../../shared/graphql/node.js';
import { NoticeStatus } from '../inspection.enums.js';

@ObjectType('RectificationNotice', {
  implements: Node,
  description: 'A rectification notice (整改意见书): root-cause analysis, immediate correction and feedback by a deadline.',
})
export class RectificationNoticeType extends Node {
  @Field(() => LocalDateResolver, { description: 'When it was issued.' })
  issuedOn!: string;

  @Field(() => LocalDateResolver, { description: 'When the feedback is due.' })
  deadline!: string;

  @Field(() => String, { description: 'What the unit must do.' })
  requirements!: string;

  @Field(() => NoticeStatus, { description: 'Where it stands.' })
  status!: NoticeStatus;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' })
  reopenReason!: string | null;

  @Field(() => Int, { description: 'How often the feedback was sent back.' })
  reopenCount!: number;

  @Field(() => String, { nullable: true, description: 'What the inspectors noted on verifying.' })
  verificationNote!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was verified.' })
  verifiedAt!: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was closed.' })
  closedOn!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Once closed: whether the feedback that was accepted came in by the deadline.',
  })
  closedOnTime!: boolean | null;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  findingKey!: string;
  unitKey!: string;
  verifiedByKey!: string | null;
}

@ObjectType('RectificationFeedback', { implements: Node, description: 'The responsible unit’s report on a notice.' })
export class RectificationFeedbackType extends Node {
  @Field(() => String, { description: 'Why the problem arose (root-cause analysis).' })
  rootCauseAnalysis!: string;

  @Field(() => String, { description: 'What was done about it.' })
  measuresTaken!: string;

  @Field(() => String, { description: 'What shows it.' })
  evidence!: string;

  @Field(() => LocalDateResolver, { description: 'The day it came in.' })
  submittedOn!: string;

  submittedByKey!: string | null;
  noticeKey!: string;
}

export const RectificationNoticeConnection = ConnectionType(RectificationNoticeType, 'RectificationNotice');
