import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { ParticipantRole } from './coordination.enums.js';

/** A unit taking part in an issue, with its role. */
@Entity({ tableName: 'issue_participant' })
export class IssueParticipant {
  @ManyToOne(() => CoordinationIssue, { primary: true })
  issue: Rel<CoordinationIssue>;

  @ManyToOne(() => Unit, { primary: true })
  unit: Rel<Unit>;

  @Enum({ items: () => ParticipantRole, type: 'text' })
  role: ParticipantRole;

  @Property({ type: 'datetime', length: 3 })
  addedAt: Date = new Date();

  constructor(issue: Rel<CoordinationIssue>, unit: Rel<Unit>, role: ParticipantRole) {
    this.issue = issue;
    this.unit = unit;
    this.role = role;
  }
}
