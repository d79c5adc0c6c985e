import { requireText, isPlausibleDate } from '../../shared/domain/values.js';
import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { Unit } from '../unit/index.js';
import { User } from '../user/index.js';
import { LedgerSection } from './ledger-section.entity.js';
import { Ledger } from './ledger.entity.js';
import { DeliverableForm, LedgerKind, TaskAction, TaskStatus } from './reform-ledger.enums.js';
import { ReformTaskErrors, type ReformTaskLabel } from './reform-task.errors.js';
import { TaskProgressReport } from './task-progress-report.entity.js';
import { TaskSupport } from './task-support.entity.js';

export interface TaskDescription {
  code: string;
  title: string;
  description: string;
  deliverableForm: DeliverableForm;
  deadline: string;
}

/** A progress report as its reporter gives it; `reportedOn` defaults to today. */
export interface ProgressReportDraft {
  percent: number;
  narrative: string;
  reportedOn?: string | null;
}

/** What an action may carry: the deliverable on SUBMIT, the reason on RETURN. */
export interface TransitionDetails {
  deliverableDescription?: string | null;
  reason?: string | null;
}

/** Longest code and title a task keeps. */
export const MAX_CODE = 40;
export const MAX_TITLE = 200;
const MAX_TEXT = 4000;

/** Which actions lead from which statuses; RESUME goes back to where the task was suspended. */
const MOVES: Record<TaskAction, { from: readonly TaskStatus[]; to?: TaskStatus }> = {
  [TaskAction.START]: { from: [TaskStatus.NOT_STARTED, TaskStatus.RETURNED], to: TaskStatus.IN_PROGRESS },
  [TaskAction.SUBMIT]: { from: [TaskStatus.IN_PROGRESS], to: TaskStatus.SUBMITTED },
  [TaskAction.ACCEPT]: { from: [TaskStatus.SUBMITTED], to: TaskStatus.COMPLETED },
  [TaskAction.RETURN]: { from: [TaskStatus.SUBMITTED], to: TaskStatus.RETURNED },
  [TaskAction.SUSPEND]: { from: [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.RETURNED], to: TaskStatus.SUSPENDED },
  [TaskAction.RESUME]: { from: [TaskStatus.SUSPENDED] },
  [TaskAction.CANCEL]: {
    from: [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED, TaskStatus.RETURNED, TaskStatus.SUSPENDED],
    to: TaskStatus.CANCELLED,
  },
};

/** Statuses in which work is under way, so progress can be reported. */
export const ACTIVE_STATUSES: readonly TaskStatus[] = [TaskStatus.IN_PROGRESS, TaskStatus.RETURNED];
/** Statuses that end a task: it can no longer be overdue. */
export const CLOSED_STATUSES: readonly TaskStatus[] = [TaskStatus.COMPLETED, TaskStatus.CANCELLED];

/** Dates of this ledger fall in this century; anything else is a typing mistake. */
export function plausibleDate(date: string, field: string): string {
  if (!isPlausibleDate(date)) throw ReformTaskErrors.implausibleDate(field, date);
  return date;
}

const text = (value: string, field: string, what: ReformTaskLabel, max: number) =>
  requireText(value, max, () => ReformTaskErrors.invalidText(field, what, max));

