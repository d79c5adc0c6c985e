import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { write } from '../../shared/audit/write.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import type { IssueKind, ParticipantRole } from './coordination.enums.js';
import { CoordinationErrors } from './coordination.errors.js';
import { coordinationMessages } from './coordination.messages.js';
import { IssueParticipant } from './issue-participant.entity.js';
import { findUnit } from '../unit/index.js';
import { auditIssue, lockIssue, RUNNERS } from './issue-lock.js';

// Issues and their participants: opening, adding units, resolving, reopening.

export async function openCoordinationIssue(
  ctx: Context,
  fields: { title: string; description: string; kind: IssueKind; leadUnitKey: string; openedOn: string | null; targetDate: string },
): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.open);
  return write(ctx, async ({ em, audit }) => {
    const issue = new CoordinationIssue({
      ...fields,
      leadUnit: await findUnit(em, fields.leadUnitKey, 'leadUnitId'),
      openedOn: fields.openedOn ?? ctx.today,
    });
    em.persist(issue);
    await em.flush();
    auditIssue(audit, issue.id, 'open', null, {
      title: issue.title,
      kind: issue.kind,
      leadUnitId: toGlobalId('Unit', fields.leadUnitKey),
      openedOn: issue.openedOn,
      targetDate: issue.targetDate,
      status: issue.status,
    });
    return issue.id;
  });
}

export async function addIssueParticipant(ctx: Context, issueKey: string, unitKey: string, role: ParticipantRole): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.addParticipants);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const unit = await findUnit(em, unitKey, 'unitId');
    if (await em.findOne(IssueParticipant, { issue, unit })) throw CoordinationErrors.alreadyParticipating(unit.code);
    const from = issue.status;
    issue.workRecorded();
    em.persist(new IssueParticipant(issue, unit, role));
    auditIssue(
      audit,
      issueKey,
      'addParticipant',
      { status: from },
      { status: issue.status, unitId: toGlobalId('Unit', unitKey), unitName: unit.name, role },
    );
    return issueKey;
  });
}

export async function resolveCoordinationIssue(ctx: Context, issueKey: string): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.resolve);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const from = issue.status;
    issue.resolve();
    auditIssue(audit, issueKey, 'resolve', { status: from }, { status: issue.status });
    return issueKey;
  });
}

export async function reopenCoordinationIssue(ctx: Context, issueKey: string, reason: string): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.reopen);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const from = issue.status;
    issue.reopen(reason);
    auditIssue(audit, issueKey, 'reopen', { status: from }, { status: issue.status, reason: issue.reopenReason });
    return issueKey;
  });
}
