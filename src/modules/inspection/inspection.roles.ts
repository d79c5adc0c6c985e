import { Role } from '../../shared/auth/role.js';

// Who does what in the inspections; every signed-in user may read them.

/** Commission staff run the rounds: groups, members, the rotation, start and close. */
export const ROUND_RUNNERS = [Role.COMMISSION_STAFF];

/** Inspectors and commission staff record what the groups saw and found, and judge the feedback. */
export const INSPECTORS = [Role.INSPECTOR, Role.COMMISSION_STAFF];

/** Officers of the responsible unit rectify (and only for their own unit). */
export const RECTIFIERS = [Role.UNIT_OFFICER];

/** Commission staff keep the evaluation. */
export const EVALUATORS = [Role.COMMISSION_STAFF];

/** The weights are the commission staff's and the admins'. */
export const WEIGHT_KEEPERS = [Role.COMMISSION_STAFF, Role.ADMIN];
