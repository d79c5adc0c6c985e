import { registerEnumType } from 'type-graphql';
import { commonErrorDescriptions, CommonErrorCode } from './shared/errors/domain-error.js';
import { unitErrorDescriptions, UnitErrorCode } from './modules/unit/unit.errors.js';
import { reformTaskErrorDescriptions, ReformTaskErrorCode } from './modules/reform-ledger/reform-task.errors.js';
import { ledReformErrorDescriptions, LedReformErrorCode } from './modules/led-reform/led-reform.errors.js';
import { riskAssessmentErrorDescriptions, RiskAssessmentErrorCode } from './modules/risk-assessment/risk-assessment.errors.js';
import { coordinationErrorDescriptions, CoordinationErrorCode } from './modules/coordination/coordination.errors.js';
import { inspectionErrorDescriptions, InspectionErrorCode } from './modules/inspection/inspection.errors.js';

/**
 * Every code a payload's `userErrors` can carry, gathered from the modules into one GraphQL enum
 * so frontends can switch over it exhaustively. A module adds its codes here.
 */
export const UserErrorCode = {
  ...CommonErrorCode,
  ...UnitErrorCode,
  ...ReformTaskErrorCode,
  ...LedReformErrorCode,
  ...RiskAssessmentErrorCode,
  ...CoordinationErrorCode,
  ...InspectionErrorCode,
};

const descriptions: Record<string, string> = {
  ...commonErrorDescriptions,
  ...unitErrorDescriptions,
  ...reformTaskErrorDescriptions,
  ...ledReformErrorDescriptions,
  ...riskAssessmentErrorDescriptions,
  ...coordinationErrorDescriptions,
  ...inspectionErrorDescriptions,
};

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Payloads carry these in `userErrors`; nothing is written when any is present.',
  valuesConfig: Object.fromEntries(Object.keys(UserErrorCode).map((code) => [code, { description: descriptions[code] }])),
});
