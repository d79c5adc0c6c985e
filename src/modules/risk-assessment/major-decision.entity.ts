import { requireText } from '../../shared/domain/values.js';
import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { DecisionCategory } from '../decision-category/index.js';
import { Unit } from '../unit/index.js';
import type { User } from '../user/index.js';
import { factsOf } from './decision-facts.js';
import { DecisionRecord } from './decision-record.entity.js';
import { blockersFor, earliestReviewOn, followUpAfter, type DecisionFacts } from './decision-rules.js';
import { FollowUpReview } from './follow-up-review.entity.js';
import { DecisionOutcome, DecisionProcedure, DecisionStatus } from './risk-assessment.enums.js';
import { RiskAssessmentError, RiskErrors, type RiskLabel } from './risk-assessment.errors.js';
import { RiskAssessment } from './risk-assessment.entity.js';

const text = (value: string, field: string, what: RiskLabel, max: number) =>
  requireText(value, max, () => RiskErrors.invalidText(field, what, max));

/** A major matter (重大决策事项) that needs a filed risk assessment before its decision body decides. */
@Entity({ tableName: 'major_decision' })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['decisionBody', 'id'] })
@Index({ properties: ['assessingUnit', 'id'] })
@Index({ properties: ['nextFollowUpDue'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['title', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class MajorDecision extends BaseEntity {
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => DecisionCategory)
  category!: Rel<DecisionCategory>;

  @Property({ type: 'text' })
  planText!: string;

  /** 决策主体. */
  @ManyToOne(() => Unit)
  decisionBody: Rel<Unit>;

  /** 评估主体. */
  @ManyToOne(() => Unit)
  assessingUnit: Rel<Unit>;

  @Enum({ items: () => DecisionProcedure, type: 'text' })
  procedure: DecisionProcedure;

  @Enum({ items: () => DecisionStatus, type: 'text' })
  status: DecisionStatus = DecisionStatus.DRAFT;

  /** The assessment the matter is (or will be) decided on; earlier ones stay on record. */
  @ManyToOne(() => RiskAssessment, { nullable: true, deleteRule: 'set null' })
  currentAssessment: Rel<RiskAssessment> | null = null;

  /** After approval: when the next follow-up review falls due. */
  @Property({ type: 'date', nullable: true })
  nextFollowUpDue: string | null = null;

  constructor(props: {
    title: string;
    category: DecisionCategory;
    planText: string;
    decisionBody: Unit;
    assessingUnit: Unit;
    procedure: DecisionProcedure;
  }) {
    super();
    this.title = text(props.title, 'title', 'A title', 200);
    this.revisePlan(props.planText, props.category);
    this.decisionBody = props.decisionBody;
    this.assessingUnit = props.assessingUnit;
    this.procedure = props.procedure;
  }

  get isFinal(): boolean {
    return this.status === DecisionStatus.DECIDED;
  }

  /**
   * Changes the plan or category. An assessment already submitted (in review or filed) no longer
   * describes the plan: it turns STALE and the matter goes back to ASSESSING. A draft is still being
   * written and simply goes on. Returns the assessment made stale, if any.
   */
  revisePlan(planText: string, category: DecisionCategory): RiskAssessment | null {
    if (this.isFinal) throw RiskErrors.final();
    const plan = text(planText, 'planText', 'The plan', 20_000);
    const changed = plan !== this.planText || category !== this.category;
    this.planText = plan;
    this.category = category;
    const assessment = this.currentAssessment;
    if (!changed || !assessment?.isSubmitted) return null;
    assessment.makeStale();
    this.status = DecisionStatus.ASSESSING;
    return assessment;
  }

  /** A new assessment starts: allowed while none is under way or the current one is stale. */
  beginAssessment(assessment: RiskAssessment): void {
    if (this.isFinal) throw RiskErrors.final();
    if (this.currentAssessment && !this.currentAssessment.isStale)
      throw RiskErrors.decisionStatus('start another assessment while one is under way', this.currentAssessment.status);
    this.currentAssessment = assessment;
    this.status = DecisionStatus.ASSESSING;
  }

  /** The current assessment was filed: the matter may now be decided. */
  assessmentFiled(): void {
    this.status = DecisionStatus.READY;
  }

  /** What the assess-before-decide rule looks at: this matter and its current assessment, points and mitigations (loaded). */
  facts(): DecisionFacts {
    const points = this.currentAssessment?.points.getItems() ?? [];
    return factsOf(
      this.status,
      this.currentAssessment,
      points,
      points.map((p) => p.mitigations.getItems()),
    );
  }

  /**
   * Decides the matter by the assess-before-decide rule (`blockersFor`): refused without a FILED
   * assessment, on HIGH risk for APPROVE, on MEDIUM risk without actionable mitigations, and once
   * decided. APPROVE and REJECT are final; APPROVE sets the first follow-up review 90 (MEDIUM) or
   * 180 (LOW) days from `today`. POSTPONE (暂缓) makes the assessment STALE and sends the matter back
   * to DRAFT, to revise the plan and assess again. Returns the record of the decision.
   */
  decide(outcome: DecisionOutcome, rationale: string, by: User, now: Date, today: string): DecisionRecord {
    const [blocker] = blockersFor(this.facts(), outcome);
    if (blocker) throw new RiskAssessmentError(blocker.code, blocker.text, ['input', 'outcome']);
    const assessment = this.currentAssessment;
    if (!assessment) throw RiskErrors.notFound('assessment', 'decisionId');
    const level = assessment.level;
    const record = new DecisionRecord({
      decision: this,
      outcome,
      rationale: text(rationale, 'rationale', 'A rationale', 4000),
      decidedBy: by,
      decidedAt: now,
      assessment,
      level,
    });
    if (outcome === DecisionOutcome.POSTPONE) {
      assessment.makeStale();
      this.status = DecisionStatus.DRAFT;
    } else {
      this.status = DecisionStatus.DECIDED;
      if (outcome === DecisionOutcome.APPROVE) this.nextFollowUpDue = followUpAfter(today, level);
    }
    return record;
  }

  /**
   * Records a follow-up review of the approved matter. The review speaks for a day from the
   * approval (or the last review, if later) to `today`; the next one falls due 90 (MEDIUM) or 180
   * (LOW) days after it. Returns the review.
   */
  recordFollowUp(
    review: { reviewedOn: string; findings: string },
    reviewer: User,
    history: { approvedOn: string | null; lastReviewedOn: string | null },
    now: Date,
    today: string,
  ): FollowUpReview {
    const assessment = this.currentAssessment;
    if (this.nextFollowUpDue === null || !assessment || history.approvedOn === null)
      throw RiskErrors.decisionStatus('have follow-up reviews before it is approved', this.status);
    const earliest = earliestReviewOn(history.approvedOn, history.lastReviewedOn);
    if (review.reviewedOn < earliest || review.reviewedOn > today) throw RiskErrors.reviewDate(review.reviewedOn, earliest, today);
    const followUp = new FollowUpReview({
      decision: this,
      reviewedOn: review.reviewedOn,
      findings: text(review.findings, 'findings', 'Findings', 4000),
      reviewer,
      createdAt: now,
    });
    this.nextFollowUpDue = followUpAfter(review.reviewedOn, assessment.level);
    return followUp;
  }
}
