import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DecisionCategoryResolver } from './modules/decision-category/decision-category.resolver.js';
import { PersonResolver } from './modules/unit/person.resolver.js';
import { RegionResolver } from './modules/unit/region.resolver.js';
import { UnitResolver } from './modules/unit/unit.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';
import { NodeResolver } from './shared/graphql/node.resolver.js';
import {
  LeadUnitTallyResolver,
  LedgerResolver,
  LedgerSectionResolver,
  LedgerSummaryResolver,
  SectionTallyResolver,
  UnitWorkloadResolver,
} from './modules/reform-ledger/reform-ledger.resolver.js';
import { ReformTaskResolver, TaskProgressReportResolver, UnitTasksResolver } from './modules/reform-ledger/reform-task.resolver.js';
import { LedReformResolver } from './modules/led-reform/led-reform.resolver.js';
import { GuidanceVisitResolver, ReformCaseResolver } from './modules/reform-case/reform-case.resolver.js';
import {
  DecisionRecordResolver,
  MajorDecisionResolver,
  MitigationMeasureResolver,
  RiskAssessmentResolver,
  RiskPointResolver,
} from './modules/risk-assessment/risk-assessment.resolver.js';
import {
  ActionItemResolver,
  CoordinationIssueResolver,
  FundObligationResolver,
  IssueParticipantResolver,
  MeetingResolver,
} from './modules/coordination/coordination.resolver.js';
import {
  GroupMemberResolver,
  InspectionGroupResolver,
  InspectionRoundResolver,
  RotationAssignmentResolver,
} from './modules/inspection/round.resolver.js';
import { FindingResolver, InspectionVisitResolver, TaskCheckResolver } from './modules/inspection/visit.resolver.js';
import { RectificationNoticeResolver } from './modules/inspection/notice.resolver.js';
import { RegionEvaluationResolver } from './modules/inspection/evaluation.resolver.js';

/** Every resolver of the graph; a module adds its own here. */
const resolvers = [
  NodeResolver,
  UnitResolver,
  RegionResolver,
  PersonResolver,
  UserResolver,
  DecisionCategoryResolver,
  LedgerResolver,
  LedgerSectionResolver,
  LedgerSummaryResolver,
  SectionTallyResolver,
  LeadUnitTallyResolver,
  UnitWorkloadResolver,
  ReformTaskResolver,
  TaskProgressReportResolver,
  UnitTasksResolver,
  LedReformResolver,
  ReformCaseResolver,
  GuidanceVisitResolver,
  MajorDecisionResolver,
  DecisionRecordResolver,
  RiskAssessmentResolver,
  RiskPointResolver,
  MitigationMeasureResolver,
  CoordinationIssueResolver,
  IssueParticipantResolver,
  FundObligationResolver,
  ActionItemResolver,
  MeetingResolver,
  InspectionRoundResolver,
  InspectionGroupResolver,
  GroupMemberResolver,
  RotationAssignmentResolver,
  InspectionVisitResolver,
  TaskCheckResolver,
  FindingResolver,
  RectificationNoticeResolver,
  RegionEvaluationResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The SDL committed at schema/schema.graphql: sorted, so it changes only when the graph does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
