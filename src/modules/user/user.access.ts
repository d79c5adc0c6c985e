import type { Viewer } from '../../shared/context.js';
import { hasRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';

/**
 * Who someone is (name, unit) is visible to every signed-in user, so that a decision, an author or an
 * event can name its person; what they may do (roles) only to themselves and to admins.
 */
export function canSeeAccount(viewer: Viewer, userKey: string): boolean {
  return userKey === viewer.key || hasRole(viewer, Role.ADMIN);
}
