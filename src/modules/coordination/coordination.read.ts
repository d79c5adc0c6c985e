import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { conditionField, filtered, textInAny, type FilterField } from '../../shared/graphql/filter.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { timestamp } from '../../shared/db/values.js';
import {
  CoordinationIssueOrderField,
  type ActionItemFilter,
  type CoordinationIssueFilter,
  type CoordinationIssueOrder,
} from './coordination.inputs.js';
import { formatFen } from './money.js';
import {
  ActionItemType,
  CoordinationIssueType,
  FundObligationType,
  IssueEvent,
  type FenTotals,
  type FundTotals,
} from './coordination.types.js';

type Row = Record<string, unknown>;

export const selectIssues = (db: Knex) =>
  db('coordination_issue as i').select({
    key: 'i.id',
    title: 'i.title',
    description: 'i.description',
    kind: 'i.kind',
    status: 'i.status',
    openedOn: 'i.opened_on',
    targetDate: 'i.target_date',
    updatedAt: 'i.updated_at',
    leadUnitKey: 'i.lead_unit_id',
  });

export const toIssue = (row: Row) =>
  nodeRow(CoordinationIssueType, 'CoordinationIssue', { ...row, updatedAt: timestamp(row.updatedAt) } as unknown as CoordinationIssueType);

/** Obligations with their totals, summed in SQL over exact integer fen. */
export const selectObligations = (db: Knex) =>
  db('fund_obligation as o').select({
    key: 'o.id',
    purpose: 'o.purpose',
    amountFen: db.raw('o.amount_fen::text'),
    beneficiaries: 'o.beneficiaries',
    issueKey: 'o.issue_id',
    payerKey: 'o.payer_id',
    payeeKey: 'o.payee_id',
    transferredFen: db.raw(
      `(select coalesce(sum(t.amount_fen), 0)::text from fund_transaction t where t.obligation_id = o.id and t.kind = 'TRANSFER')`,
    ),
    disbursedFen: db.raw(
      `(select coalesce(sum(t.amount_fen), 0)::text from fund_transaction t where t.obligation_id = o.id and t.kind = 'DISBURSEMENT')`,
    ),
  });

/** Totals in yuan from sums in fen; outstanding is what is still to disburse. */
export function totalsOf(fen: FenTotals): FundTotals {
  return {
    obligated: formatFen(fen.obligated),
    transferred: formatFen(fen.transferred),
    disbursed: formatFen(fen.disbursed),
    outstanding: formatFen(fen.obligated - fen.disbursed),
  };
}

export const toObligation = (row: Row) => {
  const fen = {
    obligated: BigInt(String(row.amountFen)),
    transferred: BigInt(String(row.transferredFen)),
    disbursed: BigInt(String(row.disbursedFen)),
  };
  return nodeRow(FundObligationType, 'FundObligation', {
    ...row,
    amount: formatFen(fen.obligated),
    fen,
    totals: totalsOf(fen),
  } as unknown as FundObligationType);
};

function issueFields(ctx: Context): Record<string, FilterField> {
  return {
    status: { column: 'i.status', kind: 'enum' },
    kind: { column: 'i.kind', kind: 'enum' },
    leadUnit: { column: 'i.lead_unit_id', kind: 'id', typename: 'Unit' },
    participatingUnit: {
      kind: 'custom',
      apply: (qb, value, path) => {
        const unitKey = keyOf(String(value), 'Unit', path);
        void qb.where(
          (q) =>
            void q
              .where('i.lead_unit_id', unitKey)
              .orWhereExists(
                ctx.db('issue_participant as ip').select(ctx.db.raw('1')).whereRaw('ip.issue_id = i.id').where('ip.unit_id', unitKey),
              ),
        );
      },
    },
    overdue: conditionField((q) => void q.where('i.target_date', '<', ctx.today).whereNotIn('i.status', ['RESOLVED', 'CLOSED'])),
    text: textInAny(['i.title', 'i.description']),
  };
}

const issueOrderColumns: Record<CoordinationIssueOrderField, Omit<SortKey, 'direction'>> = {
  [CoordinationIssueOrderField.OPENED_ON]: { column: 'i.opened_on', property: 'openedOn', type: 'date' },
  [CoordinationIssueOrderField.TARGET_DATE]: { column: 'i.target_date', property: 'targetDate', type: 'date' },
  [CoordinationIssueOrderField.UPDATED_AT]: { column: 'i.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Newest first unless `orderBy` says otherwise. */
export function listIssues(
  ctx: Context,
  page: PageArgs,
  filter?: CoordinationIssueFilter | null,
  orderBy?: CoordinationIssueOrder[] | null,
): Promise<Page<CoordinationIssueType>> {
  const terms = orderBy?.length ? orderBy : [{ field: CoordinationIssueOrderField.OPENED_ON, direction: 'DESC' }];
  const keys = orderKeys(issueOrderColumns, terms, 'i.id');
  return paginate({ db: ctx.db, query: filtered(() => selectIssues(ctx.db), filter, issueFields(ctx)), keys, args: page, map: toIssue });
}

export const selectActionItems = (db: Knex) =>
  db('action_item as ai').select({
    key: 'ai.id',
    description: 'ai.description',
    dueDate: 'ai.due_date',
    status: 'ai.status',
    evidence: 'ai.evidence',
    completedAt: 'ai.completed_at',
    completedByName: db.raw('(select u.display_name from app_user u where u.id = ai.completed_by_id)'),
    issueKey: 'ai.issue_id',
    assignedUnitKey: 'ai.assigned_unit_id',
    meetingKey: 'ai.meeting_id',
  });

export const toActionItem = (row: Row) =>
  nodeRow(ActionItemType, 'ActionItem', {
    ...row,
    completedAt: row.completedAt == null ? null : timestamp(row.completedAt),
  } as unknown as ActionItemType);

function actionItemFields(ctx: Context): Record<string, FilterField> {
  return {
    assignedUnit: { column: 'ai.assigned_unit_id', kind: 'id', typename: 'Unit' },
    status: { column: 'ai.status', kind: 'enum' },
    dueDate: { column: 'ai.due_date', kind: 'date' },
    overdue: conditionField((q) => void q.where('ai.due_date', '<', ctx.today).where('ai.status', 'OPEN')),
  };
}

/** Earliest due first: a unit's inbox. */
const actionItemSortKeys = withTiebreaker([{ column: 'ai.due_date', property: 'dueDate', direction: 'asc', type: 'date' }], 'ai.id');

export function listActionItems(ctx: Context, page: PageArgs, filter?: ActionItemFilter | null): Promise<Page<ActionItemType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectActionItems(ctx.db), filter, actionItemFields(ctx)),
    keys: actionItemSortKeys,
    args: page,
    map: toActionItem,
  });
}

export const selectEvents = (db: Knex) =>
  db('audit_entry as ae').select({
    key: 'ae.id',
    action: 'ae.action',
    actor: 'ae.actor',
    at: 'ae.created_at',
    from: 'ae.from',
    to: 'ae.to',
    objectId: 'ae.object_id',
  });

export const toEvent = (row: Row) => nodeRow(IssueEvent, 'IssueEvent', { ...row, at: timestamp(row.at) } as unknown as IssueEvent);

/** Oldest first: the order things happened in. */
export const eventSortKeys = withTiebreaker([], 'ae.id');
