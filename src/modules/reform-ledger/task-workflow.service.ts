import type { Context } from '../../shared/context.js';
import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { User } from '../user/index.js';
import { TaskAction } from './reform-ledger.enums.js';
import type { ProgressReportDraft, ReformTask, TransitionDetails } from './reform-task.entity.js';
import { lockTask } from './reform-task.lookup.js';
import { reformTaskMessages } from './reform-task.messages.js';

// The work on a task: its moves through the workflow, and progress reports while it is under way.

const officerOf = (ctx: Context, unitKey: string) => holdsRole(ctx.viewer, Role.UNIT_OFFICER, unitKey);

const byLeadUnit = (action: TaskAction) => action === TaskAction.START || action === TaskAction.SUBMIT;

/**
 * Who may take each action: the lead unit's officers do the work, commission staff judge it. The
 * role is checked before anything is read; the unit once the task is.
 */
function requireActor(ctx: Context, action: TaskAction, task?: ReformTask): void {
  const allowed = byLeadUnit(action)
    ? task
      ? officerOf(ctx, task.leadUnit.id)
      : hasRole(ctx.viewer, Role.UNIT_OFFICER)
    : hasRole(ctx.viewer, Role.COMMISSION_STAFF);
  if (!allowed) {
    throw forbidden(byLeadUnit(action) ? reformTaskMessages.leadOnly(action) : reformTaskMessages.staffOnly(action));
  }
}

/** What a move changed besides the status, for the audit trail. */
function moveDetails(task: ReformTask, action: TaskAction): Record<string, unknown> {
  switch (action) {
    case TaskAction.SUBMIT:
      return { deliverableDescription: task.deliverableDescription };
    case TaskAction.RETURN:
      return { returnReason: task.returnReason };
    case TaskAction.ACCEPT:
      return { completedAt: task.completedAt?.toISOString() };
    case TaskAction.SUSPEND:
      return { suspendedFrom: task.suspendedFrom };
    default:
      return {};
  }
}

export async function transitionReformTask(ctx: Context, key: string, action: TaskAction, details: TransitionDetails): Promise<string> {
  requireActor(ctx, action);
  return write(ctx, async ({ em, audit }) => {
    const task = await lockTask(em, key);
    requireActor(ctx, action, task);
    const from = task.status;
    task.transition(action, details, ctx.now);
    audit({
      action: `reformTask.${action.toLowerCase()}`,
      object: { typename: 'ReformTask', key },
      from: { status: from },
      to: { status: task.status, ...moveDetails(task, action) },
    });
    return key;
  });
}

export async function reportTaskProgress(ctx: Context, key: string, report: ProgressReportDraft): Promise<string> {
  requireRole(ctx, [Role.UNIT_OFFICER], reformTaskMessages.actions.report);
  return write(ctx, async ({ em, audit }) => {
    const task = await lockTask(em, key);
    const involved = [task.leadUnit.id, ...task.supportingUnits.getItems().map((u) => u.id)];
    if (!involved.some((unitKey) => officerOf(ctx, unitKey))) throw forbidden(reformTaskMessages.reportersOnly);
    const entry = task.reportProgress(report, em.getReference(User, ctx.viewer.key), ctx.today);
    em.persist(entry);
    await em.flush();
    audit({
      action: 'reformTask.reportProgress',
      object: { typename: 'ReformTask', key },
      from: null,
      to: { percent: entry.percent, reportedOn: entry.reportedOn, narrative: entry.narrative },
    });
    return entry.id;
  });
}
