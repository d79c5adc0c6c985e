import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { isPlausibleDate, requireText } from '../../../shared/domain/values.js';
import { BaseEntity } from '../../../shared/db/base.entity.js';
import { Unit } from '../../unit/index.js';
import { User } from '../../user/index.js';
import { Finding } from '../visits/finding.entity.js';
import { NoticeStatus } from '../inspection.enums.js';
import { InspectionErrors, type NoticeMove } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { isOnTime, isOverdue } from './notice-rules.js';
import { RectificationFeedback, type FeedbackFields } from './rectification-feedback.entity.js';

/**
 * A rectification notice (整改意见书) on a finding: the responsible unit analyses the root cause,
 * corrects at once and reports back by the deadline; inspectors verify and close, or reopen.
 */
@Entity({ tableName: 'rectification_notice' })
@Unique({ properties: ['finding'] })
@Index({ properties: ['unit', 'status', 'deadline'] })
@Index({ properties: ['deadline', 'id'] })
@Index({ properties: ['issuedOn', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class RectificationNotice extends BaseEntity {
  @ManyToOne(() => Finding)
  finding: Rel<Finding>;

  /** The finding's responsible unit: the one that must rectify. */
  @ManyToOne(() => Unit)
  unit: Rel<Unit>;

  @Property({ type: 'date' })
  issuedOn: string;

  @Property({ type: 'date' })
  deadline: string;

  @Property({ type: 'text' })
  requirements: string;

  @Enum({ items: () => NoticeStatus, type: 'text' })
  status: NoticeStatus = NoticeStatus.NOTIFIED;

  @Property({ type: 'text', nullable: true })
  reopenReason: string | null = null;

  @Property({ type: 'integer' })
  reopenCount = 0;

  @Property({ type: 'text', nullable: true })
  verificationNote: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  verifiedBy: Rel<User> | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** Set on closing: whether the feedback that was accepted came in by the deadline. */
  @Property({ type: 'boolean', nullable: true })
  closedOnTime: boolean | null = null;

  /** Issued on `issuedOn`, which may not be later than `today`. */
  constructor(props: { finding: Rel<Finding>; issuedOn: string; deadline: string; requirements: string }, today: string) {
    super();
    if (!isPlausibleDate(props.issuedOn)) throw InspectionErrors.implausibleDate('issuedOn', props.issuedOn);
    if (props.issuedOn > today) throw InspectionErrors.futureDate('issuedOn', props.issuedOn);
    if (!isPlausibleDate(props.deadline)) throw InspectionErrors.implausibleDate('deadline', props.deadline);
    if (props.deadline < props.issuedOn) throw InspectionErrors.invalid('deadline', M.deadlineBeforeIssue);
    if (props.issuedOn < props.finding.foundOn) throw InspectionErrors.invalid('issuedOn', M.issuedBeforeVisit);
    this.finding = props.finding;
    this.unit = props.finding.unit;
    this.issuedOn = props.issuedOn;
    this.deadline = props.deadline;
    this.requirements = requireText(props.requirements, 10_000, () =>
      InspectionErrors.invalidText('requirements', 'The requirements', 10_000),
    );
  }

  private allow(allowed: readonly NoticeStatus[], action: NoticeMove): void {
    if (!allowed.includes(this.status)) throw InspectionErrors.noticeStatus(action, this.status);
  }

  private move(allowed: readonly NoticeStatus[], to: NoticeStatus, action: NoticeMove): void {
    this.allow(allowed, action);
    this.status = to;
  }

  /** The unit sets to work: on a new notice, or again after a reopening. */
  startRectifying(): void {
    this.move([NoticeStatus.NOTIFIED, NoticeStatus.REOPENED], NoticeStatus.RECTIFYING, 'started (rectification)');
  }

  /** Past its deadline on `today` while the unit still owes its feedback. */
  isOverdue(today: string): boolean {
    return isOverdue(this, today);
  }

  /** The unit reports back (RECTIFYING → FEEDBACK_SUBMITTED): returns the feedback, dated `today`. */
  submitFeedback(fields: FeedbackFields, by: Rel<User> | null, today: string): RectificationFeedback {
    this.move([NoticeStatus.RECTIFYING], NoticeStatus.FEEDBACK_SUBMITTED, 'given feedback');
    return new RectificationFeedback({ notice: this, ...fields, submittedOn: today, submittedBy: by });
  }

  /** Whether feedback that came in on `submittedOn` was on time. */
  isOnTime(submittedOn: string): boolean {
    return isOnTime(this.deadline, submittedOn);
  }

  verify(note: string, by: Rel<User>, now: Date): void {
    this.move([NoticeStatus.FEEDBACK_SUBMITTED], NoticeStatus.VERIFIED, 'verified');
    this.verificationNote = note.trim() === '' ? null : requireText(note, 4000, () => InspectionErrors.invalidText('note', 'A note', 4000));
    this.verifiedBy = by;
    this.verifiedAt = now;
  }

  /** `acceptedFeedbackOn`: the day the verified feedback came in, which decides whether it was on time. */
  close(today: string, acceptedFeedbackOn: string): void {
    this.move([NoticeStatus.VERIFIED], NoticeStatus.CLOSED, 'closed');
    this.closedOn = today;
    this.closedOnTime = this.isOnTime(acceptedFeedbackOn);
  }

  /** The status is checked before the reason, as for every other move: a closed notice says so whatever the reason. */
  reopen(reason: string): void {
    this.allow([NoticeStatus.FEEDBACK_SUBMITTED], 'reopened');
    const trimmed = requireText(reason, 4000, () => InspectionErrors.invalidText('reason', 'A reason', 4000));
    this.move([NoticeStatus.FEEDBACK_SUBMITTED], NoticeStatus.REOPENED, 'reopened');
    this.reopenReason = trimmed;
    this.reopenCount++;
  }
}
