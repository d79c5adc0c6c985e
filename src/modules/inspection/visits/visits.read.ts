import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import type { Page, PageArgs } from '../../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../../shared/graphql/cursor.js';
import { filtered, textInAny, type FilterField } from '../../../shared/graphql/filter.js';
import { nodeRow } from '../../../shared/graphql/node.js';
import { paginate } from '../../../shared/graphql/paginate.js';
import { withTimestamps } from '../../../shared/db/values.js';
import { fromJson } from '../../../shared/db/joined.js';
import { prime } from '../../../shared/db/loader.js';
import { compiledSelect } from '../../../shared/db/select-list.js';
import { unitJson } from '../../unit/index.js';
import { noticeJson, toNotice, whereOverdue } from '../notices/notices.read.js';
import { FindingOrderField, type FindingFilter, type FindingOrder } from './visits.inputs.js';
import { FindingType, InspectionVisitType, TaskCheckType } from './visits.types.js';

type Row = Record<string, unknown>;

export const selectVisits = (db: Knex) =>
  db('inspection_visit as v').select({
    key: 'v.id',
    visitedOn: 'v.visited_on',
    kind: 'v.kind',
    methods: 'v.methods',
    summary: 'v.summary',
    roundKey: 'v.round_id',
    groupKey: 'v.group_id',
    regionKey: 'v.region_id',
    unitKeys: 'v.unit_ids',
    recordedByKey: 'v.recorded_by_id',
  });

export const toVisit = (row: Row) => nodeRow(InspectionVisitType, 'InspectionVisit', row as unknown as InspectionVisitType);
/** Most recent first. */
export const visitSortKeys = withTiebreaker([{ column: 'v.visited_on', property: 'visitedOn', direction: 'desc', type: 'date' }], 'v.id');

export const selectChecks = (db: Knex) =>
  db('inspection_task_check as c').select({
    key: 'c.id',
    quantity: 'c.quantity',
    results: 'c.results',
    quality: 'c.quality',
    notes: 'c.notes',
    taskKey: 'c.task_id',
    visitKey: 'c.visit_id',
  });

export const toCheck = (row: Row) => nodeRow(TaskCheckType, 'TaskCheck', row as unknown as TaskCheckType);

/** Findings joined to their notice (one at most per finding) and their visit. */
const findingsFrom = (db: Knex) =>
  db('inspection_finding as f')
    .leftJoin('rectification_notice as n', 'n.finding_id', 'f.id')
    .join('inspection_visit as fv', 'fv.id', 'f.visit_id');

/** Findings with their notice's key. */
export const selectFindings = (db: Knex) =>
  findingsFrom(db).select({
    key: 'f.id',
    description: 'f.description',
    severity: 'f.severity',
    foundOn: 'f.found_on',
    createdAt: 'f.created_at',
    visitKey: 'f.visit_id',
    groupKey: 'fv.group_id',
    roundKey: 'f.round_id',
    regionKey: 'f.region_id',
    taskKey: 'f.task_id',
    unitKey: 'f.unit_id',
    noticeKey: 'n.id',
    recordedByKey: 'f.recorded_by_id',
  });

export const toFinding = (row: Row) =>
  withTimestamps(nodeRow(FindingType, 'InspectionFinding', row as unknown as FindingType), 'createdAt');

function findingFields(ctx: Context): Record<string, FilterField> {
  return {
    round: { column: 'f.round_id', kind: 'id', typename: 'InspectionRound' },
    region: { column: 'f.region_id', kind: 'id', typename: 'Region' },
    unit: { column: 'f.unit_id', kind: 'id', typename: 'Unit' },
    group: { column: 'fv.group_id', kind: 'id', typename: 'InspectionGroup' },
    severity: { column: 'f.severity', kind: 'enum' },
    noticeStatus: { column: 'n.status', kind: 'enum' },
    hasNotice: {
      kind: 'custom',
      apply: (qb, value) => void (value ? qb.whereNotNull('n.id') : qb.whereNull('n.id')),
    },
    overdue: whereOverdue(ctx),
    foundOn: { column: 'f.found_on', kind: 'date' },
    text: textInAny(['f.description']),
  };
}

const findingOrderColumns: Record<FindingOrderField, Omit<SortKey, 'direction'>> = {
  [FindingOrderField.FOUND_ON]: { column: 'f.found_on', property: 'foundOn', type: 'date' },
  [FindingOrderField.CREATED_AT]: { column: 'f.created_at', property: 'createdAt', type: 'timestamp' },
};

/** Most recently found first unless `orderBy` says otherwise. */
export function listFindings(
  ctx: Context,
  page: PageArgs,
  joins: { unit: boolean; notice: boolean },
  filter?: FindingFilter | null,
  orderBy?: FindingOrder[] | null,
): Promise<Page<FindingType>> {
  const terms = orderBy?.length ? orderBy : [{ field: FindingOrderField.FOUND_ON, direction: 'DESC' }];
  const { db } = ctx;
  // The unit and notice a page shows come in the page's statement and serve their loaders.
  const build = () => {
    const qb = selectFindings(db);
    if (joins.unit) void qb.select({ unitJson: unitJson(db, 'f.unit_id') });
    if (joins.notice) void qb.select({ noticeJson: noticeJson(db, 'n.id') });
    return qb;
  };
  const select = () => compiledSelect(db, `findings ${joins.unit} ${joins.notice}`, () => findingsFrom(db), build);
  const map = (row: Row) => {
    if (joins.unit) ctx.loaders.unit.primeUnits(row.unitJson);
    for (const notice of fromJson(row.noticeJson, toNotice)) prime(ctx.loaders.inspection.noticeByKey, notice.key, notice);
    return toFinding(row);
  };
  return paginate({
    db,
    query: filtered(select, filter, findingFields(ctx)),
    keys: orderKeys(findingOrderColumns, terms, 'f.id'),
    args: page,
    map,
  });
}
