import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { User } from '../user/index.js';
import { AssessmentAuthor } from './assessment-author.entity.js';
import { DimensionFinding } from './dimension-finding.entity.js';
import { MajorDecision } from './major-decision.entity.js';
import { OpinionCollection } from './opinion-collection.entity.js';
import {
  AssessmentStatus,
  DecisionProcedure,
  OpinionMethod,
  ReviewVerdict,
  RiskDimension,
  type RiskLevel,
} from './risk-assessment.enums.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { riskAssessmentMessages } from './risk-assessment.messages.js';
import type { Text } from '../../shared/i18n/text.js';
import { levelOfPoints } from './risk-matrix.js';
import { RiskPoint } from './risk-point.entity.js';

/** A social-stability risk assessment (稳评) of one version of a major matter's plan. */
@Entity({ tableName: 'risk_assessment' })
@Index({ properties: ['decision', 'id'] })
export class RiskAssessment extends BaseEntity {
  @ManyToOne(() => MajorDecision)
  decision: Rel<MajorDecision>;

  @Enum({ items: () => AssessmentStatus, type: 'text' })
  status: AssessmentStatus = AssessmentStatus.DRAFT;

  @ManyToMany({ entity: () => User, pivotEntity: () => AssessmentAuthor })
  authors = new Collection<User>(this);

  @OneToMany(() => OpinionCollection, (c) => c.assessment)
  opinionCollections = new Collection<OpinionCollection>(this);

  @OneToMany(() => RiskPoint, (p) => p.assessment, { orphanRemoval: true })
  points = new Collection<RiskPoint>(this);

  @OneToMany(() => DimensionFinding, (f) => f.assessment)
  findings = new Collection<DimensionFinding>(this);

  @Property({ type: 'datetime', length: 3, nullable: true })
  submittedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  reviewer: Rel<User> | null = null;

  @Enum({ items: () => ReviewVerdict, type: 'text', nullable: true })
  verdict: ReviewVerdict | null = null;

  @Property({ type: 'text', nullable: true })
  reviewComments: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  reviewedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  filedBy: Rel<User> | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  filedAt: Date | null = null;

  constructor(decision: Rel<MajorDecision>, author: Rel<User>) {
    super();
    this.decision = decision;
    this.authors.add(author);
  }

  get isFiled(): boolean {
    return this.status === AssessmentStatus.FILED;
  }

  /** Submitted for review or filed: its content is fixed. */
  get isSubmitted(): boolean {
    return this.status === AssessmentStatus.IN_REVIEW || this.status === AssessmentStatus.FILED;
  }

  get isStale(): boolean {
    return this.status === AssessmentStatus.STALE;
  }

  /** The assessment's level: the highest of its points', never typed in. */
  get level(): RiskLevel {
    return levelOfPoints(this.points.getItems());
  }

  /** Someone changes the content: allowed while DRAFT, or RETURNED (which makes it a DRAFT again). */
  edit(author: User): void {
    if (this.status === AssessmentStatus.RETURNED) this.status = AssessmentStatus.DRAFT;
    if (this.status !== AssessmentStatus.DRAFT) throw RiskErrors.assessmentStatus('changed', this.status);
    if (!this.authors.contains(author)) this.authors.add(author);
  }

  /** What is still missing before review: every dimension addressed; for FULL, public opinions and an expert consultation. */
  missing(procedure: DecisionProcedure): Text[] {
    const addressed = new Set([...this.points.getItems().map((p) => p.dimension), ...this.findings.getItems().map((f) => f.dimension)]);
    const missing = Object.values(RiskDimension)
      .filter((d) => !addressed.has(d))
      .map((d) => riskAssessmentMessages.missingDimension(d));
    if (procedure === DecisionProcedure.FULL) {
      const methods = this.opinionCollections.getItems().map((c) => c.method);
      if (!methods.some((m) => m !== OpinionMethod.EXPERT_CONSULTATION)) missing.push(riskAssessmentMessages.missingPublicOpinion);
      if (!methods.includes(OpinionMethod.EXPERT_CONSULTATION)) missing.push(riskAssessmentMessages.missingExpertConsultation);
    }
    return missing;
  }

  /** Submits for review; whoever submits counts as an author, and so may not review it. */
  submit(procedure: DecisionProcedure, submitter: Rel<User>, now: Date): void {
    if (this.status !== AssessmentStatus.DRAFT) throw RiskErrors.assessmentStatus('submitted', this.status);
    if (!this.authors.contains(submitter)) this.authors.add(submitter);
    const missing = this.missing(procedure);
    if (missing.length > 0) throw RiskErrors.incomplete(missing);
    this.status = AssessmentStatus.IN_REVIEW;
    this.submittedAt = now;
    this.verdict = null;
    this.reviewer = null;
    this.reviewComments = null;
    this.reviewedAt = null;
  }

  /** Expert review by someone who wrote none of it (编审分离). */
  review(reviewer: User, verdict: ReviewVerdict, comments: string, now: Date): void {
    if (this.status !== AssessmentStatus.IN_REVIEW || this.verdict !== null)
      throw RiskErrors.assessmentStatus('reviewed', this.verdict ? riskAssessmentMessages.alreadyReviewed(this.status) : this.status);
    if (this.authors.contains(reviewer)) throw RiskErrors.reviewerConflict();
    const trimmed = comments.trim();
    if (trimmed.length > 4000) throw RiskErrors.invalidText('comments', 'Comments', 4000);
    this.reviewer = reviewer;
    this.verdict = verdict;
    this.reviewComments = trimmed || null;
    this.reviewedAt = now;
    if (verdict === ReviewVerdict.RETURN) this.status = AssessmentStatus.RETURNED;
  }

  /** Filing (备案) with the commission: only a passed review can be filed. */
  file(by: User, now: Date): void {
    if (this.status !== AssessmentStatus.IN_REVIEW || this.verdict !== ReviewVerdict.PASS) {
      throw RiskErrors.assessmentStatus(
        'filed',
        this.status === AssessmentStatus.IN_REVIEW ? riskAssessmentMessages.reviewNotPassed : this.status,
      );
    }
    this.status = AssessmentStatus.FILED;
    this.filedBy = by;
    this.filedAt = now;
  }

  /** The plan it assessed changed, or the matter was postponed: a new assessment is needed. */
  makeStale(): void {
    this.status = AssessmentStatus.STALE;
  }
}
