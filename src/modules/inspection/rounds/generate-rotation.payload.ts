import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import { payloadOf } from '../../../shared/graphql/payload.js';
import { RegionType } from '../../unit/index.js';
import { InspectionRoundResult } from './inspection-round.resolver.js';
import { RotationAssignmentType } from './rounds.types.js';

@ObjectType('GenerateRotationResult')
export class GenerateRotationResult extends InspectionRoundResult {
  @Cost({ bound: 30 })
  @Field(() => [RegionType], {
    nullable: true,
    description: 'The ring found, as regions in order: the group seated at each inspects the next, the last the first.',
  })
  order?: RegionType[] | null;

  @Cost({ bound: 30 })
  @Field(() => [RotationAssignmentType], { nullable: true, description: 'The same ring as each group with the region it would inspect.' })
  assignments?: RotationAssignmentType[] | null;

  /** Read through `GenerateRotationPayloadResolver.applied`: a refused payload carries no value. */
  applied?: boolean;
}

export const GenerateRotationPayload = payloadOf('generateRotation', GenerateRotationResult);

/** A refused payload, also one refused before the resolver ran (an unseen ID), assigned nothing. */
@Resolver(() => GenerateRotationPayload)
export class GenerateRotationPayloadResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the ring was assigned (`apply: true`) or only proposed.' })
  applied(@Root() payload: Partial<GenerateRotationResult>): boolean {
    return payload.applied === true;
  }
}
