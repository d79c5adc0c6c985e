import { ActionItemStatus } from './coordination.enums.js';
import { formatFen } from './money.js';

// What keeps an issue from closing, as one function over plain facts. The facts come from one
// builder, `closure-facts.ts`: `closeCoordinationIssue` reads them under the lock, the
// `CoordinationIssue.closureBlockers` field through a loader.

export interface ClosureFacts {
  items: { key: string; description: string; status: ActionItemStatus; assignedUnitName: string }[];
  obligations: { key: string; purpose: string; amountFen: bigint; disbursedFen: bigint }[];
}

export interface ClosureBlockers {
  openItems: { key: string; description: string; assignedUnitName: string }[];
  unsettled: { key: string; purpose: string; outstanding: string }[];
}

export function closureBlockers(facts: ClosureFacts): ClosureBlockers {
  return {
    openItems: facts.items.filter((i) => i.status === ActionItemStatus.OPEN),
    unsettled: facts.obligations
      .filter((o) => o.disbursedFen < o.amountFen)
      .map((o) => ({ key: o.key, purpose: o.purpose, outstanding: formatFen(o.amountFen - o.disbursedFen) })),
  };
}

/** The blockers in words, for the error message. */
export function describeBlockers(blockers: ClosureBlockers): string[] {
  return [
    ...blockers.openItems.map((i) => `action item “${i.description}” (${i.assignedUnitName}) is still open`),
    ...blockers.unsettled.map((o) => `obligation “${o.purpose}” has ¥${o.outstanding} outstanding`),
  ];
}

/** Whether nothing keeps the issue from closing. */
export function isClear(blockers: ClosureBlockers): boolean {
  return blockers.openItems.length === 0 && blockers.unsettled.length === 0;
}
