import { requireText, isPlausibleDate } from '../../shared/domain/values.js';
import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { User } from '../user/index.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { ActionItemStatus } from './coordination.enums.js';
import { CoordinationErrors, type CoordinationLabel } from './coordination.errors.js';
import { Meeting } from './meeting.entity.js';

const text = (value: string, field: string, what: CoordinationLabel, max: number) =>
  requireText(value, max, () => CoordinationErrors.invalidText(field, what, max));

/** Overdue: still open past its due date (the SQL twin is in coordination.read.ts). */
export function itemIsOverdue(item: { dueDate: string; status: ActionItemStatus }, today: string): boolean {
  return item.status === ActionItemStatus.OPEN && item.dueDate < today;
}

/** Something a unit must do for an issue, by a date; often decided at a meeting. */
@Entity({ tableName: 'action_item' })
@Index({ properties: ['issue', 'id'] })
@Index({ properties: ['assignedUnit', 'status', 'dueDate'] })
@Index({ properties: ['dueDate', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class ActionItem {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => CoordinationIssue)
  issue: Rel<CoordinationIssue>;

  @ManyToOne(() => Meeting, { nullable: true })
  meeting: Rel<Meeting> | null;

  @Property({ type: 'text' })
  description: string;

  @ManyToOne(() => Unit)
  assignedUnit: Rel<Unit>;

  @Property({ type: 'date' })
  dueDate: string;

  @Enum({ items: () => ActionItemStatus, type: 'text' })
  status: ActionItemStatus = ActionItemStatus.OPEN;

  /** DONE: what shows it was done; CANCELLED: why it was dropped. */
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  completedBy: Rel<User> | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(props: {
    issue: Rel<CoordinationIssue>;
    meeting: Rel<Meeting> | null;
    description: string;
    assignedUnit: Rel<Unit>;
    dueDate: string;
  }) {
    if (!isPlausibleDate(props.dueDate)) throw CoordinationErrors.implausibleDate('dueDate', props.dueDate);
    this.issue = props.issue;
    this.meeting = props.meeting;
    this.description = text(props.description, 'description', 'A description', 2000);
    this.assignedUnit = props.assignedUnit;
    this.dueDate = props.dueDate;
  }

  complete(evidence: string, by: Rel<User>, now: Date): void {
    if (this.status !== ActionItemStatus.OPEN) throw CoordinationErrors.itemStatus('completed', this.status);
    this.evidence = text(evidence, 'evidence', 'Evidence of completion', 4000);
    this.status = ActionItemStatus.DONE;
    this.completedBy = by;
    this.completedAt = now;
  }

  cancel(reason: string, by: Rel<User>, now: Date): void {
    if (this.status !== ActionItemStatus.OPEN) throw CoordinationErrors.itemStatus('cancelled', this.status);
    this.evidence = text(reason, 'reason', 'A reason', 4000);
    this.status = ActionItemStatus.CANCELLED;
    this.completedBy = by;
    this.completedAt = now;
  }
}
