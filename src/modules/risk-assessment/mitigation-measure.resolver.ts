import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { optionalKeyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { isActionable } from './decision-rules.js';
import { canSeeAssessmentOf } from './risk-assessment.access.js';
import { AddMitigationMeasureInput } from './risk-assessment.inputs.js';
import { pointKeyOf } from './risk-assessment.keys.js';
import { AddMitigationMeasurePayload, type MitigationMeasureResult } from './risk-assessment.payloads.js';
import { MitigationMeasureType } from './risk-assessment.types.js';
import * as service from './risk-point.service.js';

registerNodeType('MitigationMeasure', {
  load: (ctx, key) => ctx.loaders.riskAssessment.mitigationByKey.load(key),
  visible: async (ctx, node) => {
    const point = await ctx.loaders.riskAssessment.pointByKey.load((node as MitigationMeasureType).pointKey);
    return point !== null && canSeeAssessmentOf(ctx, point.assessmentKey);
  },
});

@Resolver(() => MitigationMeasureType)
export class MitigationMeasureResolver {
  @Mutation(() => AddMitigationMeasurePayload, {
    description: 'Adds a mitigation measure to a risk point; it counts for approval only with an owner unit and a due date.',
  })
  addMitigationMeasure(
    @Arg('input', () => AddMitigationMeasureInput, { description: 'The measure.' }) input: AddMitigationMeasureInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<MitigationMeasureResult>> {
    const pointKey = pointKeyOf(input.pointId);
    const props = {
      description: input.description,
      ownerUnitKey: optionalKeyOf(input.ownerUnitId, 'Unit', 'input.ownerUnitId') ?? null,
      dueDate: input.dueDate ?? null,
    };
    const loaders = ctx.loaders.riskAssessment;
    return mutation(
      () => service.addMitigationMeasure(ctx, pointKey, props),
      async (change) => ({
        riskAssessment: await loaders.assessmentByKey.load(change.assessmentKey),
        riskPoint: await loaders.pointByKey.load(pointKey),
        mitigationMeasure: await loaders.mitigationByKey.load(change.measureKey),
      }),
    );
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit that owns the measure.' })
  ownerUnit(@Root() measure: MitigationMeasureType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return measure.ownerUnitKey ? ctx.loaders.unit.byKey.load(measure.ownerUnitKey) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Owned and dated, so it counts for a MEDIUM-risk approval.' })
  isActionable(@Root() measure: MitigationMeasureType): boolean {
    return isActionable(measure);
  }
}
