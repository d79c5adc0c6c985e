import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { write } from '../../shared/audit/write.js';
import { load, mapLoaded, type Loaded } from '../../shared/db/loader.js';
import type { ActionItemType } from './action-item.types.js';
import { closureFactsOf } from './closure-facts.js';
import { closureBlockers, describeBlockers, isClear } from './closure.js';
import type { ClosureBlockersType } from './closure.types.js';
import { coordinationMessages } from './coordination.messages.js';
import { auditIssue, lockIssue, RUNNERS } from './issue-lock.js';

// Closure: closing a resolved issue once nothing is left open, and what keeps it from closing.

export async function closeCoordinationIssue(ctx: Context, issueKey: string): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.close);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const facts = await closureFactsOf(em.getKnex(), (query) => em.execute(query), [issueKey]);
    const from = issue.status;
    issue.close(describeBlockers(closureBlockers(facts.get(issueKey) ?? { items: [], obligations: [] })));
    auditIssue(audit, issueKey, 'close', { status: from }, { status: issue.status });
    return issueKey;
  });
}

/** What keeps an issue from closing, for display: the same facts and rule as `closeCoordinationIssue`. */
export function closureBlockersOf(ctx: Context, issueKey: string): Loaded<ClosureBlockersType> {
  const { coordination } = ctx.loaders;
  return mapLoaded(coordination.closureFactsOf(issueKey), (facts) =>
    mapLoaded(load(coordination.actionItemsOf, issueKey), (items) => {
      const blockers = closureBlockers(facts);
      const open = new Set(blockers.openItems.map((i) => i.key));
      return {
        openActionItems: items.filter((i: ActionItemType) => open.has(i.key)),
        unsettledObligations: blockers.unsettled,
        clear: isClear(blockers),
      };
    }),
  );
}
