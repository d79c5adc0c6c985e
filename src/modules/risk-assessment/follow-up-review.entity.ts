import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../user/index.js';
import { MajorDecision } from './major-decision.entity.js';

/** A review of how an approved matter is going, due every 90 days (MEDIUM) or 180 (LOW). */
@Entity({ tableName: 'follow_up_review' })
@Index({ properties: ['decision', 'reviewedOn', 'id'] })
export class FollowUpReview {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => MajorDecision)
  decision: Rel<MajorDecision>;

  @Property({ type: 'date' })
  reviewedOn: string;

  @Property({ type: 'text' })
  findings: string;

  @ManyToOne(() => User)
  reviewer: Rel<User>;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date;

  constructor(props: { decision: MajorDecision; reviewedOn: string; findings: string; reviewer: User; createdAt: Date }) {
    this.decision = props.decision;
    this.reviewedOn = props.reviewedOn;
    this.findings = props.findings;
    this.reviewer = props.reviewer;
    this.createdAt = props.createdAt;
  }
}
