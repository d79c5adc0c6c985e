import { OpinionEvidenceResolver } from './risk-assessment.evidence.js';
import { assessmentReport } from './assessment-report.js';
import { AssessmentReportResolver } from './assessment-report.resolver.js';
import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import type { RiskAssessmentErrorCode } from './risk-assessment.errors.js';
import { seedMajorDecisions } from './risk-assessment.seed.js';
import { AssessmentAuthor } from './assessment-author.entity.js';
import { DecisionRecord } from './decision-record.entity.js';
import { DimensionFinding } from './dimension-finding.entity.js';
import { FollowUpReview } from './follow-up-review.entity.js';
import { MajorDecision } from './major-decision.entity.js';
import { MitigationMeasure } from './mitigation-measure.entity.js';
import { OpinionCollection } from './opinion-collection.entity.js';
import { RiskAssessment } from './risk-assessment.entity.js';
import { riskAssessmentCodes, riskAssessmentMessages } from './risk-assessment.messages.js';
import { riskAssessmentLoaders } from './risk-assessment.loaders.js';
import { DecisionRecordResolver } from './decision-record.resolver.js';
import { FollowUpReviewResolver } from './follow-up-review.resolver.js';
import { MajorDecisionResolver } from './major-decision.resolver.js';
import { MitigationMeasureResolver } from './mitigation-measure.resolver.js';
import { RiskAssessmentResolver } from './risk-assessment.resolver.js';
import { RiskMatrixResolver } from './risk-matrix.resolver.js';
import { RiskPointResolver } from './risk-point.resolver.js';
import { RiskPoint } from './risk-point.entity.js';

/** Major matters, their social-stability risk assessments (稳评) and the assess-before-decide rule. */
export const riskAssessmentModule = defineModule({
  name: 'riskAssessment',
  entities: [
    MajorDecision,
    RiskAssessment,
    AssessmentAuthor,
    OpinionCollection,
    DimensionFinding,
    RiskPoint,
    MitigationMeasure,
    DecisionRecord,
    FollowUpReview,
  ],
  resolvers: [
    MajorDecisionResolver,
    DecisionRecordResolver,
    FollowUpReviewResolver,
    RiskAssessmentResolver,
    RiskPointResolver,
    MitigationMeasureResolver,
    RiskMatrixResolver,
    AssessmentReportResolver,
    OpinionEvidenceResolver,
  ],
  exporters: [assessmentReport],
  loaders: riskAssessmentLoaders,
  errorCodes: riskAssessmentCodes satisfies ErrorCodeDescriptions<RiskAssessmentErrorCode>,
  messages: riskAssessmentMessages,
  seed: seedMajorDecisions,
});
