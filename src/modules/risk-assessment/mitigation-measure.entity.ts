import { isPlausibleDate, requireText } from '../../shared/domain/values.js';
import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { isActionable } from './decision-rules.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { RiskPoint } from './risk-point.entity.js';

/** A measure against a risk point. Counts for approval only with an owner unit and a due date. */
@Entity({ tableName: 'mitigation_measure' })
@Index({ properties: ['point', 'id'] })
export class MitigationMeasure {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => RiskPoint, { deleteRule: 'cascade' })
  point: Rel<RiskPoint>;

  @Property({ type: 'text' })
  description: string;

  @ManyToOne(() => Unit, { nullable: true })
  ownerUnit: Rel<Unit> | null;

  @Property({ type: 'date', nullable: true })
  dueDate: string | null;

  constructor(props: { point: RiskPoint; description: string; ownerUnit: Unit | null; dueDate: string | null }) {
    const description = requireText(props.description, 4000, () => RiskErrors.invalidText('description', 'A description', 4000));
    if (props.dueDate !== null && !isPlausibleDate(props.dueDate)) throw RiskErrors.implausibleDate('dueDate', props.dueDate);
    this.point = props.point;
    this.description = description;
    this.ownerUnit = props.ownerUnit;
    this.dueDate = props.dueDate;
  }

  /** The owner unit's key, as the measure's row carries it. */
  get ownerUnitKey(): string | null {
    return this.ownerUnit?.id ?? null;
  }

  /** Owned and dated: what a MEDIUM-risk approval needs (the rule `isActionable`). */
  get isActionable(): boolean {
    return isActionable(this);
  }
}
