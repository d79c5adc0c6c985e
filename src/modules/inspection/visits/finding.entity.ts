import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { requireText } from '../../../shared/domain/values.js';
import { ReformTask } from '../../reform-ledger/index.js';
import { Region } from '../../unit/index.js';
import { Unit } from '../../unit/index.js';
import { User } from '../../user/index.js';
import { InspectionRound } from '../rounds/inspection-round.entity.js';
import { InspectionVisit } from './inspection-visit.entity.js';
import { FindingSeverity } from '../inspection.enums.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';

/** A problem a visit found in carrying out a reform task, with the unit responsible for it. */
@Entity({ tableName: 'inspection_finding' })
@Index({ properties: ['round', 'id'] })
@Index({ properties: ['region', 'id'] })
@Index({ properties: ['unit', 'id'] })
@Index({ properties: ['visit'] })
@Index({ properties: ['foundOn', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class Finding {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => InspectionVisit)
  visit: Rel<InspectionVisit>;

  /** The visit's round and region, kept here for the filters and the evaluation. */
  @ManyToOne(() => InspectionRound)
  round: Rel<InspectionRound>;

  @ManyToOne(() => Region)
  region: Rel<Region>;

  @ManyToOne(() => ReformTask)
  task: Rel<ReformTask>;

  @ManyToOne(() => Unit)
  unit: Rel<Unit>;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => FindingSeverity, type: 'text' })
  severity: FindingSeverity;

  @Property({ type: 'date' })
  foundOn: string;

  @ManyToOne(() => User, { nullable: true })
  recordedBy: Rel<User> | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(props: {
    visit: Rel<InspectionVisit>;
    task: Rel<ReformTask>;
    unit: Rel<Unit>;
    description: string;
    severity: FindingSeverity;
    recordedBy: Rel<User> | null;
  }) {
    const { visit, unit } = props;
    visit.round.requireActive('visitId');
    // The region answers for what was found there: the responsible unit is one of its own.
    if (unit.region?.id !== visit.region.id) throw InspectionErrors.invalid('unitId', M.unitNotInRegion(unit.name, visit.region.name));
    this.visit = visit;
    this.round = visit.round;
    this.region = visit.region;
    this.task = props.task;
    this.unit = unit;
    this.description = requireText(props.description, 4000, () => InspectionErrors.invalidText('description', 'A description', 4000));
    this.severity = props.severity;
    this.foundOn = visit.visitedOn;
    this.recordedBy = props.recordedBy;
  }
}
