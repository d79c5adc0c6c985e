import { Check, Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../../shared/db/base.entity.js';
import { Region } from '../../unit/index.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';

/**
 * A region's evaluation for a year: the daily-performance score commission staff enter, and what
 * the evaluation computes in SQL from the year's round (evaluation.sql.ts). Scores are numeric(6,2).
 */
@Entity({ tableName: 'region_evaluation' })
@Check({ name: 'region_evaluation_daily_score_range', expression: 'daily_score >= 0 and daily_score <= 100' })
@Unique({ properties: ['region', 'year'] })
@Index({ properties: ['year', 'rank', 'id'] })
export class RegionEvaluation extends BaseEntity {
  @ManyToOne(() => Region)
  region: Rel<Region>;

  @Property({ type: 'integer' })
  year: number;

  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true })
  dailyScore: string | null = null;

  @Property({ type: 'text' })
  dailyNotes = '';

  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true })
  inspectionScore: string | null = null;

  @Property({ type: 'integer' })
  checks = 0;

  @Property({ type: 'integer' })
  minorFindings = 0;

  @Property({ type: 'integer' })
  seriousFindings = 0;

  @Property({ type: 'integer' })
  criticalFindings = 0;

  @Property({ type: 'integer' })
  notices = 0;

  @Property({ type: 'integer' })
  noticesClosedOnTime = 0;

  @Property({ type: 'integer' })
  noticesClosedLate = 0;

  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true })
  rectificationScore: string | null = null;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  deduction = '0';

  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true })
  total: string | null = null;

  /** Place in the year's ranking (ties share a place); 0 until first computed. */
  @Property({ type: 'integer' })
  rank = 0;

  @Property({ type: 'datetime', length: 3, nullable: true })
  computedAt: Date | null = null;

  constructor(region: Rel<Region>, year: number) {
    super();
    this.region = region;
    this.year = year;
  }

  setDailyScore(score: number, notes: string): void {
    if (!Number.isFinite(score) || score < 0 || score > 100) throw InspectionErrors.invalid('score', M.scoreRange);
    if (notes.trim().length > 4000) throw InspectionErrors.invalidText('notes', 'Notes', 4000);
    this.dailyScore = score.toFixed(2);
    this.dailyNotes = notes.trim();
  }
}
