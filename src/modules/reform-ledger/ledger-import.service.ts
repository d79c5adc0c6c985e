import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write, type Write, type WriteScope } from '../../shared/audit/write.js';
import { FILE_KINDS } from '../../shared/files/sniff.js';
import type { Semaphore } from '../../shared/limits/semaphore.js';
import { requestScope, type Logger } from '../../shared/logger.js';
import { uploadedFile } from '../evidence/index.js';
import { Unit } from '../unit/index.js';
import { User } from '../user/index.js';
import { ImportMode, ImportRowAction, ImportStatus } from './ledger-import.enums.js';
import { LedgerImport, LedgerImportProblem, LedgerImportRow } from './ledger-import.entity.js';
import { planImport, type ImportPlan, type LedgerState, type SectionState, type TaskState, type UnitState } from './ledger-import.plan.js';
import { checkWorkbookArchive, readLedgerWorkbook, WorkbookRefused, type FileProblem, type SheetRow } from './ledger-import.workbook.js';
import { LedgerSection } from './ledger-section.entity.js';
import { ReformTask } from './reform-task.entity.js';
import { ReformTaskErrors } from './reform-task.errors.js';
import { reformTaskMessages as M } from './reform-task.messages.js';
import { findLedger } from './reform-task.lookup.js';
import { snapshot } from './reform-task.service.js';

// Imports of ledger workbooks: started by a request, run by the process that took it, after the
// request has been answered; kept in `ledger_import` with their report, so that whoever started
// one can close the browser and read it later (`importJob`).

/** Rows written per flush while an import applies; the progress moves after each. */
const BATCH = 200;
/** How often a running import says it is alive, and how stale that may be before it counts as stopped. */
export const HEARTBEAT_MS = 5_000;
export const STALE_MS = 60_000;
/** Report rows per insert. */
const INSERT_BATCH = 1_000;

const importObject = (key: string) => ({ typename: 'ImportJob', key });

/** Thrown inside an apply's transaction when a row is refused: it rolls everything back. */
class Refused extends Error {
  constructor(readonly plan: ImportPlan) {
    super('An import row is refused.');
  }
}

/** What an import needs once its request is answered. */
interface Runner {
  scope: WriteScope;
  db: Knex;
  log: Logger;
  expensive: Semaphore;
  now: () => Date;
}

/**
 * Starts an import of an uploaded workbook into a ledger: checks at once that the file is a
 * workbook an import reads (refusing it in the payload if not), records the import, and runs it
 * after the answer. Commission staff, as for creating and editing tasks.
 */
export async function startLedgerImport(ctx: Context, ledgerKey: string, fileKey: string, mode: ImportMode): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], M.imports.actions.import);
  const file = await uploadedFile(ctx, fileKey);
  if (!file) throw ReformTaskErrors.notFound('upload', 'fileId');
  if (file.contentType !== FILE_KINDS.xlsx.contentType) throw ReformTaskErrors.notAWorkbook(file.contentType);
  try {
    await checkWorkbookArchive(file.bytes);
  } catch (error) {
    if (!(error instanceof WorkbookRefused)) throw error;
    throw ReformTaskErrors.workbookRefused(error.problem.code, file.contentType);
  }
  const key = await write(ctx, async ({ em, audit }) => {
    const ledger = await findLedger(em, ledgerKey);
    const job = new LedgerImport({
      ledger,
      requestedBy: em.getReference(User, ctx.viewer.key),
      fileKey,
      fileName: file.fileName,
      fileSha256: file.sha256,
      mode,
      now: ctx.now,
    });
    em.persist(job);
    await em.flush();
    audit({
      action: 'ledgerImport.start',
      object: importObject(job.id),
      from: null,
      to: { ledgerCode: ledger.code, fileName: file.fileName, sha256: file.sha256, mode },
    });
    return job.id;
  });
  const runner: Runner = {
    scope: { em: ctx.em.fork(), requestId: ctx.requestId, actor: ctx.viewer.username },
    db: ctx.db,
    log: ctx.log,
    expensive: ctx.expensive,
    now: () => new Date(),
  };
  // Outside the request's scope: its deadline and its end do not stop the import.
  requestScope.exit(() => void runImport(runner, key, ledgerKey, mode, file.bytes));
  return key;
}

