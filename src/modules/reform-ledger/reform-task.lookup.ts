import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { LedgerSection } from './ledger-section.entity.js';
import { Ledger } from './ledger.entity.js';
import { ReformTask } from './reform-task.entity.js';
import { ReformTaskErrors } from './reform-task.errors.js';

// What the task commands load, each refusing a missing row with NOT_FOUND on the input field that named it.

export async function findLedger(em: EntityManager, key: string): Promise<Ledger> {
  const ledger = await em.findOne(Ledger, { id: key });
  if (!ledger) throw ReformTaskErrors.notFound('ledger', 'ledgerId');
  return ledger;
}

export async function findSection(em: EntityManager, key: string): Promise<LedgerSection> {
  const section = await em.findOne(LedgerSection, { id: key });
  if (!section) throw ReformTaskErrors.notFound('section', 'sectionId');
  return section;
}

/** Loads a task for a change, locking its row so concurrent moves are applied one after the other. */
export async function lockTask(em: EntityManager, key: string): Promise<ReformTask> {
  const task = await em.findOne(
    ReformTask,
    { id: key },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['supportingUnits', 'leadUnit'] },
  );
  if (!task) throw ReformTaskErrors.notFound('task', 'taskId');
  return task;
}
