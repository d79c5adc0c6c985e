import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Person } from '../../unit/index.js';
import { Region } from '../../unit/index.js';
import { InspectionGroup } from './inspection-group.entity.js';

/** A cadre serving in a group, with the region they come from: the group may not inspect it. */
@Entity({ tableName: 'inspection_group_member' })
@Unique({ properties: ['group', 'person'] })
export class GroupMember {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => InspectionGroup)
  group: Rel<InspectionGroup>;

  @ManyToOne(() => Person)
  person: Rel<Person>;

  @ManyToOne(() => Region, { nullable: true })
  homeRegion: Rel<Region> | null;

  @Property({ type: 'datetime', length: 3 })
  addedAt: Date;

  /** Made by `InspectionGroup.admit`, which checks the group may take the cadre. */
  constructor(group: Rel<InspectionGroup>, person: Rel<Person>, homeRegion: Rel<Region> | null, addedAt: Date) {
    this.addedAt = addedAt;
    this.group = group;
    this.person = person;
    this.homeRegion = homeRegion;
  }
}
