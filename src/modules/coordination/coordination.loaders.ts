import type { Knex } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { columnLoader, countBy, groupLoader, listLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { timestamp } from '../../shared/db/values.js';
import { formatFen } from './money.js';
import { selectActionItems, toActionItem } from './action-item.read.js';
import { closureFactsOf } from './closure-facts.js';
import type { ClosureFacts } from './closure.js';
import { selectIssues, toIssue } from './coordination-issue.read.js';
import type { IssueParticipantType, MeetingType } from './coordination-issue.types.js';
import { selectObligations, toObligation } from './fund.read.js';
import type { FundTransactionType } from './fund.types.js';
import { eventSortKeys, selectEvents, toEvent } from './issue-event.read.js';

type Row = Record<string, unknown>;

export function coordinationLoaders(db: Knex, cache: LoaderCache) {
  return {
    eventByKey: columnLoader(
      () => selectEvents(db),
      'ae.id',
      toEvent,
      (e) => e.key,
    ),
    actionItemByKey: columnLoader(
      () => selectActionItems(db),
      'ai.id',
      toActionItem,
      (a) => a.key,
    ),
    actionItemsOf: listLoader(async (keys) =>
      (
        (await selectActionItems(db)
          .whereIn('ai.issue_id', [...keys])
          .orderBy(['ai.issue_id', 'ai.due_date', 'ai.id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: toActionItem(row),
      })),
    ),
    meetingsOf: listLoader(async (keys) =>
      (
        (await db('coordination_meeting as m')
          .select({
            heldOn: 'm.held_on',
            title: 'm.title',
            minutes: 'm.minutes',
            resolutions: 'm.resolutions',
            attendingUnitKeys: 'm.attending_unit_ids',
            issueKey: 'm.issue_id',
          })
          .whereIn('m.issue_id', [...keys])
          .orderBy(['m.issue_id', 'm.held_on', 'm.id'])) as Row[]
      ).map((row) => ({ groupKey: String(row.issueKey), item: row as unknown as MeetingType })),
    ),
    /** `CoordinationIssue.timeline`: the audit entries of every issue of the request, paged in one statement. */
    timelineOf: (args: PageArgs) =>
      cache.get('CoordinationIssue.timeline', args, () =>
        groupLoader((objectIds) =>
          paginateGroups({
            db,
            query: () => selectEvents(db),
            keys: eventSortKeys,
            args,
            map: toEvent,
            group: { column: 'ae.object_id', property: 'objectId' },
            groupKeys: objectIds,
            countGroups: (ids) => countBy(db, 'audit_entry', 'object_id', ids),
          }),
        ),
      ),
    /** What keeps each issue from closing, read by the builder `closeCoordinationIssue` uses. */
    closureFactsOf: new DataLoader<string, ClosureFacts>(async (keys) => {
      const facts = await closureFactsOf(db, async (query) => (await query) as Record<string, unknown>[], keys);
      return keys.map((key) => facts.get(key) ?? { items: [], obligations: [] });
    }),
    issueByKey: columnLoader(
      () => selectIssues(db),
      'i.id',
      toIssue,
      (i) => i.key,
    ),
    obligationByKey: columnLoader(
      () => selectObligations(db),
      'o.id',
      toObligation,
      (o) => o.key,
    ),
    participantsOf: listLoader(async (keys) =>
      (
        (await db('issue_participant as ip')
          .select({ role: 'ip.role', addedAt: 'ip.added_at', unitKey: 'ip.unit_id', issueKey: 'ip.issue_id' })
          .whereIn('ip.issue_id', [...keys])
          .orderBy(['ip.issue_id', 'ip.added_at', 'ip.unit_id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: { ...row, addedAt: timestamp(row.addedAt) } as unknown as IssueParticipantType,
      })),
    ),
    obligationsOf: listLoader(async (keys) =>
      (
        (await selectObligations(db)
          .whereIn('o.issue_id', [...keys])
          .orderBy(['o.issue_id', 'o.id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: toObligation(row),
      })),
    ),
    transactionsOf: listLoader(async (keys) =>
      (
        (await db('fund_transaction as t')
          .select({
            kind: 't.kind',
            amountFen: db.raw('t.amount_fen::text'),
            occurredOn: 't.occurred_on',
            reference: 't.reference',
            recordedByKey: 't.recorded_by_id',
            obligationKey: 't.obligation_id',
          })
          .whereIn('t.obligation_id', [...keys])
          .orderBy(['t.obligation_id', 't.occurred_on', 't.id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.obligationKey),
        item: { ...row, amount: formatFen(BigInt(String(row.amountFen))) } as unknown as FundTransactionType,
      })),
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    coordination: ReturnType<typeof coordinationLoaders>;
  }
}
