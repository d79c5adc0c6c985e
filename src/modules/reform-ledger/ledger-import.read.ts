import type { Knex } from '@mikro-orm/postgresql';
import { hasRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import type { Context } from '../../shared/context.js';
import { withTimestamps } from '../../shared/db/values.js';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { ImportJobType, ImportProblemType, ImportRowType } from './ledger-import.types.js';

type Row = Record<string, unknown>;

export const selectJobs = (db: Knex) =>
  db('ledger_import as j').select({
    key: 'j.id',
    mode: 'j.mode',
    fileName: 'j.file_name',
    fileSha256: 'j.file_sha256',
    total: 'j.total',
    processed: 'j.processed',
    created: 'j.created',
    changed: 'j.changed',
    unchanged: 'j.unchanged',
    refused: 'j.refused',
    createdAt: 'j.created_at',
    finishedAt: 'j.finished_at',
    storedStatus: 'j.status',
    heartbeatAt: 'j.heartbeat_at',
    ledgerKey: 'j.ledger_id',
    requestedByKey: 'j.requested_by_id',
  });
export const toJob = (row: Row) =>
  withTimestamps(nodeRow(ImportJobType, 'ImportJob', row as unknown as ImportJobType), 'createdAt', 'finishedAt', 'heartbeatAt');
/** Newest first. */
export const jobSortKeys = withTiebreaker(
  [{ column: 'j.created_at', property: 'createdAt', direction: 'desc', type: 'timestamp' }],
  'j.id',
);

/** Imports are seen by commission staff and admins, and by whoever started one. */
export function canSeeImport(ctx: Context, job: ImportJobType): boolean {
  return hasRole(ctx.viewer, Role.COMMISSION_STAFF, Role.ADMIN) || job.requestedByKey === ctx.viewer.key;
}

/** The rule of `canSeeImport` for a list: null when the viewer sees every import, else the user whose imports they see. */
export function importsSeenOnlyOf(ctx: Context): string | null {
  return hasRole(ctx.viewer, Role.COMMISSION_STAFF, Role.ADMIN) ? null : ctx.viewer.key;
}

export const selectImportRows = (db: Knex) =>
  db('ledger_import_row as r').select({
    key: 'r.id',
    jobKey: 'r.job_id',
    sheet: 'r.sheet',
    row: 'r.row',
    code: 'r.code',
    action: 'r.action',
    taskKey: 'r.task_key',
    cells: 'r.cells',
  });
export const toImportRow = (row: Row) => nodeRow(ImportRowType, 'ImportRow', row as unknown as ImportRowType);

export const selectProblems = (db: Knex) =>
  db('ledger_import_problem as p').select({
    key: 'p.id',
    jobKey: 'p.job_id',
    sheet: 'p.sheet',
    row: 'p.row',
    column: 'p.column',
    code: 'p.code',
    params: 'p.params',
  });
export const toProblem = (row: Row) => nodeRow(ImportProblemType, 'ImportProblem', row as unknown as ImportProblemType);

/** Rows and refusals in the order of the workbook. */
export const rowSortKeys = withTiebreaker([], 'r.id');
export const problemSortKeys = withTiebreaker([], 'p.id');
