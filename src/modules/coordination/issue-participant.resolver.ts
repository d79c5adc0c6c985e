import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { issueKeyOf } from './coordination-issue.resolver.js';
import { AddIssueParticipantInput } from './coordination-issue.inputs.js';
import { addIssueParticipant } from './coordination-issue.service.js';
import { IssueParticipantType } from './coordination-issue.types.js';
import { AddIssueParticipantPayload, type CoordinationIssueResult } from './coordination.payloads.js';

registerNodeType('IssueParticipant', { load: (ctx, key) => ctx.loaders.coordination.participantByKey.load(key) });

@Resolver(() => IssueParticipantType)
export class IssueParticipantResolver {
  @Mutation(() => AddIssueParticipantPayload, {
    description: 'Adds a participating unit with its role. Coordinators and commission staff.',
  })
  addIssueParticipant(
    @Arg('input', () => AddIssueParticipantInput, { description: 'The issue, the unit and its role.' }) input: AddIssueParticipantInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<CoordinationIssueResult>> {
    const unitKey = keyOf(input.unitId, 'Unit', 'input.unitId');
    return mutation(
      () => addIssueParticipant(ctx, issueKeyOf(input.issueId), unitKey, input.role),
      async (key) => ({ coordinationIssue: await ctx.loaders.coordination.issueByKey.load(key) }),
    );
  }

  @FieldResolver(() => UnitType, { description: 'The unit.' })
  unit(@Root() participant: IssueParticipantType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, participant.unitKey, 'unit');
  }
}
