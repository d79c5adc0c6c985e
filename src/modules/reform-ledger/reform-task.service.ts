import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { ReformTask, type TaskDescription } from './reform-task.entity.js';
import { ReformTaskErrors } from './reform-task.errors.js';
import { reformTaskMessages } from './reform-task.messages.js';
import { findUnit, findUnits } from '../unit/index.js';
import { findLedger, findSection, lockTask } from './reform-task.lookup.js';

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
export function snapshot(task: ReformTask): Record<string, unknown> {
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

async function flushTask(em: EntityManager, task: ReformTask): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw ReformTaskErrors.duplicateCode(task.code, task.ledger.code);
    throw error;
  }
}

export async function createReformTask(ctx: Context, fields: TaskFields): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], reformTaskMessages.actions.create);
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
  requireRole(ctx, [Role.COMMISSION_STAFF], reformTaskMessages.actions.edit);
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
