import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../user/index.js';
import { MajorDecision } from './major-decision.entity.js';
import { DecisionOutcome, RiskLevel } from './risk-assessment.enums.js';
import { RiskAssessment } from './risk-assessment.entity.js';

/** A decision taken on a matter: outcome, rationale, who, when, and the assessment relied on. */
@Entity({ tableName: 'decision_record' })
@Index({ properties: ['decision', 'id'] })
export class DecisionRecord {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => MajorDecision)
  decision: Rel<MajorDecision>;

  @Enum({ items: () => DecisionOutcome, type: 'text' })
  outcome: DecisionOutcome;

  @Property({ type: 'text' })
  rationale: string;

  @ManyToOne(() => User)
  decidedBy: Rel<User>;

  @Property({ type: 'datetime', length: 3 })
  decidedAt: Date;

  @ManyToOne(() => RiskAssessment)
  assessment: Rel<RiskAssessment>;

  /** The assessment's level when it was relied on. */
  @Enum({ items: () => RiskLevel, type: 'text' })
  level: RiskLevel;

  constructor(props: {
    decision: MajorDecision;
    outcome: DecisionOutcome;
    rationale: string;
    decidedBy: User;
    decidedAt: Date;
    assessment: RiskAssessment;
    level: RiskLevel;
  }) {
    this.decision = props.decision;
    this.outcome = props.outcome;
    this.rationale = props.rationale;
    this.decidedBy = props.decidedBy;
    this.decidedAt = props.decidedAt;
    this.assessment = props.assessment;
    this.level = props.level;
  }
}
