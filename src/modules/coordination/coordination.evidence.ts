import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { evidenceOn } from '../evidence/index.js';
import { ActionItem } from './action-item.entity.js';
import { ActionItemType } from './action-item.types.js';
import { MeetingType } from './coordination-issue.types.js';
import { coordinationMessages } from './coordination.messages.js';
import { RUNNERS } from './issue-lock.js';

// Evidence files on the module's records: an action item's (what shows it done), a meeting's (the signed minutes).

/** Coordinators and commission staff, and officers of the unit the item is assigned to, as when completing it. */
export const ActionItemEvidenceResolver = evidenceOn(ActionItemType, 'ActionItem', {
  async mayAttach(ctx, em, key) {
    const item = await em.findOneOrFail(ActionItem, { id: key });
    if (!hasRole(ctx.viewer, ...RUNNERS) && !holdsRole(ctx.viewer, Role.UNIT_OFFICER, item.assignedUnit.id))
      throw forbidden(coordinationMessages.assignedUnitOnly);
  },
});

/** Those who record meetings: coordinators and commission staff. */
export const MeetingEvidenceResolver = evidenceOn(MeetingType, 'Meeting', {
  async mayAttach(ctx) {
    requireRole(ctx, RUNNERS, coordinationMessages.actions.recordMeetings);
  },
});
