import type { Context, Viewer } from '../context.js';
import { forbidden } from '../graphql/errors.js';
import { platformMessages, rolesPhrase } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import type { Role } from './role.js';

/** Whether the viewer holds any of the roles, for whichever unit. */
export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.grants.some((grant) => roles.includes(grant.role));
}

/**
 * Whether the viewer holds `role` for the unit: a grant for that very unit (an officer of *this*
 * unit, a decision maker of *this* body), or a province-wide grant of the role.
 */
export function holdsRole(viewer: Viewer, role: Role, unitKey: string): boolean {
  return viewer.grants.some((grant) => grant.role === role && (grant.unitKey === null || grant.unitKey === unitKey));
}

/** The units the viewer acts for: the unit they work for and every unit they hold a role for. */
export function unitsOf(viewer: Viewer): string[] {
  const units = new Set(viewer.grants.flatMap((grant) => (grant.unitKey === null ? [] : [grant.unitKey])));
  if (viewer.unitKey !== null) units.add(viewer.unitKey);
  return [...units];
}

/** Refuses (FORBIDDEN, before anything is read or written) unless the viewer holds one of the roles. */
export function requireRole(ctx: Context, roles: Role[], action: Text): Viewer {
  if (!hasRole(ctx.viewer, ...roles)) {
    throw forbidden(platformMessages.onlyRoles(rolesPhrase(roles), action));
  }
  return ctx.viewer;
}
