import { Entity, ManyToOne, type Rel } from '@mikro-orm/core';
import { User } from '../user/index.js';
import { RiskAssessment } from './risk-assessment.entity.js';

/** Someone who wrote part of an assessment, and so may not review it. */
@Entity({ tableName: 'risk_assessment_author' })
export class AssessmentAuthor {
  @ManyToOne(() => RiskAssessment, { primary: true, deleteRule: 'cascade' })
  assessment!: Rel<RiskAssessment>;

  @ManyToOne(() => User, { primary: true })
  user!: Rel<User>;
}
