import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { hasRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { Unit } from '../unit/index.js';
import { User } from '../user/index.js';
import { LedgerSection } from './ledger-section.entity.js';
import { Ledger } from './ledger.entity.js';
import { TaskAction } from './reform-ledger.enums.js';
import { ReformTask, type TaskDescription, type TransitionDetails } from './reform-task.entity.js';
import { ReformTaskErrors } from './reform-task.errors.js';
import { TaskProgressReport } from './task-progress-report.entity.js';

/** A task as a command names it: references by primary key, decoded from IDs by the resolver. */
export interface TaskFields extends TaskDescription {
  ledgerKey: string;
  sectionKey: string;
  leadUnitKey: string;
  supportingUnitKeys: string[];
  implementsKey?: string | null;
}

export type TaskChanges = Partial<
  Pick<TaskFields, 'title' | 'description' | 'deadline' | 'deliverableForm' | 'leadUnitKey' | 'supportingUnitKeys'>
>;

/** What the audit trail keeps of a task. */
function snapshot(task: ReformTask): Record<string, unknown> {
  return {
    code: task.code,
    title: task.title,
    description: task.description,
    deliverableForm: task.deliverableForm,
    deadline: task.deadline,
    status: task.status,
    ledgerId: toGlobalId('Ledger', task.ledger.id),
    sectionId: toGlobalId('LedgerSection', task.section.id),
    implementsId: task.implements ? toGlobalId('ReformTask', task.implements.id) : null,
    leadUnitId: toGlobalId('Unit', task.leadUnit.id),
    supportingUnitIds: task.supportingUnits.getItems().map((u) => toGlobalId('Unit', u.id)),
  };
}

const officerOf = (ctx: Context, unitKey: string) => hasRole(ctx.viewer, Role.UNIT_OFFICER) && ctx.viewer.unitKey === unitKey;

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
    throw forbidden(
      byLeadUnit(action)
        ? `Only an officer of the lead unit may ${action.toLowerCase()} this task.`
        : `Only commission staff may ${action.toLowerCase()} a task.`,
    );
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

async function findLedger(em: EntityManager, key: string): Promise<Ledger> {
  const ledger = await em.findOne(Ledger, { id: key });
  if (!ledger) throw ReformTaskErrors.notFound('ledger', 'ledgerId');
  return ledger;
}

async function findSection(em: EntityManager, key: string): Promise<LedgerSection> {
  const section = await em.findOne(LedgerSection, { id: key });
  if (!section) throw ReformTaskErrors.notFound('section', 'sectionId');
  return section;
}

async function findUnit(em: EntityManager, key: string, field: string): Promise<Unit> {
  const unit = await em.findOne(Unit, { id: key });
  if (!unit) throw ReformTaskErrors.notFound('unit', field);
  return unit;
}

async function findUnits(em: EntityManager, keys: string[], field: string): Promise<Unit[]> {
  const units = await em.find(Unit, { id: { $in: keys } });
  const byKey = new Map(units.map((u) => [u.id, u]));
  return keys.map((key) => {
    const unit = byKey.get(key);
    if (!unit) throw ReformTaskErrors.notFound('unit', field);
    return unit;
  });
}

/** Loads a task for a change, locking its row so concurrent moves are applied one after the other. */
async function lockTask(em: EntityManager, key: string): Promise<ReformTask> {
  const task = await em.findOne(
    ReformTask,
    { id: key },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['supportingUnits', 'leadUnit'] },
  );
  if (!task) throw ReformTaskErrors.notFound('task', 'taskId');
  return task;
}

async function flushTask(em: EntityManager, task: ReformTask): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw ReformTaskErrors.duplicateCode(task.code, task.ledger.code);
    throw error;
  }
}

