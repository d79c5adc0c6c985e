import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { Unit } from './unit.entity.js';

/** A cadre of a unit. Principal heads (主要负责人) may personally lead reforms. */
@Entity({ tableName: 'person' })
@Index({ properties: ['unit', 'name', 'id'] })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['title', 'id'] })
@Index({ properties: ['unit', 'title', 'id'] })
export class Person extends BaseEntity {
  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  title: string;

  @ManyToOne(() => Unit)
  unit: Rel<Unit>;

  @Property({ type: 'boolean' })
  isPrincipalHead: boolean;

  constructor(props: { name: string; title: string; unit: Unit; isPrincipalHead?: boolean }) {
    super();
    this.name = props.name;
    this.title = props.title;
    this.unit = props.unit;
    this.isPrincipalHead = props.isPrincipalHead ?? false;
  }
}
