import { registerEnumType } from 'type-graphql';

/** docs/domain.md, “Roles and access”. A user holds one or more roles; writes check role and unit. */
export enum Role {
  ADMIN = 'ADMIN',
  COMMISSION_STAFF = 'COMMISSION_STAFF',
  UNIT_OFFICER = 'UNIT_OFFICER',
  ASSESSOR = 'ASSESSOR',
  EXPERT_REVIEWER = 'EXPERT_REVIEWER',
  DECISION_MAKER = 'DECISION_MAKER',
  COORDINATOR = 'COORDINATOR',
  INSPECTOR = 'INSPECTOR',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    ADMIN: { description: 'Administers units, users and reference data.' },
    COMMISSION_STAFF: {
      description: 'Staff of the political-legal affairs commission: keep the ledger, accept deliverables, run inspections.',
    },
    UNIT_OFFICER: { description: 'Officer of a unit: reports on and submits the tasks of their own unit.' },
    ASSESSOR: { description: 'Carries out social-stability risk assessments.' },
    EXPERT_REVIEWER: { description: 'Reviews risk assessments they did not write.' },
    DECISION_MAKER: { description: 'Decides major matters for their decision body.' },
    COORDINATOR: { description: 'Drives cross-department coordination issues to closure.' },
    INSPECTOR: { description: 'Member of a rotating inspection group.' },
    VIEWER: { description: 'Reads only.' },
  },
});

/**
 * Roles held for a unit: an officer of *this* unit, an assessor of *this* assessing unit, a decision
 * maker of *this* decision body. A grant of one of these names its unit; every other role is held
 * province-wide and names none.
 */
export const UNIT_BOUND_ROLES: readonly Role[] = [Role.UNIT_OFFICER, Role.ASSESSOR, Role.DECISION_MAKER];

export function isUnitBound(role: Role): boolean {
  return UNIT_BOUND_ROLES.includes(role);
}
