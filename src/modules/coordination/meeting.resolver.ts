import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { RecordMeetingInput } from './action-item.inputs.js';
import { recordMeeting } from './action-item.service.js';
import { issueKeyOf } from './coordination-issue.resolver.js';
import { MeetingType } from './coordination-issue.types.js';
import { RecordMeetingPayload, type CoordinationIssueResult } from './coordination.payloads.js';

registerNodeType('Meeting', { load: (ctx, key) => ctx.loaders.coordination.meetingByKey.load(key) });

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Mutation(() => RecordMeetingPayload, {
    description:
      'Records a meeting with its minutes and resolutions; each resolution may assign action items. Coordinators and commission staff.',
  })
  recordMeeting(
    @Arg('input', () => RecordMeetingInput, { description: 'The meeting.' }) input: RecordMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<CoordinationIssueResult>> {
    const fields = {
      heldOn: input.heldOn,
      title: input.title,
      minutes: input.minutes,
      attendingUnitKeys: input.attendingUnitIds.map((id, i) => keyOf(id, 'Unit', `input.attendingUnitIds.${i}`)),
      resolutions: input.resolutions.map((r, i) => ({
        text: r.text,
        actions: r.actions.map((a, j) => ({
          description: a.description,
          dueDate: a.dueDate,
          assignedUnitKey: keyOf(a.assignedUnitId, 'Unit', `input.resolutions.${i}.actions.${j}.assignedUnitId`),
        })),
      })),
    };
    return mutation(
      () => recordMeeting(ctx, issueKeyOf(input.issueId), fields),
      async (key) => ({ coordinationIssue: await ctx.loaders.coordination.issueByKey.load(key) }),
    );
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [UnitType], { description: 'Attending units.' })
  async attendingUnits(@Root() meeting: MeetingType, @Ctx() ctx: Context): Promise<UnitType[]> {
    const units = await ctx.loaders.unit.byKey.loadMany(meeting.attendingUnitKeys);
    return units.filter((u): u is UnitType => u !== null && !(u instanceof Error));
  }
}
