import { FeedbackEvidenceResolver } from './notices/feedback-evidence.js';
import { noticesExporter, rankingExporter } from './inspection-export.js';
import { InspectionExportResolver } from './inspection-export.resolver.js';
import { noticeDocument } from './notices/notice-document.js';
import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import type { InspectionErrorCode } from './inspection.errors.js';
import { EvaluationWeights } from './evaluation/evaluation-weights.entity.js';
import { EvaluationWeightsResolver } from './evaluation/evaluation-weights.resolver.js';
import { RegionEvaluation } from './evaluation/region-evaluation.entity.js';
import { RegionEvaluationResolver } from './evaluation/region-evaluation.resolver.js';
import { inspectionCodes, inspectionMessages } from './inspection.messages.js';
import { inspectionLoaders } from './inspection.loaders.js';
import { seedInspections } from './inspection.seed.js';
import { RectificationFeedback } from './notices/rectification-feedback.entity.js';
import { RectificationFeedbackResolver } from './notices/rectification-feedback.resolver.js';
import { RectificationNotice } from './notices/rectification-notice.entity.js';
import { RectificationNoticeResolver } from './notices/rectification-notice.resolver.js';
import { RectificationResolver } from './notices/rectification.resolver.js';
import { GroupMember } from './rounds/group-member.entity.js';
import { GroupMemberResolver } from './rounds/group-member.resolver.js';
import { InspectionGroup } from './rounds/inspection-group.entity.js';
import { InspectionGroupResolver } from './rounds/inspection-group.resolver.js';
import { InspectionRound } from './rounds/inspection-round.entity.js';
import { InspectionRoundResolver } from './rounds/inspection-round.resolver.js';
import { RotationAssignmentResolver } from './rounds/rotation-assignment.resolver.js';
import { GenerateRotationPayloadResolver } from './rounds/generate-rotation.payload.js';
import { RotationResolver } from './rounds/rotation.resolver.js';
import { Finding } from './visits/finding.entity.js';
import { FindingResolver } from './visits/finding.resolver.js';
import { InspectionVisit } from './visits/inspection-visit.entity.js';
import { InspectionVisitResolver } from './visits/inspection-visit.resolver.js';
import { TaskCheck } from './visits/task-check.entity.js';
import { TaskCheckResolver } from './visits/task-check.resolver.js';

/**
 * Rotating inspections (推磨式督察), in four sub-features: rounds/ (rounds, groups, members and the
 * ring), visits/ (visits, task checks, findings), notices/ (rectification notices and feedback) and
 * evaluation/ (the regions' yearly evaluation and its weights).
 */
export const inspectionModule = defineModule({
  name: 'inspection',
  entities: [
    InspectionRound,
    InspectionGroup,
    GroupMember,
    InspectionVisit,
    TaskCheck,
    Finding,
    RectificationNotice,
    RectificationFeedback,
    RegionEvaluation,
    EvaluationWeights,
  ],
  resolvers: [
    FeedbackEvidenceResolver,
    InspectionRoundResolver,
    RotationResolver,
    GenerateRotationPayloadResolver,
    InspectionGroupResolver,
    GroupMemberResolver,
    RotationAssignmentResolver,
    InspectionVisitResolver,
    TaskCheckResolver,
    FindingResolver,
    RectificationNoticeResolver,
    RectificationResolver,
    RectificationFeedbackResolver,
    RegionEvaluationResolver,
    EvaluationWeightsResolver,
    InspectionExportResolver,
  ],
  exporters: [noticesExporter, rankingExporter, noticeDocument],
  loaders: inspectionLoaders,
  errorCodes: inspectionCodes satisfies ErrorCodeDescriptions<InspectionErrorCode>,
  messages: inspectionMessages,
  seed: seedInspections,
});
