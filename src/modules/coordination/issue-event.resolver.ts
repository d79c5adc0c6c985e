import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { auditObjectType } from '../../shared/audit/write.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserType } from '../user/index.js';
import { IssueEvent } from './issue-event.types.js';

// Only events of coordination issues are reachable as IssueEvents, not any audit entry.
registerNodeType('IssueEvent', {
  load: (ctx, key) => ctx.loaders.coordination.eventByKey.load(key),
  visible: (_ctx, node) => auditObjectType((node as IssueEvent).objectId) === 'CoordinationIssue',
});

@Resolver(() => IssueEvent)
export class IssueEventResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Who did it; null for the system (demo data, migrations).' })
  actor(@Root() event: IssueEvent, @Ctx() ctx: Context): Promise<UserType | null> {
    return ctx.loaders.user.byUsername.load(event.actorName);
  }
}
