import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole } from '../../shared/auth/access.js';
import type { Context } from '../../shared/context.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { inspectionMessages } from './inspection.messages.js';
import { ROUND_RUNNERS } from './inspection.roles.js';

/**
 * An inspector records visits and findings only for a group they belong to (its leader or a member),
 * as the person their account is linked to; commission staff, who run the rounds, for any group.
 */
export async function requireGroupMember(ctx: Context, em: EntityManager, groupKey: string): Promise<void> {
  if (hasRole(ctx.viewer, ...ROUND_RUNNERS)) return;
  const { personKey } = ctx.viewer;
  if (personKey !== null) {
    const [belongs] = await em.execute(
      `select 1 from inspection_group g where g.id = ? and (g.leader_id = ? or exists (
         select 1 from inspection_group_member m where m.group_id = g.id and m.person_id = ?))`,
      [groupKey, personKey, personKey],
    );
    if (belongs) return;
  }
  throw forbidden(inspectionMessages.notInGroup);
}
