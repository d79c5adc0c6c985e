import { requireText } from '../../shared/domain/values.js';
import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { RiskDimension } from './risk-assessment.enums.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { RiskAssessment } from './risk-assessment.entity.js';

/** An explicit "no significant risk" finding on one dimension, with its reasoning. */
@Entity({ tableName: 'dimension_finding' })
@Unique({ properties: ['assessment', 'dimension'] })
export class DimensionFinding {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => RiskAssessment)
  assessment: Rel<RiskAssessment>;

  @Enum({ items: () => RiskDimension, type: 'text' })
  dimension: RiskDimension;

  @Property({ type: 'text' })
  reasoning!: string;

  constructor(assessment: Rel<RiskAssessment>, dimension: RiskDimension, reasoning: string) {
    this.assessment = assessment;
    this.dimension = dimension;
    this.reason(reasoning);
  }

  reason(reasoning: string): void {
    const trimmed = requireText(reasoning, 4000, () => RiskErrors.invalidText('reasoning', 'The reasoning', 4000));
    this.reasoning = trimmed;
  }
}
