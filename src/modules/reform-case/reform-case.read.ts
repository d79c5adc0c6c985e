import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered, textInAny, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { withTimestamps } from '../../shared/db/values.js';
import { ReformCaseOrderField, type ReformCaseFilter, type ReformCaseOrder } from './reform-case.filter.js';
import { GuidanceVisitType, ReformCaseType } from './reform-case.types.js';

export const selectCases = (db: Knex) =>
  db('reform_case as c').select({
    key: 'c.id',
    title: 'c.title',
    summary: 'c.summary',
    status: 'c.status',
    recognitionLevel: 'c.recognition_level',
    recognizedBy: 'c.recognized_by',
    submittedAt: 'c.submitted_at',
    decidedAt: 'c.decided_at',
    createdAt: 'c.created_at',
    unitKey: 'c.unit_id',
  });

export const toCase = (row: Record<string, unknown>) =>
  withTimestamps(nodeRow(ReformCaseType, 'ReformCase', row as unknown as ReformCaseType), 'submittedAt', 'decidedAt', 'createdAt');

export const selectVisits = (db: Knex) =>
  db('guidance_visit as v').select({
    key: 'v.id',
    visitedOn: 'v.visited_on',
    notes: 'v.notes',
    caseKey: 'v.reform_case_id',
    visitingUnitKey: 'v.visiting_unit_id',
  });

export const toVisit = (row: Record<string, unknown>) => nodeRow(GuidanceVisitType, 'GuidanceVisit', row as unknown as GuidanceVisitType);

const fields: Record<string, FilterField> = {
  unit: { column: 'c.unit_id', kind: 'id', typename: 'Unit' },
  status: { column: 'c.status', kind: 'enum' },
  recognitionLevel: { column: 'c.recognition_level', kind: 'enum' },
  text: textInAny(['c.title', 'c.summary']),
};

const orderColumns: Record<ReformCaseOrderField, Omit<SortKey, 'direction'>> = {
  [ReformCaseOrderField.CREATED_AT]: { column: 'c.created_at', property: 'createdAt', type: 'timestamp' },
  [ReformCaseOrderField.TITLE]: { column: 'c.title', property: 'title' },
  [ReformCaseOrderField.STATUS]: { column: 'c.status', property: 'status' },
};

/** Sort keys for an `orderBy`; without one, the order the cases were recorded (by ID). */
function sortKeys(orderBy: ReformCaseOrder[] | null | undefined): SortKey[] {
  return orderBy?.length ? orderKeys(orderColumns, orderBy, 'c.id') : withTiebreaker([], 'c.id');
}

export function listCases(
  ctx: Context,
  page: PageArgs,
  filter?: ReformCaseFilter | null,
  orderBy?: ReformCaseOrder[] | null,
): Promise<Page<ReformCaseType>> {
  return paginate({
    db: ctx.db,
    query: filtered(() => selectCases(ctx.db), filter, fields),
    keys: sortKeys(orderBy),
    args: page,
    map: toCase,
  });
}
