import type { Context } from '../../shared/context.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { Unit } from '../unit/index.js';
import { MitigationMeasure } from './mitigation-measure.entity.js';
import type { RiskAssessment } from './risk-assessment.entity.js';
import { RiskErrors } from './risk-assessment.errors.js';
import { editAssessment } from './risk-assessment.locks.js';
import { RiskPoint, type RiskPointProps } from './risk-point.entity.js';

// Risk points and their mitigation measures, edited as part of a draft assessment.

/** What a point edit changed: the assessment, and the point where it still exists. */
export interface PointChange {
  assessmentKey: string;
  pointKey: string | null;
}

function pointOf(assessment: RiskAssessment, pointKey: string): RiskPoint {
  const point = assessment.points.getItems().find((p) => p.id === pointKey);
  if (!point) throw RiskErrors.notFound('risk point', 'pointId');
  return point;
}

/** The assessment a point belongs to, found before the edit locks it. */
async function assessmentOfPoint(ctx: Context, pointKey: string): Promise<string> {
  const point = await ctx.em.fork().findOne(RiskPoint, { id: pointKey }, { fields: ['id', 'assessment'] });
  if (!point) throw RiskErrors.notFound('risk point', 'pointId');
  return point.assessment.id;
}

export function addRiskPoint(ctx: Context, assessmentKey: string, props: RiskPointProps): Promise<PointChange> {
  return editAssessment(ctx, assessmentKey, 'addRiskPoint', async (assessment, em) => {
    const point = new RiskPoint(assessment, props);
    assessment.points.add(point);
    em.persist(point);
    await em.flush();
    return {
      to: { pointId: toGlobalId('RiskPoint', point.id), ...props, level: point.level },
      result: { assessmentKey, pointKey: point.id },
    };
  });
}

export async function updateRiskPoint(ctx: Context, pointKey: string, props: RiskPointProps): Promise<PointChange> {
  const assessmentKey = await assessmentOfPoint(ctx, pointKey);
  return editAssessment(ctx, assessmentKey, 'updateRiskPoint', async (assessment) => {
    const point = pointOf(assessment, pointKey);
    const { dimension, description, likelihood, impact, level } = point;
    point.describe(props);
    return {
      to: {
        pointId: toGlobalId('RiskPoint', pointKey),
        before: { dimension, description, likelihood, impact, level },
        ...props,
        level: point.level,
      },
      result: { assessmentKey, pointKey },
    };
  });
}

export async function removeRiskPoint(ctx: Context, pointKey: string): Promise<PointChange> {
  const assessmentKey = await assessmentOfPoint(ctx, pointKey);
  return editAssessment(ctx, assessmentKey, 'removeRiskPoint', async (assessment) => {
    const point = pointOf(assessment, pointKey);
    const removed = {
      pointId: toGlobalId('RiskPoint', pointKey),
      dimension: point.dimension,
      description: point.description,
      level: point.level,
    };
    // Orphan removal deletes the point and, with it, its mitigations.
    assessment.points.remove(point);
    return { to: { removed }, result: { assessmentKey, pointKey: null } };
  });
}

export async function addMitigationMeasure(
  ctx: Context,
  pointKey: string,
  props: { description: string; ownerUnitKey: string | null; dueDate: string | null },
): Promise<PointChange & { measureKey: string }> {
  const assessmentKey = await assessmentOfPoint(ctx, pointKey);
  return editAssessment(ctx, assessmentKey, 'addMitigationMeasure', async (assessment, em) => {
    const point = pointOf(assessment, pointKey);
    const ownerUnit = props.ownerUnitKey ? await em.findOne(Unit, { id: props.ownerUnitKey }) : null;
    if (props.ownerUnitKey && !ownerUnit) throw RiskErrors.notFound('unit', 'ownerUnitId');
    const measure = new MitigationMeasure({ point, description: props.description, ownerUnit, dueDate: props.dueDate });
    point.mitigations.add(measure);
    em.persist(measure);
    await em.flush();
    return {
      to: {
        pointId: toGlobalId('RiskPoint', pointKey),
        description: measure.description,
        ownerUnitId: ownerUnit ? toGlobalId('Unit', ownerUnit.id) : null,
        dueDate: props.dueDate,
      },
      result: { assessmentKey, pointKey, measureKey: measure.id },
    };
  });
}
