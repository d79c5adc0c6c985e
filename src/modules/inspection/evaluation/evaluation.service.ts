import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import { requireRole } from '../../../shared/auth/access.js';
import { write, type Write } from '../../../shared/audit/write.js';
import { Region } from '../../unit/index.js';
import { COMPUTE_EVALUATIONS } from './evaluation.sql.js';
import { EvaluationWeights, type WeightValues } from './evaluation-weights.entity.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { EVALUATORS, WEIGHT_KEEPERS } from '../inspection.roles.js';
import { RegionEvaluation } from './region-evaluation.entity.js';

/** Evaluation writes of one year run one after the other (rows are created and ranked together). */
async function lockYear(em: EntityManager, year: number): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('region_evaluation'), ?)`, [year]);
}

/**
 * Recomputes every region's evaluation for the year inside the caller's transaction, with an
 * audit entry per region whose total or rank moved (or that was evaluated for the first time).
 */
export async function computeYear(tx: Write, year: number): Promise<string> {
  const { em, audit } = tx;
  await lockYear(em, year);
  const [round] = await em.execute<{ key: string }[]>('select id::text as key from inspection_round where year = ?', [year]);
  if (!round) throw InspectionErrors.invalid('year', M.noRoundToEvaluate(year));
  const before = new Map(
    (
      await em.execute<{ regionKey: string; total: string | null; rank: number; computed: boolean }[]>(
        'select region_id::text as "regionKey", total::text as total, rank, computed_at is not null as computed from region_evaluation where year = ?',
        [year],
      )
    ).map((r) => [r.regionKey, r]),
  );
  const after = await em.execute<{ key: string; regionKey: string; total: string | null; rank: number }[]>(COMPUTE_EVALUATIONS, [year]);
  for (const row of after) {
    const old = before.get(row.regionKey);
    if (old?.computed && old.total === row.total && old.rank === row.rank) continue;
    audit({
      action: 'regionEvaluation.compute',
      object: { typename: 'RegionEvaluation', key: row.key },
      from: old?.computed ? { total: old.total, rank: old.rank } : null,
      to: { year, total: row.total, rank: row.rank },
    });
  }
  return round.key;
}

export async function recomputeRegionEvaluations(ctx: Context, year: number): Promise<number> {
  requireRole(ctx, EVALUATORS, M.actions.computeEvaluations);
  return write(ctx, async (tx) => {
    const roundKey = await computeYear(tx, year);
    // Recorded even when nothing moved: who recomputed, and when.
    tx.audit({ action: 'regionEvaluation.recompute', object: { typename: 'InspectionRound', key: roundKey }, from: null, to: { year } });
    return year;
  });
}

export async function setDailyPerformanceScore(
  ctx: Context,
  fields: { regionKey: string; year: number; score: number; notes: string },
): Promise<number> {
  requireRole(ctx, EVALUATORS, M.actions.enterScores);
  return write(ctx, async (tx) => {
    const { em, audit } = tx;
    await lockYear(em, fields.year);
    const region = await em.findOne(Region, { id: fields.regionKey });
    if (!region) throw InspectionErrors.notFound('region', 'regionId');
    const evaluation = (await em.findOne(RegionEvaluation, { region, year: fields.year })) ?? new RegionEvaluation(region, fields.year);
    const from = evaluation.dailyScore;
    evaluation.setDailyScore(fields.score, fields.notes);
    em.persist(evaluation);
    await em.flush();
    audit({
      action: 'regionEvaluation.setDailyScore',
      object: { typename: 'RegionEvaluation', key: evaluation.id },
      from: { dailyScore: from },
      to: { year: fields.year, region: region.name, dailyScore: evaluation.dailyScore, notes: evaluation.dailyNotes },
    });
    await computeYear(tx, fields.year);
    return fields.year;
  });
}

export async function updateEvaluationWeights(ctx: Context, values: WeightValues): Promise<void> {
  requireRole(ctx, WEIGHT_KEEPERS, M.actions.changeWeights);
  await write(ctx, async ({ em, audit }) => {
    const weights = await em.findOneOrFail(EvaluationWeights, { id: 1 });
    const from = weights.snapshot();
    weights.update(values);
    audit({ action: 'evaluationWeights.update', object: { typename: 'EvaluationWeights', key: '1' }, from, to: weights.snapshot() });
  });
}
