import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import type { Context } from '../../../shared/context.js';
import { allLoaded, loadRequired } from '../../../shared/db/loader.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { mutation, payloadOf } from '../../../shared/graphql/payload.js';
import { GenerateRotationPayload, type GenerateRotationResult } from './generate-rotation.payload.js';
import { InspectionRoundResult, roundKeyOf, roundPayload } from './inspection-round.resolver.js';
import { inRingOrder } from './rotation.js';
import { assignRotation, clearRotation, generateRotation } from './rotation.service.js';
import { AssignRotationInput, ClearRotationInput, GenerateRotationInput, type InspectionRoundRefFields } from './rounds.inputs.js';
import { InspectionRoundType, RotationAssignmentType } from './rounds.types.js';

const AssignRotationPayload = payloadOf('assignRotation', InspectionRoundResult);
const ClearRotationPayload = payloadOf('clearRotation', InspectionRoundResult);

/** The rotation of a round (the ring, 推磨式): assigned, generated, cleared, and read in ring order. */
@Resolver(() => InspectionRoundType)
export class RotationResolver {
  @Mutation(() => AssignRotationPayload, {
    description:
      'Assigns the rotation: one ring through every region, no group sent to its own region or one its leader or members come from (ROTATION_CONFLICT, ROTATION_INCOMPLETE, ROTATION_NOT_ONE_CYCLE). Once per round (ROUND_ALREADY_ASSIGNED), while PLANNING. Commission staff.',
  })
  assignRotation(
    @Arg('input', () => AssignRotationInput, { description: 'The ring, as `order` or as `assignments`.' }) input: AssignRotationInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionRoundResult>> {
    const key = roundKeyOf(input.roundId);
    const spec = {
      order: input.order?.map((id, i) => keyOf(id, 'Region', `input.order.${i}`)) ?? null,
      assignments:
        input.assignments?.map((a, i) => ({
          groupKey: keyOf(a.groupId, 'InspectionGroup', `input.assignments.${i}.groupId`),
          regionKey: keyOf(a.regionId, 'Region', `input.assignments.${i}.regionId`),
        })) ?? null,
    };
    return mutation(() => assignRotation(ctx, key, spec), roundPayload(ctx));
  }

  @Mutation(() => GenerateRotationPayload, {
    description:
      'Finds a valid ring for the round by itself (NO_VALID_ROTATION, saying why, where none exists). Proposed only unless `apply: true`, which assigns it as `assignRotation` does. Commission staff.',
  })
  // Searches the ring of regions (a backtracking search over up to 30 regions).
  @Cost({ weight: 1_000 })
  async generateRotation(
    @Arg('input', () => GenerateRotationInput, { description: 'The round.' }) input: GenerateRotationInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<GenerateRotationResult>> {
    const key = roundKeyOf(input.roundId);
    const payload = await mutation(
      () => generateRotation(ctx, key, input.apply),
      async (ring) => ({
        inspectionRound: await ctx.loaders.inspection.roundByKey.load(ring.roundKey),
        order: await allLoaded(ring.order.map((regionKey) => loadRequired(ctx.loaders.unit.regionByKey, regionKey, 'region'))),
        assignments: ring.links,
        applied: ring.applied,
      }),
    );
    return payload;
  }

  @Mutation(() => ClearRotationPayload, { description: 'Clears the rotation of a round still PLANNING. Commission staff.' })
  clearRotation(
    @Arg('input', () => ClearRotationInput, { description: 'The round.' }) input: InspectionRoundRefFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionRoundResult>> {
    const key = roundKeyOf(input.roundId);
    return mutation(() => clearRotation(ctx, key), roundPayload(ctx));
  }

  @Cost({ bound: 30 })
  @FieldResolver(() => [RotationAssignmentType], {
    description:
      'The rotation in ring order, starting from the first group: each group, its home region and the region it inspects. Empty while there is none.',
  })
  async assignments(@Root() round: InspectionRoundType, @Ctx() ctx: Context): Promise<RotationAssignmentType[]> {
    const groups = await ctx.loaders.inspection.allGroupsOf.load(round.key);
    return inRingOrder(groups.map((g) => ({ groupKey: g.key, fromRegionKey: g.homeRegionKey, regionKey: g.assignedRegionKey })));
  }
}
