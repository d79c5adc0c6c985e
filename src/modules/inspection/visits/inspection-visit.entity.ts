import { ArrayType, BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { isPlausibleDate } from '../../../shared/domain/values.js';
import { Region, Unit } from '../../unit/index.js';
import { User } from '../../user/index.js';
import { InspectionGroup } from '../rounds/inspection-group.entity.js';
import { InspectionRound } from '../rounds/inspection-round.entity.js';
import { VisitKind, VisitMethod } from '../inspection.enums.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';

/** A group's visit to its assigned region: unannounced (四不两直) or a return visit (杀回马枪). */
@Entity({ tableName: 'inspection_visit' })
@Index({ properties: ['round', 'region', 'visitedOn'] })
@Index({ properties: ['group', 'visitedOn', 'id'] })
@Index({ properties: ['round', 'visitedOn', 'id'] })
export class InspectionVisit {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => InspectionRound)
  round: Rel<InspectionRound>;

  @ManyToOne(() => InspectionGroup)
  group: Rel<InspectionGroup>;

  @ManyToOne(() => Region)
  region: Rel<Region>;

  @Property({ type: 'date' })
  visitedOn: string;

  @Enum({ items: () => VisitKind, type: 'text' })
  kind: VisitKind;

  @Property({ type: ArrayType })
  methods: VisitMethod[];

  /** Ids of the units visited, all of the region. */
  @Property({ type: ArrayType })
  unitIds: string[];

  @Property({ type: 'text' })
  summary: string;

  @ManyToOne(() => User, { nullable: true })
  recordedBy: Rel<User> | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(
    props: {
      group: Rel<InspectionGroup>;
      region: Rel<Region>;
      visitedOn: string;
      kind: VisitKind;
      methods: VisitMethod[];
      /** The units visited: all of the region. */
      units: Rel<Unit>[];
      summary: string;
      recordedBy: Rel<User> | null;
      /** For a return visit: whether the region was visited in this round before `visitedOn`. */
      visitedBefore: boolean;
    },
    today: string,
  ) {
    const { group, region } = props;
    group.round.requireActive('groupId');
    if (group.assignedRegion?.id !== region.id)
      throw InspectionErrors.notAssignedRegion(group.name, region.name, group.assignedRegion?.name ?? null);
    const outside = props.units.filter((u) => u.region?.id !== region.id).map((u) => u.name);
    if (outside.length > 0) throw InspectionErrors.invalid('unitIds', M.notUnitsOf(region.name, outside));
    if (!isPlausibleDate(props.visitedOn)) throw InspectionErrors.implausibleDate('visitedOn', props.visitedOn);
    if (props.visitedOn > today) throw InspectionErrors.futureDate('visitedOn', props.visitedOn);
    if (props.kind === VisitKind.RETURN_VISIT && !props.visitedBefore) throw InspectionErrors.noEarlierVisit(region.name, props.visitedOn);
    if (props.methods.length === 0) throw InspectionErrors.invalid('methods', M.methodRequired);
    if (props.summary.trim().length > 10_000) throw InspectionErrors.invalidText('summary', 'A summary', 10_000);
    this.round = group.round;
    this.group = group;
    this.region = region;
    this.visitedOn = props.visitedOn;
    this.kind = props.kind;
    this.methods = [...new Set(props.methods)];
    this.unitIds = [...new Set(props.units.map((u) => u.id))];
    this.summary = props.summary.trim();
    this.recordedBy = props.recordedBy;
  }
}
