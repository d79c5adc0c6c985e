import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { requireText } from '../../../shared/domain/values.js';
import { BaseEntity } from '../../../shared/db/base.entity.js';
import { Person } from '../../unit/index.js';
import { Region } from '../../unit/index.js';
import { InspectionRound } from './inspection-round.entity.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { GroupMember } from './group-member.entity.js';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十: how groups are named (第十二督察组). */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  if (n < 100) return `${n >= 20 ? NUMERALS[Math.floor(n / 10)] : ''}十${NUMERALS[n % 10]}`;
  return String(n);
}

/**
 * An inspection group: a provincial cadre leads it, members come from the regions. Its home
 * region is its seat in the ring (the region its members are drawn from); the rotation assigns
 * it the region it inspects. The unique constraints keep one group per seat and per target.
 */
@Entity({ tableName: 'inspection_group' })
@Unique({ properties: ['round', 'ordinal'] })
@Unique({ properties: ['round', 'homeRegion'] })
@Unique({ properties: ['round', 'assignedRegion'] })
@Unique({ properties: ['round', 'leader'] })
@Index({ properties: ['assignedRegion'] })
export class InspectionGroup extends BaseEntity {
  @ManyToOne(() => InspectionRound)
  round: Rel<InspectionRound>;

  @Property({ type: 'integer' })
  ordinal: number;

  @Property({ type: 'text' })
  name: string;

  @ManyToOne(() => Person)
  leader: Rel<Person>;

  /** Where the leader comes from, when that is a region (a provincial cadre usually has none). */
  @ManyToOne(() => Region, { nullable: true })
  leaderHomeRegion: Rel<Region> | null;

  @ManyToOne(() => Region)
  homeRegion: Rel<Region>;

  @ManyToOne(() => Region, { nullable: true })
  assignedRegion: Rel<Region> | null = null;

  constructor(props: {
    round: Rel<InspectionRound>;
    ordinal: number;
    name: string | null;
    leader: Rel<Person>;
    leaderIsProvincial: boolean;
    leaderHomeRegion: Rel<Region> | null;
    homeRegion: Rel<Region>;
  }) {
    super();
    this.round = props.round;
    this.ordinal = props.ordinal;
    this.name = `第${chineseNumeral(props.ordinal)}督察组`;
    this.leader = props.leader;
    this.leaderHomeRegion = null;
    this.homeRegion = props.homeRegion;
    this.describe(props);
  }

  /**
   * Sets the name (null: 第N督察组) and the leader, a cadre of a provincial unit. With a rotation
   * assigned, the leader must not come from the region the group inspects.
   */
  describe(props: { name: string | null; leader: Rel<Person>; leaderIsProvincial: boolean; leaderHomeRegion: Rel<Region> | null }): void {
    if (!props.leaderIsProvincial) throw InspectionErrors.invalid('leaderId', M.leaderProvincial);
    if (props.leaderHomeRegion && this.assignedRegion?.id === props.leaderHomeRegion.id)
      throw InspectionErrors.rotationConflict(M.leaderFromTarget(props.leaderHomeRegion.name, this.name), 'leaderHomeRegionId');
    this.name =
      props.name == null
        ? `第${chineseNumeral(this.ordinal)}督察组`
        : requireText(props.name, 100, () => InspectionErrors.invalidText('name', 'A name', 100));
    this.leader = props.leader;
    this.leaderHomeRegion = props.leaderHomeRegion;
  }

  /**
   * A cadre joins the group, coming from `homeRegion` (null for a provincial cadre), on `now`.
   * After the rotation was assigned, the group's target must not be the newcomer's home.
   */
  admit(person: Rel<Person>, homeRegion: Rel<Region> | null, now: Date): GroupMember {
    this.round.requirePlanning('given new members');
    if (homeRegion && this.assignedRegion?.id === homeRegion.id)
      throw InspectionErrors.rotationConflict(M.memberFromTarget(person.name, homeRegion.name, this.name), 'personId');
    return new GroupMember(this, person, homeRegion, now);
  }
}
