import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../shared/graphql/cursor.js';
import { conditionField, filtered, textInAny, type FilterField } from '../../shared/graphql/filter.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { compiledSelect } from '../../shared/db/select-list.js';
import { withTimestamps } from '../../shared/db/values.js';
import { unitJson } from '../unit/index.js';
import { CoordinationIssueOrderField, type CoordinationIssueFilter, type CoordinationIssueOrder } from './coordination-issue.inputs.js';
import { CoordinationIssueType } from './coordination-issue.types.js';

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

/** Newest first unless `orderBy` says otherwise. */
export function listIssues(
  ctx: Context,
  page: PageArgs,
  withLeadUnit: boolean,
  filter?: CoordinationIssueFilter | null,
  orderBy?: CoordinationIssueOrder[] | null,
): Promise<Page<CoordinationIssueType>> {
  const terms = orderBy?.length ? orderBy : [{ field: CoordinationIssueOrderField.OPENED_ON, direction: 'DESC' }];
  const keys = orderKeys(issueOrderColumns, terms, 'i.id');
  // The lead unit, when the page shows it, comes in the page's statement and serves the unit loader.
  const build = () => (withLeadUnit ? selectIssues(ctx.db).select({ unitJson: unitJson(ctx.db, 'i.lead_unit_id') }) : selectIssues(ctx.db));
  const select = () => compiledSelect(ctx.db, `coordination issues ${withLeadUnit}`, () => ctx.db('coordination_issue as i'), build);
  const map = (row: Row) => {
    if (withLeadUnit) ctx.loaders.unit.primeUnits(row.unitJson);
    return toIssue(row);
  };
  return paginate({ db: ctx.db, query: filtered(select, filter, issueFields(ctx)), keys, args: page, map });
}
