import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { requireText } from '../../../shared/domain/values.js';
import { User } from '../../user/index.js';
import { InspectionErrors, type InspectionLabel } from '../inspection.errors.js';
import { RectificationNotice } from './rectification-notice.entity.js';

const text = (value: string, field: string, what: InspectionLabel) =>
  requireText(value, 10_000, () => InspectionErrors.invalidText(field, what, 10_000));

/** What the unit reports: why it happened, what was done, what shows it. */
export interface FeedbackFields {
  rootCauseAnalysis: string;
  measuresTaken: string;
  evidence: string;
}

/** The responsible unit's report on a notice: why it happened, what was done, what shows it. Every one is kept. */
@Entity({ tableName: 'rectification_feedback' })
@Index({ properties: ['notice', 'id'] })
export class RectificationFeedback {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => RectificationNotice)
  notice: Rel<RectificationNotice>;

  @Property({ type: 'text' })
  rootCauseAnalysis: string;

  @Property({ type: 'text' })
  measuresTaken: string;

  @Property({ type: 'text' })
  evidence: string;

  /** The day it came in, in the province: on time when not after the deadline. */
  @Property({ type: 'date' })
  submittedOn: string;

  @ManyToOne(() => User, { nullable: true })
  submittedBy: Rel<User> | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  /** Made by `RectificationNotice.submitFeedback`, which checks the notice may take it. */
  constructor(
    props: FeedbackFields & {
      notice: Rel<RectificationNotice>;
      submittedOn: string;
      submittedBy: Rel<User> | null;
    },
  ) {
    this.notice = props.notice;
    this.rootCauseAnalysis = text(props.rootCauseAnalysis, 'rootCauseAnalysis', 'A root-cause analysis');
    this.measuresTaken = text(props.measuresTaken, 'measuresTaken', 'The measures taken');
    this.evidence = text(props.evidence, 'evidence', 'Evidence');
    this.submittedOn = props.submittedOn;
    this.submittedBy = props.submittedBy;
  }
}
