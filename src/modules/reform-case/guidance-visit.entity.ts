import { isPlausibleDate } from '../../shared/domain/values.js';
import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { ReformCase } from './reform-case.entity.js';
import { ReformCaseErrors } from './reform-case.errors.js';

/** A guidance visit (指导) to a unit cultivating a case. */
@Entity({ tableName: 'guidance_visit' })
@Index({ properties: ['reformCase', 'visitedOn', 'id'] })
export class GuidanceVisit {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => ReformCase)
  reformCase: Rel<ReformCase>;

  @Property({ type: 'date' })
  visitedOn: string;

  @ManyToOne(() => Unit)
  visitingUnit: Rel<Unit>;

  @Property({ type: 'text' })
  notes: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(props: { reformCase: ReformCase; visitedOn: string; visitingUnit: Unit; notes: string }, today: string) {
    if (props.visitedOn > today || !isPlausibleDate(props.visitedOn)) throw ReformCaseErrors.implausibleVisit(props.visitedOn);
    const notes = props.notes.trim();
    if (notes.length > 4000) throw ReformCaseErrors.invalidText('notes', 'Notes', 4000);
    this.reformCase = props.reformCase;
    this.visitedOn = props.visitedOn;
    this.visitingUnit = props.visitingUnit;
    this.notes = notes;
  }
}
