import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { ReformTask } from '../reform-ledger/index.js';
import { Person } from '../unit/index.js';
import { LedReform } from './led-reform.entity.js';
import { LedReformErrors } from './led-reform.errors.js';
import { ledReformMessages } from './led-reform.messages.js';

async function findTasks(em: EntityManager, keys: string[]): Promise<ReformTask[]> {
  const tasks = await em.find(ReformTask, { id: { $in: keys } });
  if (tasks.length !== new Set(keys).size) throw LedReformErrors.notFound('task', 'taskIds');
  return tasks;
}

async function lockReform(em: EntityManager, key: string): Promise<LedReform> {
  const reform = await em.findOne(LedReform, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['tasks'] });
  if (!reform) throw LedReformErrors.notFound('led reform', 'ledReformId');
  return reform;
}

const taskIds = (reform: LedReform) => reform.tasks.getItems().map((t) => toGlobalId('ReformTask', t.id));

export async function createLedReform(
  ctx: Context,
  fields: { theme: string; year: number; leaderKey: string; taskKeys: string[] },
): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], ledReformMessages.actions.record);
  return write(ctx, async ({ em, audit }) => {
    const leader = await em.findOne(Person, { id: fields.leaderKey }, { populate: ['unit'] });
    if (!leader) throw LedReformErrors.notFound('person', 'leaderId');
    const tasks = await findTasks(em, fields.taskKeys);
    const reform = new LedReform({ theme: fields.theme, year: fields.year, leader });
    reform.link(tasks);
    em.persist(reform);
    await em.flush();
    audit({
      action: 'ledReform.create',
      object: { typename: 'LedReform', key: reform.id },
      from: null,
      to: { theme: reform.theme, year: reform.year, leaderId: toGlobalId('Person', leader.id), taskIds: taskIds(reform) },
    });
    return reform.id;
  });
}

export async function linkLedReformTasks(ctx: Context, key: string, taskKeys: string[]): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], ledReformMessages.actions.link);
  return write(ctx, async ({ em, audit }) => {
    const reform = await lockReform(em, key);
    const tasks = await findTasks(em, taskKeys);
    const before = taskIds(reform);
    reform.link(tasks);
    audit({
      action: 'ledReform.linkTasks',
      object: { typename: 'LedReform', key },
      from: { taskIds: before },
      to: { taskIds: taskIds(reform) },
    });
    return key;
  });
}

export async function completeLedReform(ctx: Context, key: string): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], ledReformMessages.actions.complete);
  return write(ctx, async ({ em, audit }) => {
    const reform = await lockReform(em, key);
    // The linked tasks are locked too, so none can be reopened between the check and the write.
    await em.find(
      ReformTask,
      { id: { $in: reform.tasks.getItems().map((t) => t.id) } },
      { lockMode: LockMode.PESSIMISTIC_READ, refresh: true },
    );
    reform.complete(ctx.now);
    audit({
      action: 'ledReform.complete',
      object: { typename: 'LedReform', key },
      from: { status: 'IN_PROGRESS' },
      to: { status: reform.status },
    });
    return key;
  });
}
