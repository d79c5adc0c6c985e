import { keyOf } from '../../shared/graphql/global-id.js';

// The module's global IDs as mutation inputs name them; a wrong one is BAD_USER_INPUT on that field.

export const decisionKeyOf = (id: string) => keyOf(id, 'MajorDecision', 'input.decisionId');
export const assessmentKeyOf = (id: string) => keyOf(id, 'RiskAssessment', 'input.assessmentId');
export const pointKeyOf = (id: string) => keyOf(id, 'RiskPoint', 'input.pointId');

/** A matter's reference (事项编号): `ZD` and its row key, six digits at least. */
export function matterCode(key: string): string {
  return `ZD${key.padStart(6, '0')}`;
}
