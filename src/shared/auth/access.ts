import type { Context, Viewer } from '../context.js';
import { forbidden } from '../graphql/errors.js';
import { platformMessages, rolesPhrase } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';
import type { Role } from './role.js';

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

/** Refuses (FORBIDDEN, before anything is read or written) unless the viewer holds one of the roles. */
export function requireRole(ctx: Context, roles: Role[], action: Text): Viewer {
  if (!hasRole(ctx.viewer, ...roles)) {
    throw forbidden(platformMessages.onlyRoles(rolesPhrase(roles), action));
  }
  return ctx.viewer;
}