export async function createReformTask(ctx: Context, fields: TaskFields): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], 'create tasks');
  return write(ctx, async ({ em, audit }) => {
    const ledger = await findLedger(em, fields.ledgerKey);
    const section = await findSection(em, fields.sectionKey);
    if (section.ledger.id !== ledger.id) throw ReformTaskErrors.sectionOfOtherLedger();
    const lead = await findUnit(em, fields.leadUnitKey, 'leadUnitId');
    const supporting = await findUnits(em, fields.supportingUnitKeys, 'supportingUnitIds');
    const implemented = fields.implementsKey ? await em.findOne(ReformTask, { id: fields.implementsKey }, { populate: ['ledger'] }) : null;
    if (fields.implementsKey && !implemented) throw ReformTaskErrors.notFound('task', 'implementsId');
    if (await em.findOne(ReformTask, { ledger, code: fields.code.trim() }))
      throw ReformTaskErrors.duplicateCode(fields.code.trim(), ledger.code);

    const task = new ReformTask({ ...fields, ledger, section });
    task.assign(lead, supporting);
    task.carryOut(implemented);
    em.persist(task);
    await flushTask(em, task);
    audit({ action: 'reformTask.create', object: { typename: 'ReformTask', key: task.id }, from: null, to: snapshot(task) });
    return task.id;
  });
}

export async function updateReformTask(ctx: Context, key: string, changes: TaskChanges): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], 'edit tasks');
  return write(ctx, async ({ em, audit }) => {
    const task = await lockTask(em, key);
    // Read everything before changing anything: MikroORM flushes pending changes before a query.
    const lead = changes.leadUnitKey ? await findUnit(em, changes.leadUnitKey, 'leadUnitId') : task.leadUnit;
    const supporting = changes.supportingUnitKeys
      ? await findUnits(em, changes.supportingUnitKeys, 'supportingUnitIds')
      : task.supportingUnits.getItems();
    const before = snapshot(task);
    task.describe({
      code: task.code,
      title: changes.title ?? task.title,
      description: changes.description ?? task.description,
      deliverableForm: changes.deliverableForm ?? task.deliverableForm,
      deadline: changes.deadline ?? task.deadline,
    });
    task.assign(lead, supporting);
    await flushTask(em, task);
    audit({ action: 'reformTask.update', object: { typename: 'ReformTask', key }, from: before, to: snapshot(task) });
    return key;
  });
}

export async function transitionReformTask(ctx: Context, key: string, action: TaskAction, details: TransitionDetails): Promise<string> {
  requireActor(ctx, action);
  return write(ctx, async ({ em, audit }) => {
    const task = await lockTask(em, key);
    requireActor(ctx, action, task);
    const from = task.status;
    task.transition(action, details);
    audit({
      action: `reformTask.${action.toLowerCase()}`,
      object: { typename: 'ReformTask', key },
      from: { status: from },
      to: { status: task.status, ...moveDetails(task, action) },
    });
    return key;
  });
}

export async function reportTaskProgress(
  ctx: Context,
  key: string,
  report: { percent: number; narrative: string; reportedOn?: string | null },
): Promise<string> {
  requireRole(ctx, [Role.UNIT_OFFICER], 'report progress');
  return write(ctx, async ({ em, audit }) => {
    const task = await lockTask(em, key);
    const involved = [task.leadUnit.id, ...task.supportingUnits.getItems().map((u) => u.id)];
    if (!involved.some((unitKey) => officerOf(ctx, unitKey)))
      throw forbidden('Only an officer of the lead or a supporting unit may report progress on this task.');
    if (!task.isActive) throw ReformTaskErrors.notActive(task.status);
    const reportedOn = report.reportedOn ?? ctx.today;
    if (reportedOn > ctx.today) throw ReformTaskErrors.futureReport(reportedOn);
    const entry = new TaskProgressReport({
      task,
      reportedOn,
      percent: report.percent,
      narrative: report.narrative,
      reporter: em.getReference(User, ctx.viewer.key),
    });
    em.persist(entry);
    await em.flush();
    audit({
      action: 'reformTask.reportProgress',
      object: { typename: 'ReformTask', key },
      from: null,
      to: { percent: entry.percent, reportedOn, narrative: entry.narrative },
    });
    return entry.id;
  });
}
