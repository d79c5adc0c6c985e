import { requireText } from '../../shared/domain/values.js';
import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { OpinionMethod } from './risk-assessment.enums.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { RiskAssessment } from './risk-assessment.entity.js';

/** How and from whom opinions were collected for an assessment. */
@Entity({ tableName: 'opinion_collection' })
@Index({ properties: ['assessment', 'id'] })
export class OpinionCollection {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => RiskAssessment)
  assessment: Rel<RiskAssessment>;

  @Enum({ items: () => OpinionMethod, type: 'text' })
  method: OpinionMethod;

  @Property({ type: 'date' })
  startedOn: string;

  @Property({ type: 'date' })
  endedOn: string;

  @Property({ type: 'integer' })
  respondents: number;

  @Property({ type: 'text' })
  summary: string;

  constructor(props: {
    assessment: RiskAssessment;
    method: OpinionMethod;
    startedOn: string;
    endedOn: string;
    respondents: number;
    summary: string;
  }) {
    if (props.endedOn < props.startedOn) throw RiskErrors.invalidPeriod();
    if (!Number.isInteger(props.respondents) || props.respondents < 0) throw RiskErrors.invalidCount('respondents', props.respondents);
    const summary = requireText(props.summary, 4000, () => RiskErrors.invalidText('summary', 'A summary', 4000));
    this.assessment = props.assessment;
    this.method = props.method;
    this.startedOn = props.startedOn;
    this.endedOn = props.endedOn;
    this.respondents = props.respondents;
    this.summary = summary;
  }
}
