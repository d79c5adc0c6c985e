import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../shared/graphql/cursor.js';
import { conditionField, filtered, textInAny, type FilterField } from '../../shared/graphql/filter.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { jsonRows } from '../../shared/db/joined.js';
import { compiledSelect } from '../../shared/db/select-list.js';
import { withTimestamps } from '../../shared/db/values.js';
import { unitJson } from '../unit/index.js';
import { CoordinationIssueOrderField, type CoordinationIssueFilter, type CoordinationIssueOrder } from './coordination-issue.inputs.js';
import { CoordinationIssueType } from './coordination-issue.types.js';
import { ACTION_ITEM_ORDER, selectActionItems } from './action-item.read.js';
import { OBLIGATION_ORDER, selectObligations } from './fund.read.js';
import { PARTICIPANT_ORDER, selectParticipants } from './issue-participant.read.js';

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
  withTimestamps(nodeRow(CoordinationIssueType, 'CoordinationIssue', row as unknown as CoordinationIssueType), 'updatedAt');

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
    // The SQL twin of `issueIsOverdue` (coordination-issue.entity.ts).
    overdue: conditionField((q) => void q.where('i.target_date', '<', ctx.today).whereNotIn('i.status', ['RESOLVED', 'CLOSED'])),
    text: textInAny(['i.title', 'i.description']),
  };
}

const issueOrderColumns: Record<CoordinationIssueOrderField, Omit<SortKey, 'direction'>> = {
  [CoordinationIssueOrderField.OPENED_ON]: { column: 'i.opened_on', property: 'openedOn', type: 'date' },
  [CoordinationIssueOrderField.TARGET_DATE]: { column: 'i.target_date', property: 'targetDate', type: 'date' },
  [CoordinationIssueOrderField.UPDATED_AT]: { column: 'i.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Relations an issue page may read in its own statement, so their resolvers read nothing more. */
export interface IssueJoins {
  leadUnit: boolean;
  participants: boolean;
  actionItems: boolean;
  obligations: boolean;
}

/** The relations of issues read for the fields `asked` of them. */
export function issueJoinsFor(asked: ReadonlySet<string>): IssueJoins {
  // What keeps an issue from closing is judged on its action items and obligations (closure.ts).
  const blockers = asked.has('closureBlockers');
  return {
    leadUnit: asked.has('leadUnit'),
    participants: asked.has('participants'),
    actionItems: blockers || asked.has('actionItems'),
    obligations: blockers || asked.has('fundObligations') || asked.has('fundTotals'),
  };
}

/**
 * `selectIssues` with the relations of `joins` as JSON columns: the lead unit as `unitJson`, each list
 * (in the order its loader reads it, each row with its unit) as `participantsJson`, `actionItemsJson`
 * and `obligationsJson`, for `primeJoined` (coordination.loaders.ts).
 */
function selectIssuesJoined(db: Knex, joins: IssueJoins): Knex.QueryBuilder {
  const ofIssue = (rows: Knex.QueryBuilder, issueColumn: string, unitColumn: string, order: string[]) =>
    jsonRows(
      db,
      rows
        .select({ unitJson: unitJson(db, unitColumn) })
        .whereRaw('?? = i.id', [issueColumn])
        .orderBy(order),
    );
  const build = () => {
    const qb = selectIssues(db);
    if (joins.leadUnit) void qb.select({ unitJson: unitJson(db, 'i.lead_unit_id') });
    if (joins.participants)
      void qb.select({ participantsJson: ofIssue(selectParticipants(db), 'ip.issue_id', 'ip.unit_id', PARTICIPANT_ORDER) });
    if (joins.actionItems) {
      void qb.select({ actionItemsJson: ofIssue(selectActionItems(db), 'ai.issue_id', 'ai.assigned_unit_id', ACTION_ITEM_ORDER) });
    }
    if (joins.obligations)
      void qb.select({ obligationsJson: ofIssue(selectObligations(db), 'o.issue_id', 'o.payer_id', OBLIGATION_ORDER) });
    return qb;
  };
  const shape = `coordination issues ${joins.leadUnit} ${joins.participants} ${joins.actionItems} ${joins.obligations}`;
  return compiledSelect(db, shape, () => db('coordination_issue as i'), build);
}

/** Newest first unless `orderBy` says otherwise. */
export function listIssues(
  ctx: Context,
  page: PageArgs,
  joins: IssueJoins,
  filter?: CoordinationIssueFilter | null,
  orderBy?: CoordinationIssueOrder[] | null,
): Promise<Page<CoordinationIssueType>> {
  const terms = orderBy?.length ? orderBy : [{ field: CoordinationIssueOrderField.OPENED_ON, direction: 'DESC' }];
  const keys = orderKeys(issueOrderColumns, terms, 'i.id');
  const map = (row: Row) => {
    if (joins.leadUnit) ctx.loaders.unit.primeUnits(row.unitJson);
    const issue = toIssue(row);
    ctx.loaders.coordination.primeJoined(issue.key, row);
    return issue;
  };
  return paginate({
    db: ctx.db,
    query: filtered(() => selectIssuesJoined(ctx.db, joins), filter, issueFields(ctx)),
    keys,
    args: page,
    map,
  });
}
