import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { ReformTask } from '../../reform-ledger/index.js';
import { InspectionVisit } from './inspection-visit.entity.js';
import { CheckVerdict } from '../inspection.enums.js';
import { InspectionErrors } from '../inspection.errors.js';

/** A reform task checked on a visit: a verdict on its quantity, its results and its quality. */
@Entity({ tableName: 'inspection_task_check' })
@Unique({ properties: ['visit', 'task'] })
export class TaskCheck {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => InspectionVisit)
  visit: Rel<InspectionVisit>;

  @ManyToOne(() => ReformTask)
  task: Rel<ReformTask>;

  @Enum({ items: () => CheckVerdict, type: 'text' })
  quantity: CheckVerdict;

  @Enum({ items: () => CheckVerdict, type: 'text' })
  results: CheckVerdict;

  @Enum({ items: () => CheckVerdict, type: 'text' })
  quality: CheckVerdict;

  @Property({ type: 'text' })
  notes: string;

  constructor(props: {
    visit: Rel<InspectionVisit>;
    task: Rel<ReformTask>;
    quantity: CheckVerdict;
    results: CheckVerdict;
    quality: CheckVerdict;
    notes: string;
  }) {
    if (props.notes.trim().length > 4000) throw InspectionErrors.invalidText('checks.notes', 'Notes', 4000);
    this.visit = props.visit;
    this.task = props.task;
    this.quantity = props.quantity;
    this.results = props.results;
    this.quality = props.quality;
    this.notes = props.notes.trim();
  }
}
