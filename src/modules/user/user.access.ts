import type { Viewer } from '../../context.js';
import { hasRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';

/** A user is visible to themselves and to admins; to anyone else it reads as absent. */
export function canSeeUser(viewer: Viewer, userKey: string): boolean {
  return userKey === viewer.key || hasRole(viewer, Role.ADMIN);
}
