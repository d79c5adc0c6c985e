import { isPlausibleDate, requireText } from '../../shared/domain/values.js';
import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import type { Text } from '../../shared/i18n/text.js';
import { Unit } from '../unit/index.js';
import { IssueKind, IssueStatus } from './coordination.enums.js';
import { CoordinationErrors } from './coordination.errors.js';

const plausible = (date: string, field: string) => {
  if (!isPlausibleDate(date)) throw CoordinationErrors.implausibleDate(field, date);
  return date;
};

/** Overdue: past its target date and neither resolved nor closed (the SQL twin is in coordination.read.ts). */
export function issueIsOverdue(issue: { targetDate: string; status: IssueStatus }, today: string): boolean {
  return issue.targetDate < today && issue.status !== IssueStatus.RESOLVED && issue.status !== IssueStatus.CLOSED;
}

/** A problem no single department owns (跨部门协调事项), driven to a verified end. */
@Entity({ tableName: 'coordination_issue' })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['leadUnit', 'id'] })
@Index({ properties: ['openedOn', 'id'] })
@Index({ properties: ['targetDate', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class CoordinationIssue extends BaseEntity {
  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => IssueKind, type: 'text' })
  kind: IssueKind;

  /** The coordinating unit. */
  @ManyToOne(() => Unit)
  leadUnit: Rel<Unit>;

  @Property({ type: 'date' })
  openedOn: string;

  @Property({ type: 'date' })
  targetDate: string;

  @Enum({ items: () => IssueStatus, type: 'text' })
  status: IssueStatus = IssueStatus.OPEN;

  constructor(props: { title: string; description: string; kind: IssueKind; leadUnit: Unit; openedOn: string; targetDate: string }) {
    super();
    const title = requireText(props.title, 200, () => CoordinationErrors.invalidText('title', 'A title', 200));
    if (props.description.trim().length > 4000) throw CoordinationErrors.invalidText('description', 'A description', 4000);
    this.title = title;
    this.description = props.description.trim();
    this.kind = props.kind;
    this.leadUnit = props.leadUnit;
    this.openedOn = plausible(props.openedOn, 'openedOn');
    this.targetDate = plausible(props.targetDate, 'targetDate');
  }

  /** Whether new work (participants, money, meetings) may be recorded. */
  requireOpen(): void {
    if (this.status === IssueStatus.RESOLVED || this.status === IssueStatus.CLOSED) throw CoordinationErrors.closed(this.status);
  }

  @Property({ type: 'text', nullable: true })
  reopenReason: string | null = null;

  /** Solved in substance: from OPEN, IN_PROGRESS or REOPENED. */
  resolve(): void {
    if (this.status === IssueStatus.RESOLVED || this.status === IssueStatus.CLOSED)
      throw CoordinationErrors.issueStatus('resolved', this.status);
    this.status = IssueStatus.RESOLVED;
  }

  /** Closing needs nothing left open; `blockers` names what is (empty when nothing is). */
  close(blockers: Text[]): void {
    if (this.status !== IssueStatus.RESOLVED) throw CoordinationErrors.issueStatus('closed (resolve it first)', this.status);
    if (blockers.length > 0) throw CoordinationErrors.notReadyToClose(blockers);
    this.status = IssueStatus.CLOSED;
  }

  reopen(reason: string): void {
    if (this.status !== IssueStatus.RESOLVED && this.status !== IssueStatus.CLOSED)
      throw CoordinationErrors.issueStatus('reopened', this.status);
    const trimmed = requireText(reason, 2000, () => CoordinationErrors.invalidText('reason', 'A reason', 2000));
    this.status = IssueStatus.REOPENED;
    this.reopenReason = trimmed;
  }

  /** Recording work moves an OPEN issue to IN_PROGRESS. */
  workRecorded(): void {
    this.requireOpen();
    if (this.status === IssueStatus.OPEN) this.status = IssueStatus.IN_PROGRESS;
  }

  /**
   * Settling what was agreed (money moving under an obligation, an action item done or dropped):
   * resolution is the agreement, so this goes on while RESOLVED; only a CLOSED issue refuses it.
   */
  settlementRecorded(): void {
    if (this.status === IssueStatus.CLOSED) throw CoordinationErrors.closed(this.status);
    if (this.status === IssueStatus.OPEN) this.status = IssueStatus.IN_PROGRESS;
  }
}
