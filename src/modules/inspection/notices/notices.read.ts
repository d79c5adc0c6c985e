import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import type { Page, PageArgs } from '../../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../../shared/graphql/cursor.js';
import { conditionField, filtered, type FilterField } from '../../../shared/graphql/filter.js';
import { nodeRow } from '../../../shared/graphql/node.js';
import { paginate } from '../../../shared/graphql/paginate.js';
import { jsonRow } from '../../../shared/db/joined.js';
import { withTimestamps } from '../../../shared/db/values.js';
import { AWAITING_UNIT } from './notice-rules.js';
import { RectificationNoticeOrderField, type RectificationNoticeFilter, type RectificationNoticeOrder } from './notices.inputs.js';
import { RectificationFeedbackType, RectificationNoticeType } from './notices.types.js';

type Row = Record<string, unknown>;

/** The SQL twin of `isOverdue()` (notice-rules.ts), over the notice joined as `n`. */
export function whereOverdue(ctx: Context): FilterField {
  return conditionField((q) => void q.where('n.deadline', '<', ctx.today).whereIn('n.status', [...AWAITING_UNIT]));
}

/** A notice's columns, of the notice table under `alias`. */
const noticeColumns = (alias: string) => {
  const column = (name: string) => `${alias}.${name}`;
  return {
    key: column('id'),
    issuedOn: column('issued_on'),
    deadline: column('deadline'),
    requirements: column('requirements'),
    status: column('status'),
    reopenReason: column('reopen_reason'),
    reopenCount: column('reopen_count'),
    verificationNote: column('verification_note'),
    verifiedAt: column('verified_at'),
    closedOn: column('closed_on'),
    closedOnTime: column('closed_on_time'),
    updatedAt: column('updated_at'),
    findingKey: column('finding_id'),
    unitKey: column('unit_id'),
    verifiedByKey: column('verified_by_id'),
  };
};

/** Notices (as `n`) with their finding (as `f`), which filters read. */
export const selectNotices = (db: Knex) =>
  db('rectification_notice as n').join('inspection_finding as f', 'f.id', 'n.finding_id').select(noticeColumns('n'));

/** The notice `keyColumn` points at, read in the statement that holds the column (for `toNotice`). */
export const noticeJson = (db: Knex, keyColumn: string) =>
  jsonRow(db, db('rectification_notice as jn').select(noticeColumns('jn')).whereRaw('jn.id = ??', [keyColumn]));

export const toNotice = (row: Row) =>
  withTimestamps(
    nodeRow(RectificationNoticeType, 'RectificationNotice', row as unknown as RectificationNoticeType),
    'verifiedAt',
    'updatedAt',
  );

function noticeFields(ctx: Context): Record<string, FilterField> {
  return {
    unit: { column: 'n.unit_id', kind: 'id', typename: 'Unit' },
    status: { column: 'n.status', kind: 'enum' },
    overdue: whereOverdue(ctx),
    round: { column: 'f.round_id', kind: 'id', typename: 'InspectionRound' },
    region: { column: 'f.region_id', kind: 'id', typename: 'Region' },
    severity: { column: 'f.severity', kind: 'enum' },
    deadline: { column: 'n.deadline', kind: 'date' },
  };
}

const noticeOrderColumns: Record<RectificationNoticeOrderField, Omit<SortKey, 'direction'>> = {
  [RectificationNoticeOrderField.DEADLINE]: { column: 'n.deadline', property: 'deadline', type: 'date' },
  [RectificationNoticeOrderField.ISSUED_ON]: { column: 'n.issued_on', property: 'issuedOn', type: 'date' },
  [RectificationNoticeOrderField.UPDATED_AT]: { column: 'n.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Earliest deadline first: a unit's inbox. */
export function listNotices(
  ctx: Context,
  page: PageArgs,
  filter?: RectificationNoticeFilter | null,
  orderBy?: RectificationNoticeOrder[] | null,
): Promise<Page<RectificationNoticeType>> {
  const terms = orderBy?.length ? orderBy : [{ field: RectificationNoticeOrderField.DEADLINE, direction: 'ASC' }];
  return paginate({
    db: ctx.db,
    query: filtered(() => selectNotices(ctx.db), filter, noticeFields(ctx)),
    keys: orderKeys(noticeOrderColumns, terms, 'n.id'),
    args: page,
    map: toNotice,
  });
}

export const selectFeedback = (db: Knex) =>
  db('rectification_feedback as fb').select({
    key: 'fb.id',
    rootCauseAnalysis: 'fb.root_cause_analysis',
    measuresTaken: 'fb.measures_taken',
    evidence: 'fb.evidence',
    submittedOn: 'fb.submitted_on',
    submittedByKey: 'fb.submitted_by_id',
    noticeKey: 'fb.notice_id',
  });

export const toFeedback = (row: Row) =>
  nodeRow(RectificationFeedbackType, 'RectificationFeedback', row as unknown as RectificationFeedbackType);