/** Moves `processed` and the heartbeat from outside the import's transaction, so readers see them as it runs. */
class Progress {
  private done = 0;
  private saved = -1;
  private readonly timer: NodeJS.Timeout;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly runner: Runner,
    private readonly key: string,
  ) {
    this.timer = setInterval(() => void this.save(), HEARTBEAT_MS);
    this.timer.unref();
  }

  set(done: number): void {
    this.done = done;
  }

  save(fields: Record<string, unknown> = {}): Promise<unknown> {
    const processed = this.done;
    this.writing = this.writing
      .then(() =>
        this.runner
          .db('ledger_import')
          .where('id', this.key)
          .update({ processed, heartbeat_at: this.runner.now(), ...fields }),
      )
      .catch((error: unknown) => this.runner.log.warn({ err: error }, 'import progress not saved'));
    this.saved = processed;
    return this.writing;
  }

  /** Saves now if rows were done since the last save. */
  flush(): Promise<unknown> {
    return this.done === this.saved ? this.writing : this.save();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.writing;
  }
}

async function runImport(runner: Runner, key: string, ledgerKey: string, mode: ImportMode, bytes: Buffer): Promise<void> {
  // Alive while it waits its turn too: a queued import is not a stopped one.
  const progress = new Progress(runner, key);
  const release = await runner.expensive.acquire();
  try {
    await progress.save({ status: ImportStatus.RUNNING });
    let rows;
    try {
      rows = await readLedgerWorkbook(bytes);
    } catch (error) {
      if (!(error instanceof WorkbookRefused)) throw error;
      await progress.stop();
      return await finish(runner, key, { rows: [], problems: [error.problem] }, 0);
    }
    await progress.save({ total: rows.length });
    if (mode === ImportMode.DRY_RUN) {
      const plan = planImport(rows, await ledgerState(runner.db, ledgerKey), (n) => progress.set(n));
      await progress.stop();
      return await finish(runner, key, plan, rows.length);
    }
    try {
      await write(runner.scope, async (tx) => {
        const plan = await apply(tx, ledgerKey, rows, progress);
        await progress.stop();
        await record(tx, key, plan, rows.length, runner.now());
      });
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      await progress.stop();
      await finish(runner, key, error.plan, 0);
    }
  } catch (error) {
    runner.log.error({ err: error, importId: key }, 'ledger import failed');
    await progress.stop();
    await write({ ...runner.scope, em: runner.scope.em.fork() }, async ({ em, audit }) => {
      const job = await em.findOneOrFail(LedgerImport, { id: key });
      job.status = ImportStatus.FAILED;
      job.finishedAt = runner.now();
      audit({ action: 'ledgerImport.fail', object: importObject(key), from: null, to: { status: job.status } });
    }).catch((failed: unknown) => runner.log.error({ err: failed, importId: key }, 'ledger import not marked failed'));
  } finally {
    release();
  }
}

/** The ledger's sections and tasks and every unit, as an import compares rows with them (`db`: the apply's transaction, for an apply). */
async function ledgerState(db: Knex, ledgerKey: string): Promise<LedgerState> {
  const [sections, units, tasks] = await Promise.all([
    db('ledger_section').where('ledger_id', ledgerKey).select({ key: 'id', code: 'code', title: 'title' }),
    db('unit').select({ key: 'id', code: 'code', name: 'name' }),
    db('reform_task as t')
      .where('t.ledger_id', ledgerKey)
      .select({
        key: 't.id',
        code: 't.code',
        sectionKey: 't.section_id',
        title: 't.title',
        deliverableForm: 't.deliverable_form',
        leadUnitKey: 't.lead_unit_id',
        deadline: db.raw(`to_char(t.deadline, 'YYYY-MM-DD')`),
        supportingUnitKeys: db.raw(
          `coalesce((select array_agg(su.unit_id::text) from reform_task_supporting_unit su where su.task_id = t.id), '{}')`,
        ),
      }),
  ]);
  // Keys come as text (bigint), as every key the graph reads.
  return {
    sections: sections as SectionState[],
    units: units as UnitState[],
    tasks: new Map((tasks as (TaskState & { code: string })[]).map((t) => [t.code, t])),
  };
}

/**
 * Inside the import's transaction: locks the ledger's tasks, plans every row against them as they
 * now are, and, if none is refused, writes each change with its own audit entry, a batch at a time:
 * each batch's tasks are loaded, changed, flushed with their entries and let go, so the
 * transaction's memory is one batch's whatever the number of rows.
 */
