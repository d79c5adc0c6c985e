import { NoticeStatus } from '../inspection.enums.js';

// The rules of a rectification notice that both the writes (the entity) and the reads (the
// `isOverdue` field, the `overdue` filter's SQL twin in notices.read.ts) use.

/** The statuses in which the responsible unit still owes its feedback: past the deadline, these are overdue. */
export const AWAITING_UNIT: readonly NoticeStatus[] = [NoticeStatus.NOTIFIED, NoticeStatus.RECTIFYING, NoticeStatus.REOPENED];

/** Overdue: past its deadline on `today` while the unit still owes its feedback. */
export function isOverdue(notice: { deadline: string; status: NoticeStatus }, today: string): boolean {
  return notice.deadline < today && AWAITING_UNIT.includes(notice.status);
}

/** Feedback that came in on `submittedOn` is on time when that is not after the deadline. */
export function isOnTime(deadline: string, submittedOn: string): boolean {
  return submittedOn <= deadline;
}
