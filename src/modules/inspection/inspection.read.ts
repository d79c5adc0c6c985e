import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, withTiebreaker, type SortKey } from '../../shared/graphql/cursor.js';
import { conditionField, filtered, textInAny, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { timestamp } from '../../shared/db/values.js';
import { AWAITING_UNIT } from './inspection.enums.js';
import {
  FindingOrderField,
  NoticeOrderField,
  type FindingFilter,
  type FindingOrder,
  type InspectionRoundFilter,
  type NoticeOrder,
  type RectificationNoticeFilter,
} from './inspection.inputs.js';
import {
  EvaluationWeightsType,
  FindingType,
  InspectionGroupType,
  InspectionRoundType,
  InspectionVisitType,
  RectificationNoticeType,
  RegionEvaluationType,
} from './inspection.types.js';

// Reads select plain rows shaped like the GraphQL types; every signed-in user may read inspections.

type Row = Record<string, unknown>;
const orNull = <T>(value: unknown, f: (v: unknown) => T): T | null => (value == null ? null : f(value));
const score = (value: unknown) => orNull(value, Number);

export const selectRounds = (db: Knex) =>
  db('inspection_round as ir').select({
    key: 'ir.id',
    year: 'ir.year',
    title: 'ir.title',
    status: 'ir.status',
    rotationAssignedAt: 'ir.rotation_assigned_at',
    startedOn: 'ir.started_on',
    closedOn: 'ir.closed_on',
  });

export const toRound = (row: Row) =>
  nodeRow(InspectionRoundType, 'InspectionRound', {
    ...row,
    rotationAssignedAt: orNull(row.rotationAssignedAt, timestamp),
  } as unknown as InspectionRoundType);

const roundSortKeys = withTiebreaker([{ column: 'ir.year', property: 'year', direction: 'desc', type: 'integer' }], 'ir.id');

/** Newest year first. */
export function listRounds(ctx: Context, page: PageArgs, filter?: InspectionRoundFilter | null): Promise<Page<InspectionRoundType>> {
  const fields: Record<string, FilterField> = { status: { column: 'ir.status', kind: 'enum' } };
  return paginate({
    db: ctx.db,
    query: filtered(() => selectRounds(ctx.db), filter, fields),
    keys: roundSortKeys,
    args: page,
    map: toRound,
  });
}

export const selectGroups = (db: Knex) =>
  db('inspection_group as g').select({
    key: 'g.id',
    ordinal: 'g.ordinal',
    name: 'g.name',
    roundKey: 'g.round_id',
    leaderKey: 'g.leader_id',
    leaderHomeRegionKey: 'g.leader_home_region_id',
    homeRegionKey: 'g.home_region_id',
    assignedRegionKey: 'g.assigned_region_id',
  });

export const toGroup = (row: Row) => nodeRow(InspectionGroupType, 'InspectionGroup', row as unknown as InspectionGroupType);
export const groupSortKeys = withTiebreaker([{ column: 'g.ordinal', property: 'ordinal', direction: 'asc', type: 'integer' }], 'g.id');

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
  });

export const toVisit = (row: Row) => nodeRow(InspectionVisitType, 'InspectionVisit', row as unknown as InspectionVisitType);
/** Most recent first. */
export const visitSortKeys = withTiebreaker([{ column: 'v.visited_on', property: 'visitedOn', direction: 'desc', type: 'date' }], 'v.id');

/** Findings with their notice's key (one notice at most per finding). */
export const selectFindings = (db: Knex) =>
  db('inspection_finding as f')
    .leftJoin('rectification_notice as n', 'n.finding_id', 'f.id')
    .join('inspection_visit as fv', 'fv.id', 'f.visit_id')
    .select({
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
    });

export const toFinding = (row: Row) =>
  nodeRow(FindingType, 'InspectionFinding', { ...row, createdAt: timestamp(row.createdAt) } as unknown as FindingType);

/** The SQL twin of `noticeIsOverdue()`, over the notice joined as `n`. */
function whereOverdue(ctx: Context): FilterField {
  return conditionField((q) => void q.where('n.deadline', '<', ctx.today).whereIn('n.status', [...AWAITING_UNIT]));
}

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
  filter?: FindingFilter | null,
  orderBy?: FindingOrder[] | null,
): Promise<Page<FindingType>> {
  const terms = orderBy?.length ? orderBy : [{ field: FindingOrderField.FOUND_ON, direction: 'DESC' }];
  return paginate({
    db: ctx.db,
    query: filtered(() => selectFindings(ctx.db), filter, findingFields(ctx)),
    keys: orderKeys(findingOrderColumns, terms, 'f.id'),
    args: page,
    map: toFinding,
  });
}

