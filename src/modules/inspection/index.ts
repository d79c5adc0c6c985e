import { defineModule } from '../../shared/module.js';
import { seedInspections } from './inspection.seed.js';
import { EvaluationWeights } from './evaluation-weights.entity.js';
import { RegionEvaluationResolver } from './evaluation.resolver.js';
import { Finding } from './finding.entity.js';
import { GroupMember } from './group-member.entity.js';
import { InspectionGroup } from './inspection-group.entity.js';
import { InspectionRound } from './inspection-round.entity.js';
import { InspectionVisit } from './inspection-visit.entity.js';
import { inspectionErrorDescriptions } from './inspection.errors.js';
import { inspectionLoaders } from './inspection.loaders.js';
import { RectificationNoticeResolver } from './notice.resolver.js';
import { RectificationFeedback } from './rectification-feedback.entity.js';
import { RectificationNotice } from './rectification-notice.entity.js';
import { RegionEvaluation } from './region-evaluation.entity.js';
import { GroupMemberResolver, InspectionGroupResolver, InspectionRoundResolver, RotationAssignmentResolver } from './round.resolver.js';
import { TaskCheck } from './task-check.entity.js';
import { FindingResolver, InspectionVisitResolver, TaskCheckResolver } from './visit.resolver.js';

/** Rotating inspections (推磨式督察): rounds and the ring, visits and findings, notices, evaluations. */
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
    InspectionRoundResolver,
    InspectionGroupResolver,
    GroupMemberResolver,
    RotationAssignmentResolver,
    InspectionVisitResolver,
    TaskCheckResolver,
    FindingResolver,
    RectificationNoticeResolver,
    RegionEvaluationResolver,
  ],
  loaders: inspectionLoaders,
  errorCodes: inspectionErrorDescriptions,
  seed: seedInspections,
});
