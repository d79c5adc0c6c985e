import { requireText } from '../../shared/domain/values.js';
import { BigIntType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { MitigationMeasure } from './mitigation-measure.entity.js';
import { RiskDimension, type RiskLevel } from './risk-assessment.enums.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { RiskAssessment } from './risk-assessment.entity.js';
import { levelOf } from './risk-matrix.js';

export interface RiskPointProps {
  dimension: RiskDimension;
  description: string;
  likelihood: number;
  impact: number;
  peopleAffected: number;
}

function scale(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw RiskErrors.invalidScale(field, value);
  return value;
}

/** One risk found on a dimension; its level comes from the matrix, never typed in. */
@Entity({ tableName: 'risk_point' })
@Index({ properties: ['assessment', 'id'] })
export class RiskPoint {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => RiskAssessment)
  assessment: Rel<RiskAssessment>;

  @Enum({ items: () => RiskDimension, type: 'text' })
  dimension!: RiskDimension;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'smallint' })
  likelihood!: number;

  @Property({ type: 'smallint' })
  impact!: number;

  @Property({ type: 'integer' })
  peopleAffected!: number;

  @OneToMany(() => MitigationMeasure, (m) => m.point, { orphanRemoval: true })
  mitigations = new Collection<MitigationMeasure>(this);

  constructor(assessment: Rel<RiskAssessment>, props: RiskPointProps) {
    this.assessment = assessment;
    this.describe(props);
  }

  describe(props: RiskPointProps): void {
    const description = requireText(props.description, 4000, () => RiskErrors.invalidText('description', 'A description', 4000));
    if (!Number.isInteger(props.peopleAffected) || props.peopleAffected < 0)
      throw RiskErrors.invalidCount('peopleAffected', props.peopleAffected);
    this.dimension = props.dimension;
    this.description = description;
    this.likelihood = scale(props.likelihood, 'likelihood');
    this.impact = scale(props.impact, 'impact');
    this.peopleAffected = props.peopleAffected;
  }

  get level(): RiskLevel {
    return levelOf(this.likelihood, this.impact);
  }
}
