import { requireText } from '../../shared/domain/values.js';
import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { Unit } from '../unit/index.js';
import { RecognitionLevel, ReformCaseStatus } from './reform-case.enums.js';
import { ReformCaseErrors, type ReformCaseLabel } from './reform-case.errors.js';

/** A selection decision: selected or not, and for a selected case who recognised it at what level. */
export interface CaseDecision {
  selected: boolean;
  level?: RecognitionLevel | null;
  recognizedBy?: string | null;
}

const text = (value: string, field: string, what: ReformCaseLabel, max: number) =>
  requireText(value, max, () => ReformCaseErrors.invalidText(field, what, max));

/** A reform case (改革案例) a unit cultivates and submits for selection. */
@Entity({ tableName: 'reform_case' })
@Index({ properties: ['unit', 'id'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['title', 'id'] })
export class ReformCase extends BaseEntity {
  @ManyToOne(() => Unit)
  unit: Rel<Unit>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  @Enum({ items: () => ReformCaseStatus, type: 'text' })
  status: ReformCaseStatus = ReformCaseStatus.CULTIVATING;

  @Enum({ items: () => RecognitionLevel, type: 'text', nullable: true })
  recognitionLevel: RecognitionLevel | null = null;

  @Property({ type: 'text', nullable: true })
  recognizedBy: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  decidedAt: Date | null = null;

  constructor(props: { unit: Unit; title: string; summary: string }) {
    super();
    this.unit = props.unit;
    this.title = text(props.title, 'title', 'A title', 200);
    this.summary = text(props.summary, 'summary', 'A summary', 4000);
  }

  /** CULTIVATING → SUBMITTED, `now`. */
  submit(now: Date): void {
    if (this.status !== ReformCaseStatus.CULTIVATING) throw ReformCaseErrors.invalidTransition('submitted', this.status);
    this.status = ReformCaseStatus.SUBMITTED;
    this.submittedAt = now;
  }

  /**
   * Decides a submitted case, `now`: SELECTED with the level and the body that recognised it (both
   * required), or NOT_SELECTED with neither.
   */
  decide(decision: CaseDecision, now: Date): void {
    const { selected, level, recognizedBy } = decision;
    if (this.status !== ReformCaseStatus.SUBMITTED)
      throw ReformCaseErrors.invalidTransition(selected ? 'selected' : 'turned down', this.status);
    // A level without a body (or the reverse) is an incomplete recognition.
    if ((level == null) !== (recognizedBy == null)) throw ReformCaseErrors.recognitionRequired();
    if (selected && level == null) throw ReformCaseErrors.recognitionRequired();
    if (!selected && level != null) throw ReformCaseErrors.recognitionWithoutSelection();
    this.status = selected ? ReformCaseStatus.SELECTED : ReformCaseStatus.NOT_SELECTED;
    this.recognitionLevel = level ?? null;
    this.recognizedBy = recognizedBy != null ? text(recognizedBy, 'recognizedBy', 'The recognising body', 200) : null;
    this.decidedAt = now;
  }
}
