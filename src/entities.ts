import { AuditEntry } from './shared/audit/audit-entry.entity.js';
import { DecisionCategory } from './modules/decision-category/decision-category.entity.js';
import { Person } from './modules/unit/person.entity.js';
import { Region } from './modules/unit/region.entity.js';
import { Unit } from './modules/unit/unit.entity.js';
import { User } from './modules/user/user.entity.js';
import { Ledger } from './modules/reform-ledger/ledger.entity.js';
import { LedgerSection } from './modules/reform-ledger/ledger-section.entity.js';
import { ReformTask } from './modules/reform-ledger/reform-task.entity.js';
import { TaskSupport } from './modules/reform-ledger/task-support.entity.js';
import { TaskProgressReport } from './modules/reform-ledger/task-progress-report.entity.js';
import { LedReform } from './modules/led-reform/led-reform.entity.js';
import { LedReformTask } from './modules/led-reform/led-reform-task.entity.js';
import { ReformCase } from './modules/reform-case/reform-case.entity.js';
import { GuidanceVisit } from './modules/reform-case/guidance-visit.entity.js';
import { MajorDecision } from './modules/risk-assessment/major-decision.entity.js';
import { RiskAssessment } from './modules/risk-assessment/risk-assessment.entity.js';
import { AssessmentAuthor } from './modules/risk-assessment/assessment-author.entity.js';
import { OpinionCollection } from './modules/risk-assessment/opinion-collection.entity.js';
import { DimensionFinding } from './modules/risk-assessment/dimension-finding.entity.js';
import { RiskPoint } from './modules/risk-assessment/risk-point.entity.js';
import { MitigationMeasure } from './modules/risk-assessment/mitigation-measure.entity.js';
import { DecisionRecord } from './modules/risk-assessment/decision-record.entity.js';
import { FollowUpReview } from './modules/risk-assessment/follow-up-review.entity.js';
import { CoordinationIssue } from './modules/coordination/coordination-issue.entity.js';
import { IssueParticipant } from './modules/coordination/issue-participant.entity.js';
import { FundObligation } from './modules/coordination/fund-obligation.entity.js';
import { FundTransaction } from './modules/coordination/fund-transaction.entity.js';
import { Meeting } from './modules/coordination/meeting.entity.js';
import { ActionItem } from './modules/coordination/action-item.entity.js';
import { InspectionRound } from './modules/inspection/inspection-round.entity.js';
import { InspectionGroup } from './modules/inspection/inspection-group.entity.js';
import { GroupMember } from './modules/inspection/group-member.entity.js';
import { InspectionVisit } from './modules/inspection/inspection-visit.entity.js';
import { TaskCheck } from './modules/inspection/task-check.entity.js';
import { Finding } from './modules/inspection/finding.entity.js';
import { RectificationNotice } from './modules/inspection/rectification-notice.entity.js';
import { RectificationFeedback } from './modules/inspection/rectification-feedback.entity.js';
import { RegionEvaluation } from './modules/inspection/region-evaluation.entity.js';
import { EvaluationWeights } from './modules/inspection/evaluation-weights.entity.js';

/** Every entity; a module adds its own here. */
export const entities = [
  AuditEntry,
  Region,
  Unit,
  Person,
  User,
  DecisionCategory,
  Ledger,
  LedgerSection,
  ReformTask,
  TaskSupport,
  TaskProgressReport,
  LedReform,
  LedReformTask,
  ReformCase,
  GuidanceVisit,
  MajorDecision,
  RiskAssessment,
  AssessmentAuthor,
  OpinionCollection,
  DimensionFinding,
  RiskPoint,
  MitigationMeasure,
  DecisionRecord,
  FollowUpReview,
  CoordinationIssue,
  IssueParticipant,
  FundObligation,
  FundTransaction,
  Meeting,
  ActionItem,
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
];
