import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { ParticipantRole } from './coordination.enums.js';

/** A unit taking part in an issue, with its role; a unit takes part in an issue at most once. */
@Entity({ tableName: 'issue_participant' })
@Unique({ properties: ['issue', 'unit'] })
export class IssueParticipant {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => CoordinationIssue)
  issue: Rel<CoordinationIssue>;

  @ManyToOne(() => Unit)
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
