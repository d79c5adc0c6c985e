import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { requireText } from '../../../shared/domain/values.js';
import { BaseEntity } from '../../../shared/db/base.entity.js';
import { RoundStatus } from '../inspection.enums.js';
import { InspectionErrors, type RoundMove } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';

/** One year's rotating inspection (推磨式督察): its groups, their ring over the regions, and what they found. */
@Entity({ tableName: 'inspection_round' })
export class InspectionRound extends BaseEntity {
  @Property({ type: 'integer' })
  @Unique()
  year: number;

  @Property({ type: 'text' })
  title: string;

  @Enum({ items: () => RoundStatus, type: 'text' })
  status: RoundStatus = RoundStatus.PLANNING;

  /** When the rotation was assigned; null while there is none. */
  @Property({ type: 'datetime', length: 3, nullable: true })
  rotationAssignedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  startedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  constructor(props: { year: number; title: string }) {
    super();
    if (!Number.isInteger(props.year) || props.year < 2000 || props.year > 2100)
      throw InspectionErrors.invalid('year', M.implausibleYear(props.year));
    this.year = props.year;
    this.title = requireText(props.title, 200, () => InspectionErrors.invalidText('title', 'A title', 200));
  }

  /** Groups, members and the rotation change only while the round is being planned. */
  requirePlanning(action: RoundMove): void {
    if (this.status !== RoundStatus.PLANNING) throw InspectionErrors.roundStatus(action, this.status);
  }

  /** Visits and findings are recorded while the round is ACTIVE. */
  requireActive(field: string): void {
    if (this.status !== RoundStatus.ACTIVE) throw InspectionErrors.roundNotActive(this.status, field);
  }

  /** Groups are added while the round is PLANNING and has no rotation yet (a new group would have no place in the ring). */
  requireOpenForGroups(): void {
    this.requirePlanning('given new groups');
    if (this.hasRotation) throw InspectionErrors.alreadyAssigned();
  }

  get hasRotation(): boolean {
    return this.rotationAssignedAt !== null;
  }

  /** Once per round: a second rotation, even one racing the first, is refused. */
  rotationAssigned(now: Date): void {
    this.requirePlanning('given a rotation');
    if (this.hasRotation) throw InspectionErrors.alreadyAssigned();
    this.rotationAssignedAt = now;
  }

  rotationCleared(): void {
    this.requirePlanning('cleared of its rotation');
    if (!this.hasRotation) throw InspectionErrors.invalid('roundId', M.noRotationToClear);
    this.rotationAssignedAt = null;
  }

  start(today: string): void {
    this.requirePlanning('started');
    if (!this.hasRotation) throw InspectionErrors.rotationIncomplete(M.noRotationYet, 'roundId');
    this.status = RoundStatus.ACTIVE;
    this.startedOn = today;
  }

  close(today: string): void {
    if (this.status !== RoundStatus.ACTIVE) throw InspectionErrors.roundStatus('closed', this.status);
    this.status = RoundStatus.CLOSED;
    this.closedOn = today;
  }
}
