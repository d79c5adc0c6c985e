import type { Context, Viewer } from '../../shared/context.js';
import { hasRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { userMessages } from './user.messages.js';

/**
 * Who someone is (name, unit) is visible to every signed-in user, so that a decision, an author or an
 * event can name its person; what they may do (roles) only to themselves and to admins.
 */
export function canSeeAccount(viewer: Viewer, userKey: string): boolean {
  return userKey === viewer.key || hasRole(viewer, Role.ADMIN);
}

/** Accounts are the admins' alone: FORBIDDEN for anyone else, before anything is read. */
export function requireAdmin(ctx: Context): void {
  requireRole(ctx, [Role.ADMIN], userMessages.manageAccounts);
}
