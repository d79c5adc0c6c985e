import type { Knex } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import {
  columnLoader,
  countBy,
  groupLoader,
  listLoader,
  allLoaded,
  load,
  loadRequired,
  mapLoaded,
  prime,
  type Loaded,
  type LoaderCache,
} from '../../shared/db/loader.js';
import type { Loaders } from '../../shared/context.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { withUnitJson } from '../unit/index.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { fromJson } from '../../shared/db/joined.js';
import { ACTION_ITEM_ORDER, selectActionItems, toActionItem } from './action-item.read.js';
import type { ClosureFacts } from './closure.js';
import { selectIssues, toIssue } from './coordination-issue.read.js';
import { OBLIGATION_ORDER, selectObligations, selectTransactions, toObligation, toTransaction } from './fund.read.js';
import { PARTICIPANT_ORDER, selectParticipants, toParticipant } from './issue-participant.read.js';
import { eventSortKeys, selectEvents, toEvent } from './issue-event.read.js';
import { selectMeetings, toMeeting } from './meeting.read.js';

type Row = Record<string, unknown>;

export function coordinationLoaders(db: Knex, cache: LoaderCache, all: Loaders) {
  /** A row that carries its unit (`withUnitJson`, `unitJson`) as `unitJson`: the unit loader gets it, so `unit` reads nothing more. */
  const primingUnit = (row: Row) => {
    all.unit.primeUnits(row.unitJson);
    return row;
  };
  /** Primes `loader` with an issue's list read in its page's statement (`selectIssuesJoined`), if it was. */
  const primeList = <T>(loader: DataLoader<string, T[]>, issueKey: string, json: unknown, map: (row: Row) => T) => {
    if (json === undefined) return;
    prime(
      loader,
      issueKey,
      fromJson(json, (row) => map(primingUnit(row))),
    );
  };

  /** An issue's rows of `query`, every issue of the request in one statement, each row with the unit `unitColumn` names. */
  const ofIssuesWithUnit = <T>(
    query: () => Knex.QueryBuilder,
    unitColumn: string,
    issueColumn: string,
    order: string[],
    map: (row: Row) => T,
  ) =>
    listLoader(async (keys) =>
      (
        (await withUnitJson(db, query(), unitColumn)
          .whereIn(issueColumn, [...keys])
          .orderBy([issueColumn, ...order])) as Row[]
      ).map((row) => ({ groupKey: String(row.issueKey), item: map(primingUnit(row)) })),
    );
  const actionItemsOf = ofIssuesWithUnit(
    () => selectActionItems(db),
    'ai.assigned_unit_id',
    'ai.issue_id',
    ACTION_ITEM_ORDER,
    toActionItem,
  );
  const obligationsOf = ofIssuesWithUnit(() => selectObligations(db), 'o.payer_id', 'o.issue_id', OBLIGATION_ORDER, toObligation);
  const participantsOf = ofIssuesWithUnit(() => selectParticipants(db), 'ip.unit_id', 'ip.issue_id', PARTICIPANT_ORDER, toParticipant);

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
    actionItemsOf,
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
    /**
     * What keeps each issue from closing, for display: built from the rows its action items and
     * obligations are listed from (same order, same sums), so showing them costs no statement more.
     * `closeCoordinationIssue` reads the same facts under its lock (closure-facts.ts); both are
     * judged by closure.ts, and test/model-coordination.test.ts holds display and refusal to one model.
     */
    closureFactsOf(issueKey: string): Loaded<ClosureFacts> {
      // Both lists asked for before either is waited for, so that their batches run side by side.
      const listed = { items: load(actionItemsOf, issueKey), obligations: load(obligationsOf, issueKey) };
      return mapLoaded(listed.items, (items) =>
        mapLoaded(listed.obligations, (obligations) => {
          // The assigned units were read with the items (withUnitJson, or the page's statement): from the unit loader, at once.
          const itemFacts = items.map((item) =>
            mapLoaded(loadRequired(all.unit.byKey, item.assignedUnitKey, 'unit'), (unit) => ({
              key: item.key,
              description: item.description,
              status: item.status,
              assignedUnitName: unit.name,
            })),
          );
          const obligationFacts = obligations.map((o) => ({
            key: o.key,
            purpose: o.purpose,
            amountFen: o.fen.obligated,
            disbursedFen: o.fen.disbursed,
          }));
          return mapLoaded(allLoaded(itemFacts), (facts): ClosureFacts => ({ items: facts, obligations: obligationFacts }));
        }),
      );
    },
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
    participantsOf,
    /** The lists of an issue row of `selectIssuesJoined` serve their loaders, so their resolvers read nothing more. */
    primeJoined(issueKey: string, row: Row) {
      primeList(participantsOf, issueKey, row.participantsJson, toParticipant);
      primeList(actionItemsOf, issueKey, row.actionItemsJson, toActionItem);
      primeList(obligationsOf, issueKey, row.obligationsJson, toObligation);
    },
    obligationsOf,
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
