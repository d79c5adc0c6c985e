import { isPlausibleDate, requireText } from '../../shared/domain/values.js';
import { ArrayType, BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { CoordinationErrors } from './coordination.errors.js';

/** A coordination meeting with its minutes (会议纪要) and resolutions. */
@Entity({ tableName: 'coordination_meeting' })
@Index({ properties: ['issue', 'heldOn', 'id'] })
export class Meeting {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => CoordinationIssue)
  issue: Rel<CoordinationIssue>;

  @Property({ type: 'date' })
  heldOn: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  minutes: string;

  /** Ids of the attending units. */
  @Property({ type: ArrayType })
  attendingUnitIds: string[];

  @Property({ type: ArrayType })
  resolutions: string[];

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(
    props: {
      issue: Rel<CoordinationIssue>;
      heldOn: string;
      title: string;
      minutes: string;
      attendingUnitIds: string[];
      resolutions: string[];
    },
    today: string,
  ) {
    if (props.heldOn > today || !isPlausibleDate(props.heldOn)) throw CoordinationErrors.implausibleDate('heldOn', props.heldOn);
    const title = requireText(props.title, 200, () => CoordinationErrors.invalidText('title', 'A title', 200));
    if (props.minutes.length > 20_000) throw CoordinationErrors.invalidText('minutes', 'The minutes', 20_000);
    this.issue = props.issue;
    this.heldOn = props.heldOn;
    this.title = title;
    this.minutes = props.minutes.trim();
    this.attendingUnitIds = props.attendingUnitIds;
    this.resolutions = props.resolutions.map((r) => r.trim()).filter(Boolean);
  }
}