export const selectNotices = (db: Knex) =>
  db('rectification_notice as n').join('inspection_finding as f', 'f.id', 'n.finding_id').select({
    key: 'n.id',
    issuedOn: 'n.issued_on',
    deadline: 'n.deadline',
    requirements: 'n.requirements',
    status: 'n.status',
    reopenReason: 'n.reopen_reason',
    reopenCount: 'n.reopen_count',
    verificationNote: 'n.verification_note',
    verifiedAt: 'n.verified_at',
    closedOn: 'n.closed_on',
    closedOnTime: 'n.closed_on_time',
    updatedAt: 'n.updated_at',
    findingKey: 'n.finding_id',
    unitKey: 'n.unit_id',
  });

export const toNotice = (row: Row) =>
  nodeRow(RectificationNoticeType, 'RectificationNotice', {
    ...row,
    verifiedAt: orNull(row.verifiedAt, timestamp),
    updatedAt: timestamp(row.updatedAt),
  } as unknown as RectificationNoticeType);

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

const noticeOrderColumns: Record<NoticeOrderField, Omit<SortKey, 'direction'>> = {
  [NoticeOrderField.DEADLINE]: { column: 'n.deadline', property: 'deadline', type: 'date' },
  [NoticeOrderField.ISSUED_ON]: { column: 'n.issued_on', property: 'issuedOn', type: 'date' },
  [NoticeOrderField.UPDATED_AT]: { column: 'n.updated_at', property: 'updatedAt', type: 'timestamp' },
};

/** Earliest deadline first: a unit's inbox. */
export function listNotices(
  ctx: Context,
  page: PageArgs,
  filter?: RectificationNoticeFilter | null,
  orderBy?: NoticeOrder[] | null,
): Promise<Page<RectificationNoticeType>> {
  const terms = orderBy?.length ? orderBy : [{ field: NoticeOrderField.DEADLINE, direction: 'ASC' }];
  return paginate({
    db: ctx.db,
    query: filtered(() => selectNotices(ctx.db), filter, noticeFields(ctx)),
    keys: orderKeys(noticeOrderColumns, terms, 'n.id'),
    args: page,
    map: toNotice,
  });
}

export const selectEvaluations = (db: Knex) =>
  db('region_evaluation as e').select({
    key: 'e.id',
    year: 'e.year',
    dailyScore: 'e.daily_score',
    dailyNotes: 'e.daily_notes',
    inspectionScore: 'e.inspection_score',
    checks: 'e.checks',
    minor: 'e.minor_findings',
    serious: 'e.serious_findings',
    critical: 'e.critical_findings',
    notices: 'e.notices',
    noticesClosedOnTime: 'e.notices_closed_on_time',
    noticesClosedLate: 'e.notices_closed_late',
    rectificationScore: 'e.rectification_score',
    deduction: 'e.deduction',
    total: 'e.total',
    rank: 'e.rank',
    computedAt: 'e.computed_at',
    regionKey: 'e.region_id',
  });

export const toEvaluation = (row: Row) =>
  nodeRow(RegionEvaluationType, 'RegionEvaluation', {
    ...row,
    dailyScore: score(row.dailyScore),
    inspectionScore: score(row.inspectionScore),
    rectificationScore: score(row.rectificationScore),
    deduction: Number(row.deduction),
    total: score(row.total),
    findings: { minor: row.minor, serious: row.serious, critical: row.critical },
    computedAt: orNull(row.computedAt, timestamp),
  } as unknown as RegionEvaluationType);

const rankingSortKeys = withTiebreaker([{ column: 'e.rank', property: 'rank', direction: 'asc', type: 'integer' }], 'e.id');

/** A year's evaluations, best first. */
export function listRanking(ctx: Context, page: PageArgs, year: number): Promise<Page<RegionEvaluationType>> {
  return paginate({
    db: ctx.db,
    query: () => selectEvaluations(ctx.db).where('e.year', year),
    keys: rankingSortKeys,
    args: page,
    map: toEvaluation,
  });
}

export async function readWeights(db: Knex): Promise<EvaluationWeightsType> {
  const row = (await db('evaluation_weights').where('id', 1).first()) as Row | undefined;
  if (!row) throw new Error('evaluation_weights has no row: the migrations were not applied.');
  const number = (column: string) => Number(row[column]);
  return Object.assign(new EvaluationWeightsType(), {
    dailyPerformance: number('daily_performance'),
    inspection: number('inspection'),
    rectification: number('rectification'),
    metValue: number('met_value'),
    partlyMetValue: number('partly_met_value'),
    notMetValue: number('not_met_value'),
    minorDeduction: number('minor_deduction'),
    seriousDeduction: number('serious_deduction'),
    criticalDeduction: number('critical_deduction'),
    lateClosureCredit: number('late_closure_credit'),
    updatedAt: timestamp(row.updated_at),
  });
}
