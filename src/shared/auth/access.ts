import type { Context, Viewer } from '../context.js';
import { forbidden } from '../graphql/errors.js';
import type { Role } from './role.js';

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

/** Refuses (FORBIDDEN, before anything is read or written) unless the viewer holds one of the roles. */
export function requireRole(ctx: Context, roles: Role[], action: string): Viewer {
  if (!hasRole(ctx.viewer, ...roles)) {
    throw forbidden(`Only ${roles.join(' or ')} may ${action}.`);
  }
  return ctx.viewer;
}
