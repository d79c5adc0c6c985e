import { ActionItemStatus } from './coordination.enums.js';
import { formatFen } from './money.js';
import type { Text } from '../../shared/i18n/text.js';
import { coordinationMessages } from './coordination.messages.js';

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
export function describeBlockers(blockers: ClosureBlockers): Text[] {
  return [
    ...blockers.openItems.map((i) => coordinationMessages.openItem(i.description, i.assignedUnitName)),
    ...blockers.unsettled.map((o) => coordinationMessages.unsettled(o.purpose, o.outstanding)),
  ];
}

/** Whether nothing keeps the issue from closing. */
export function isClear(blockers: ClosureBlockers): boolean {
  return blockers.openItems.length === 0 && blockers.unsettled.length === 0;
}
