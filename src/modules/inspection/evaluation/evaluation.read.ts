import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import type { Page, PageArgs } from '../../../shared/graphql/connection.js';
import { withTiebreaker } from '../../../shared/graphql/cursor.js';
import { nodeRow } from '../../../shared/graphql/node.js';
import { paginate } from '../../../shared/graphql/paginate.js';
import { timestamp } from '../../../shared/db/values.js';
import { EvaluationWeightsType, RegionEvaluationType } from './evaluation.types.js';

type Row = Record<string, unknown>;
const orNull = <T>(value: unknown, f: (v: unknown) => T): T | null => (value == null ? null : f(value));
const score = (value: unknown) => orNull(value, Number);

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
