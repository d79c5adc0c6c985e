import type { Knex } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { columnLoader, countBy, groupLoader, listLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { Loaders } from '../../shared/context.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { withUnitJson } from '../unit/index.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { selectActionItems, toActionItem } from './action-item.read.js';
import { closureFactsOf } from './closure-facts.js';
import type { ClosureFacts } from './closure.js';
import { selectIssues, toIssue } from './coordination-issue.read.js';
import { selectObligations, selectTransactions, toObligation, toTransaction } from './fund.read.js';
import { selectParticipants, toParticipant } from './issue-participant.read.js';
import { eventSortKeys, selectEvents, toEvent } from './issue-event.read.js';
import { selectMeetings, toMeeting } from './meeting.read.js';

type Row = Record<string, unknown>;

export function coordinationLoaders(db: Knex, cache: LoaderCache, all: Loaders) {
  /** Rows that carry their unit (`withUnitJson`) as `unitJson`: the unit loader gets it, so `unit` reads nothing more. */
  const primingUnits = (rows: Row[]) => {
    for (const row of rows) all.unit.primeUnits(row.unitJson);
    return rows;
  };

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
      primingUnits(
        (await withUnitJson(db, selectActionItems(db), 'ai.assigned_unit_id')
          .whereIn('ai.issue_id', [...keys])
          .orderBy(['ai.issue_id', 'ai.due_date', 'ai.id'])) as Row[],
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: toActionItem(row),
      })),
    ),
    meetingByKey: columnLoader(
      () => selectMeetings(db),
      'm.id',
      toMeeting,
      (m) => m.key,
    ),
    meetingsOf: listLoader(async (keys) =>
      (
        (await selectMeetings(db)
          .whereIn('m.issue_id', [...keys])
          .orderBy(['m.issue_id', 'm.held_on', 'm.id'])) as Row[]
      ).map((row) => ({ groupKey: String(row.issueKey), item: toMeeting(row) })),
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
            group: { column: 'ae.object_id', property: 'objectId', type: 'text' },
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
    participantByKey: columnLoader(
      () => selectParticipants(db),
      'ip.id',
      toParticipant,
      (p) => p.key,
    ),
    participantsOf: listLoader(async (keys) =>
      primingUnits(
        (await withUnitJson(db, selectParticipants(db), 'ip.unit_id')
          .whereIn('ip.issue_id', [...keys])
          .orderBy(['ip.issue_id', 'ip.added_at', 'ip.id'])) as Row[],
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: toParticipant(row),
      })),
    ),
    obligationsOf: listLoader(async (keys) =>
      primingUnits(
        (await withUnitJson(db, selectObligations(db), 'o.payer_id')
          .whereIn('o.issue_id', [...keys])
          .orderBy(['o.issue_id', 'o.id'])) as Row[],
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: toObligation(row),
      })),
    ),
    transactionByKey: columnLoader(
      () => selectTransactions(db),
      't.id',
      toTransaction,
      (t) => t.key,
    ),
    transactionsOf: listLoader(async (keys) =>
      (
        (await selectTransactions(db)
          .whereIn('t.obligation_id', [...keys])
          .orderBy(['t.obligation_id', 't.occurred_on', 't.id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.obligationKey),
        item: toTransaction(row),
      })),
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    coordination: ReturnType<typeof coordinationLoaders>;
  }
}
