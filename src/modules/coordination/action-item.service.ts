import type { Context } from '../../shared/context.js';
import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { User } from '../user/index.js';
import { ActionItem } from './action-item.entity.js';
import { CoordinationErrors } from './coordination.errors.js';
import { coordinationMessages } from './coordination.messages.js';
import { findUnit, findUnits } from '../unit/index.js';
import { auditIssue, lockIssue, RUNNERS } from './issue-lock.js';
import { Meeting } from './meeting.entity.js';

// Meetings and action items: recording a meeting with the actions it assigns, assigning an item
// outside a meeting, and settling items (done with evidence, or cancelled with a reason).

export interface MeetingFields {
  heldOn: string;
  title: string;
  minutes: string;
  attendingUnitKeys: string[];
  resolutions: { text: string; actions: { description: string; assignedUnitKey: string; dueDate: string }[] }[];
}

const assigned = (item: ActionItem) => ({
  actionItemId: toGlobalId('ActionItem', item.id),
  description: item.description,
  assignedUnit: item.assignedUnit.name,
  dueDate: item.dueDate,
});

export async function recordMeeting(ctx: Context, issueKey: string, fields: MeetingFields): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.recordMeetings);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const attending = await findUnits(em, fields.attendingUnitKeys, 'attendingUnitIds');
    const from = issue.status;
    issue.workRecorded();
    const meeting = new Meeting(
      {
        issue,
        heldOn: fields.heldOn,
        title: fields.title,
        minutes: fields.minutes,
        attendingUnitIds: [...new Set(attending.map((u) => u.id))],
        resolutions: fields.resolutions.map((r) => r.text),
      },
      ctx.today,
    );
    em.persist(meeting);
    const items: ActionItem[] = [];
    for (const action of fields.resolutions.flatMap((r) => r.actions)) {
      const assignedUnit = await findUnit(em, action.assignedUnitKey, 'assignedUnitId');
      items.push(new ActionItem({ issue, meeting, description: action.description, assignedUnit, dueDate: action.dueDate }));
    }
    items.forEach((item) => em.persist(item));
    await em.flush();
    auditIssue(
      audit,
      issueKey,
      'recordMeeting',
      { status: from },
      {
        status: issue.status,
        meetingId: toGlobalId('Meeting', meeting.id),
        heldOn: meeting.heldOn,
        title: meeting.title,
        attending: attending.map((u) => u.name),
        resolutions: meeting.resolutions,
      },
    );
    for (const item of items) auditIssue(audit, issueKey, 'assignAction', null, assigned(item));
    return issueKey;
  });
}

export async function addActionItem(
  ctx: Context,
  issueKey: string,
  fields: { description: string; assignedUnitKey: string; dueDate: string },
): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.assignItems);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const from = issue.status;
    issue.workRecorded();
    const assignedUnit = await findUnit(em, fields.assignedUnitKey, 'assignedUnitId');
    const item = new ActionItem({ issue, meeting: null, description: fields.description, assignedUnit, dueDate: fields.dueDate });
    em.persist(item);
    await em.flush();
    auditIssue(audit, issueKey, 'assignAction', { status: from }, { status: issue.status, ...assigned(item) });
    return item.id;
  });
}

/**
 * Completes (with evidence) or cancels (with a reason) an action item. Settling is allowed until the
 * issue is CLOSED, so a RESOLVED issue's items can be finished without reopening it.
 */
export async function settleActionItem(ctx: Context, itemKey: string, outcome: 'complete' | 'cancel', text: string): Promise<string> {
  const { completeItems, cancelItems } = coordinationMessages.actions;
  requireRole(
    ctx,
    outcome === 'complete' ? [...RUNNERS, Role.UNIT_OFFICER] : RUNNERS,
    outcome === 'complete' ? completeItems : cancelItems,
  );
  return write(ctx, async ({ em, audit }) => {
    const found = await em.findOne(ActionItem, { id: itemKey }, { fields: ['id', 'issue'] });
    if (!found) throw CoordinationErrors.notFound('action item', 'actionItemId');
    const issue = await lockIssue(em, found.issue.id);
    const item = await em.findOneOrFail(ActionItem, { id: itemKey }, { populate: ['assignedUnit'], refresh: true });
    // An officer completes only their own unit's items.
    if (!hasRole(ctx.viewer, ...RUNNERS) && !holdsRole(ctx.viewer, Role.UNIT_OFFICER, item.assignedUnit.id))
      throw forbidden(coordinationMessages.assignedUnitOnly);
    issue.settlementRecorded();
    const by = em.getReference(User, ctx.viewer.key);
    if (outcome === 'complete') item.complete(text, by, ctx.now);
    else item.cancel(text, by, ctx.now);
    auditIssue(
      audit,
      issue.id,
      outcome === 'complete' ? 'completeAction' : 'cancelAction',
      { status: 'OPEN' },
      {
        actionItemId: toGlobalId('ActionItem', itemKey),
        description: item.description,
        status: item.status,
        [outcome === 'complete' ? 'evidence' : 'reason']: item.evidence,
      },
    );
    return item.id;
  });
}
