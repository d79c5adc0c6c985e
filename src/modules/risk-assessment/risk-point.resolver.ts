import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { canSeeAssessmentOf } from './risk-assessment.access.js';
import { RiskLevel } from './risk-assessment.enums.js';
import { AddRiskPointInput, RemoveRiskPointInput, UpdateRiskPointInput } from './risk-assessment.inputs.js';
import { assessmentKeyOf, pointKeyOf } from './risk-assessment.keys.js';
import { AddRiskPointPayload, RemoveRiskPointPayload, UpdateRiskPointPayload, type RiskPointResult } from './risk-assessment.payloads.js';
import { MitigationMeasureType, RiskPointType } from './risk-assessment.types.js';
import { levelOf, scoreOf } from './risk-matrix.js';
import * as service from './risk-point.service.js';

registerNodeType('RiskPoint', {
  load: (ctx, key) => ctx.loaders.riskAssessment.pointByKey.load(key),
  visible: (ctx, node) => canSeeAssessmentOf(ctx, (node as RiskPointType).assessmentKey),
});

type Payload = Promise<Partial<RiskPointResult>>;
/** The payload of a point edit: the assessment, and the point where it still exists. */
const changedOf = (ctx: Context) => async (change: service.PointChange) => ({
  riskAssessment: await ctx.loaders.riskAssessment.assessmentByKey.load(change.assessmentKey),
  riskPoint: change.pointKey === null ? null : await ctx.loaders.riskAssessment.pointByKey.load(change.pointKey),
});

@Resolver(() => RiskPointType)
export class RiskPointResolver {
  @Mutation(() => AddRiskPointPayload, { description: 'Adds a risk point; its level comes from the matrix.' })
  addRiskPoint(
    @Arg('input', () => AddRiskPointInput, { description: 'The point.' }) input: AddRiskPointInput,
    @Ctx() ctx: Context,
  ): Payload {
    const { assessmentId, ...props } = input;
    const key = assessmentKeyOf(assessmentId);
    return mutation(() => service.addRiskPoint(ctx, key, props), changedOf(ctx));
  }

  @Mutation(() => UpdateRiskPointPayload, { description: 'Describes a risk point anew.' })
  updateRiskPoint(
    @Arg('input', () => UpdateRiskPointInput, { description: 'The point.' }) input: UpdateRiskPointInput,
    @Ctx() ctx: Context,
  ): Payload {
    const { pointId, ...props } = input;
    const key = pointKeyOf(pointId);
    return mutation(() => service.updateRiskPoint(ctx, key, props), changedOf(ctx));
  }

  @Mutation(() => RemoveRiskPointPayload, { description: 'Removes a risk point and its mitigations.' })
  removeRiskPoint(
    @Arg('input', () => RemoveRiskPointInput, { description: 'The point.' }) input: RemoveRiskPointInput,
    @Ctx() ctx: Context,
  ): Payload {
    const key = pointKeyOf(input.pointId);
    return mutation(() => service.removeRiskPoint(ctx, key), changedOf(ctx));
  }

  @FieldResolver(() => Int, { description: 'likelihood × impact.' })
  score(@Root() point: RiskPointType): number {
    return scoreOf(point.likelihood, point.impact);
  }

  @FieldResolver(() => RiskLevel, { description: 'From the matrix: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW.' })
  level(@Root() point: RiskPointType): RiskLevel {
    return levelOf(point.likelihood, point.impact);
  }

  @Cost({ bound: 10 })
  @FieldResolver(() => [MitigationMeasureType], { description: 'Mitigation measures, in the order recorded.' })
  mitigations(@Root() point: RiskPointType, @Ctx() ctx: Context): Promise<MitigationMeasureType[]> {
    return ctx.loaders.riskAssessment.mitigationsOfPoint.load(point.key);
  }
}