/** A task of a ledger: one lead unit, any supporting units, a deliverable and a deadline. */
@Entity({ tableName: 'reform_task' })
@Unique({ properties: ['ledger', 'code'] })
@Index({ properties: ['ledger', 'deadline', 'id'] })
@Index({ properties: ['deadline', 'id'] })
@Index({ properties: ['code', 'id'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['leadUnit', 'deadline', 'id'] })
@Index({ properties: ['section', 'code', 'id'] })
@Index({ properties: ['leadUnit', 'code', 'id'] })
@Index({ properties: ['leadUnit', 'status', 'id'] })
@Index({ properties: ['leadUnit', 'updatedAt', 'id'] })
@Index({ properties: ['section', 'deadline', 'id'] })
@Index({ properties: ['section', 'status', 'id'] })
@Index({ properties: ['section', 'updatedAt', 'id'] })
@Index({ properties: ['implements', 'deadline', 'id'] })
@Index({ properties: ['implements', 'code', 'id'] })
@Index({ properties: ['implements', 'status', 'id'] })
@Index({ properties: ['implements', 'updatedAt', 'id'] })
export class ReformTask extends BaseEntity {
  @ManyToOne(() => Ledger)
  ledger: Rel<Ledger>;

  @ManyToOne(() => LedgerSection)
  section: Rel<LedgerSection>;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => DeliverableForm, type: 'text' })
  deliverableForm!: DeliverableForm;

  @ManyToOne(() => Unit)
  leadUnit!: Rel<Unit>;

  @ManyToMany({ entity: () => Unit, pivotEntity: () => TaskSupport })
  supportingUnits = new Collection<Unit>(this);

  @Property({ type: 'date' })
  deadline!: string;

  @Enum({ items: () => TaskStatus, type: 'text' })
  status: TaskStatus = TaskStatus.NOT_STARTED;

  /** While SUSPENDED: the status RESUME returns to. */
  @Enum({ items: () => TaskStatus, type: 'text', nullable: true })
  suspendedFrom: TaskStatus | null = null;

  /** An annual-plan measure: the framework task it carries out. */
  @ManyToOne(() => ReformTask, { nullable: true })
  implements: Rel<ReformTask> | null = null;

  @Property({ type: 'text', nullable: true })
  deliverableDescription: string | null = null;

  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  completedAt: Date | null = null;

  constructor(props: TaskDescription & { ledger: Ledger; section: LedgerSection }) {
    super();
    this.ledger = props.ledger;
    this.section = props.section;
    this.describe(props);
  }

  describe(props: TaskDescription): void {
    this.code = text(props.code, 'code', 'A task code', MAX_CODE);
    this.title = text(props.title, 'title', 'A title', MAX_TITLE);
    const description = props.description.trim();
    if (description.length > MAX_TEXT) throw ReformTaskErrors.invalidText('description', 'A description', MAX_TEXT);
    this.description = description;
    this.deliverableForm = props.deliverableForm;
    this.deadline = plausibleDate(props.deadline, 'deadline');
  }

  /** Exactly one lead unit; supporting units are others, each named once. */
  assign(lead: Unit, supporting: readonly Unit[]): void {
    const seen = new Set<Unit>();
    for (const unit of supporting) {
      if (unit === lead) throw ReformTaskErrors.leadAlsoSupporting(lead.code);
      if (seen.has(unit)) throw ReformTaskErrors.supportingTwice(unit.code);
      seen.add(unit);
    }
    this.leadUnit = lead;
    this.supportingUnits.set([...supporting]);
  }

  /** Moves the task to another section of its ledger (an import's 体系/方面). */
  placeIn(section: LedgerSection): void {
    if (section.ledger.id !== this.ledger.id) throw ReformTaskErrors.sectionOfOtherLedger();
    this.section = section;
  }

  /** Links an annual-plan measure to the framework task it carries out. */
  carryOut(task: ReformTask | null): void {
    if (task && (this.ledger.kind !== LedgerKind.ANNUAL_PLAN || task.ledger.kind !== LedgerKind.REFORM_FRAMEWORK)) {
      throw ReformTaskErrors.implementsNotFramework();
    }
    this.implements = task;
  }

  /** Moves the task through its workflow; a move its status does not allow is INVALID_TRANSITION. ACCEPT completes it `now`. */
  transition(action: TaskAction, details: TransitionDetails, now: Date): void {
    const move = MOVES[action];
    if (!move.from.includes(this.status)) throw ReformTaskErrors.invalidTransition(action, this.status);
    switch (action) {
      case TaskAction.SUBMIT:
        this.deliverableDescription = text(
          details.deliverableDescription ?? '',
          'deliverableDescription',
          'A description of the deliverable',
          MAX_TEXT,
        );
        break;
      case TaskAction.RETURN:
        this.returnReason = text(details.reason ?? '', 'reason', 'A reason for returning the deliverable', MAX_TEXT);
        break;
      case TaskAction.ACCEPT:
        this.completedAt = now;
        break;
      case TaskAction.SUSPEND:
        this.suspendedFrom = this.status;
        break;
      default:
        break;
    }
    const to = move.to ?? this.suspendedFrom ?? TaskStatus.IN_PROGRESS;
    if (action === TaskAction.RESUME) this.suspendedFrom = null;
    this.status = to;
  }

  /** Whether progress may be reported now. */
  get isActive(): boolean {
    return ACTIVE_STATUSES.includes(this.status);
  }

  /** Overdue as of `today` (see `isOverdue`). */
  isOverdue(today: string): boolean {
    return isOverdue(this, today);
  }

  /**
   * Records progress while work is under way (IN_PROGRESS or RETURNED), for today or a past day
   * (never a day still to come); returns the new entry of the task's history.
   */
  reportProgress(report: ProgressReportDraft, reporter: User, today: string): TaskProgressReport {
    if (!this.isActive) throw ReformTaskErrors.notActive(this.status);
    const reportedOn = report.reportedOn ?? today;
    if (reportedOn > today) throw ReformTaskErrors.futureReport(reportedOn);
    return new TaskProgressReport({ task: this, reportedOn, percent: report.percent, narrative: report.narrative, reporter });
  }
}

/** Overdue: the deadline has passed and the task is neither completed nor cancelled. */
export function isOverdue(task: { deadline: string; status: TaskStatus }, today: string): boolean {
  return task.deadline < today && !CLOSED_STATUSES.includes(task.status);
}
