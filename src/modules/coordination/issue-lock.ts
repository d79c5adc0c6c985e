import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../shared/auth/role.js';
import type { Write } from '../../shared/audit/write.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { CoordinationErrors } from './coordination.errors.js';

// What the coordination services share: who runs issues, locking an issue, and
// writing its timeline.

/** Coordinators and commission staff run coordination issues. */
export const RUNNERS = [Role.COORDINATOR, Role.COMMISSION_STAFF];

/** Locks the issue's row: work on one issue is recorded one change after the other. */
export async function lockIssue(em: EntityManager, key: string): Promise<CoordinationIssue> {
  const issue = await em.findOne(CoordinationIssue, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!issue) throw CoordinationErrors.notFound('issue', 'issueId');
  return issue;
}

/** One event on the issue's timeline (`CoordinationIssue.timeline` reads these back). */
export function auditIssue(
  audit: Write['audit'],
  key: string,
  action: string,
  from: Record<string, unknown> | null,
  to: Record<string, unknown>,
): void {
  audit({ action: `coordinationIssue.${action}`, object: { typename: 'CoordinationIssue', key }, from, to });
}