async function apply(tx: Write, ledgerKey: string, rows: readonly SheetRow[], progress: Progress): Promise<ImportPlan> {
  const { em, audit } = tx;
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('An import applies inside its transaction.');
  await findLedger(em, ledgerKey);
  // Locked, not loaded: the rows as they are now, kept so until the import commits.
  await trx('reform_task').where('ledger_id', ledgerKey).forUpdate().select('id');
  const plan = planImport(rows, await ledgerState(trx, ledgerKey));
  if (plan.problems.length > 0) throw new Refused(plan);
  const writing = plan.rows.filter((r) => r.action === ImportRowAction.CREATE || r.action === ImportRowAction.CHANGE);
  let done = plan.rows.length - writing.length;
  progress.set(done);
  for (let start = 0; start < writing.length; start += BATCH) {
    const batch = writing.slice(start, start + BATCH);
    const ledger = await findLedger(em, ledgerKey);
    const sections = new Map((await em.find(LedgerSection, { ledger })).map((s) => [s.id, s]));
    const changing = batch.flatMap((r) => (r.action === ImportRowAction.CHANGE && r.fields ? [r.fields.code] : []));
    const existing = new Map(
      (changing.length ? await em.find(ReformTask, { ledger, code: { $in: changing } }, { populate: ['supportingUnits'] }) : []).map(
        (t) => [t.code, t],
      ),
    );
    const written: { row: (typeof batch)[number]; task: ReformTask; before: Record<string, unknown> | null }[] = [];
    for (const row of batch) {
      // A row to write was planned with its fields, from these very sections and units.
      const fields = must(row.fields);
      const section = must(sections.get(fields.sectionKey));
      const lead = em.getReference(Unit, fields.leadUnitKey);
      const supporting = fields.supportingUnitKeys.map((k) => em.getReference(Unit, k));
      const task = existing.get(fields.code);
      if (task) {
        const before = snapshot(task);
        task.describe({ ...fields, description: task.description });
        task.placeIn(section);
        task.assign(lead, supporting);
        written.push({ row, task, before });
      } else {
        const created = new ReformTask({ ...fields, description: '', ledger, section });
        created.assign(lead, supporting);
        em.persist(created);
        written.push({ row, task: created, before: null });
      }
    }
    await em.flush();
    for (const { row, task, before } of written) {
      row.taskKey = task.id;
      audit({
        action: before ? 'reformTask.update' : 'reformTask.create',
        object: { typename: 'ReformTask', key: task.id },
        from: before,
        to: snapshot(task),
      });
    }
    await em.flush();
    em.clear();
    done += batch.length;
    progress.set(done);
    await progress.flush();
  }
  return plan;
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('An import row to write lacks what its plan found.');
  return value;
}

/**
 * Keeps the import's report and its outcome, with the `ledgerImport.finish` entry that says it (in
 * the transaction of `tx`).
 */
async function record(tx: Write, key: string, plan: ImportPlan, processed: number, now: Date): Promise<void> {
  const { em } = tx;
  const job = await em.findOneOrFail(LedgerImport, { id: key });
  const rows = plan.rows.map((r) => ({
    job,
    sheet: r.sheet,
    row: r.row,
    code: r.code,
    action: r.action,
    taskKey: r.taskKey,
    cells: r.cells,
  }));
  const problems = plan.problems.map((p: FileProblem) => ({
    job,
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    code: p.code,
    params: p.params,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await em.insertMany(LedgerImportRow, rows.slice(i, i + INSERT_BATCH));
  for (let i = 0; i < problems.length; i += INSERT_BATCH) await em.insertMany(LedgerImportProblem, problems.slice(i, i + INSERT_BATCH));
  const count = (action: ImportRowAction) => plan.rows.filter((r) => r.action === action).length;
  const outcome = {
    status: plan.problems.length ? ImportStatus.REFUSED : ImportStatus.SUCCEEDED,
    created: count(ImportRowAction.CREATE),
    changed: count(ImportRowAction.CHANGE),
    unchanged: count(ImportRowAction.UNCHANGED),
    refused: count(ImportRowAction.REFUSE),
  };
  Object.assign(job, outcome, { processed, heartbeatAt: now, finishedAt: now });
  tx.audit({ action: 'ledgerImport.finish', object: importObject(key), from: null, to: { ...outcome, problems: plan.problems.length } });
}

/**
 * Where an import stands, as read at `now`: one still queued or running whose process has given no
 * sign of life for STALE_MS has stopped with it (its transaction rolled back), and is FAILED.
 */
export function importStatus(stored: ImportStatus, heartbeatAt: Date, now: Date): ImportStatus {
  const running = stored === ImportStatus.QUEUED || stored === ImportStatus.RUNNING;
  return running && now.getTime() - heartbeatAt.getTime() > STALE_MS ? ImportStatus.FAILED : stored;
}

/** Ends a dry run, or an import refused: its report, in a transaction of its own. */
function finish(runner: Runner, key: string, plan: ImportPlan, processed: number): Promise<void> {
  return write({ ...runner.scope, em: runner.scope.em.fork() }, (tx) => record(tx, key, plan, processed, runner.now()));
}
