import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, countBy, groupLoader, listLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { selectEvaluations, toEvaluation } from './evaluation/evaluation.read.js';
import { selectFeedback, selectNotices, toFeedback, toNotice } from './notices/notices.read.js';
import { groupSortKeys, selectGroups, selectMembers, selectRounds, toGroup, toMember, toRound } from './rounds/rounds.read.js';
import { selectChecks, selectFindings, selectVisits, toCheck, toFinding, toVisit, visitSortKeys } from './visits/visits.read.js';

type Row = Record<string, unknown>;

/** Rows per parent key, in the order of `orderBy`, mapped to GraphQL objects. */
const rowsOf =
  <T>(query: () => Knex.QueryBuilder, column: string, groupKey: string, orderBy: string[], map: (row: Row) => T) =>
  async (keys: readonly string[]) =>
    (
      (await query()
        .whereIn(column, [...keys])
        .orderBy(orderBy)) as Row[]
    ).map((row) => ({ groupKey: String(row[groupKey]), item: map(row) }));

export function inspectionLoaders(db: Knex, cache: LoaderCache) {
  /** A connection per round (its groups, its visits), every round of the request in one statement. */
  const perRound =
    <T>(name: string, query: () => Knex.QueryBuilder, keys: typeof groupSortKeys, map: (row: Row) => T, table: string, column: string) =>
    (args: PageArgs) =>
      cache.get(name, args, () =>
        groupLoader((roundKeys) =>
          paginateGroups({
            db,
            query,
            keys,
            args,
            map,
            group: { column, property: 'roundKey' },
            groupKeys: roundKeys,
            countGroups: (ids) => countBy(db, table, 'round_id', ids),
          }),
        ),
      );

  return {
    roundByKey: columnLoader(
      () => selectRounds(db),
      'ir.id',
      toRound,
      (r) => r.key,
    ),
    groupByKey: columnLoader(
      () => selectGroups(db),
      'g.id',
      toGroup,
      (g) => g.key,
    ),
    visitByKey: columnLoader(
      () => selectVisits(db),
      'v.id',
      toVisit,
      (v) => v.key,
    ),
    findingByKey: columnLoader(
      () => selectFindings(db),
      'f.id',
      toFinding,
      (f) => f.key,
    ),
    noticeByKey: columnLoader(
      () => selectNotices(db),
      'n.id',
      toNotice,
      (n) => n.key,
    ),
    memberByKey: columnLoader(
      () => selectMembers(db),
      'm.id',
      toMember,
      (m) => m.key,
    ),
    checkByKey: columnLoader(
      () => selectChecks(db),
      'c.id',
      toCheck,
      (c) => c.key,
    ),
    feedbackByKey: columnLoader(
      () => selectFeedback(db),
      'fb.id',
      toFeedback,
      (f) => f.key,
    ),
    evaluationByKey: columnLoader(
      () => selectEvaluations(db),
      'e.id',
      toEvaluation,
      (e) => e.key,
    ),

    /** `InspectionRound.groups`. */
    groupsOfRound: perRound('InspectionRound.groups', () => selectGroups(db), groupSortKeys, toGroup, 'inspection_group', 'g.round_id'),
    /** `InspectionRound.visits`. */
    visitsOfRound: perRound('InspectionRound.visits', () => selectVisits(db), visitSortKeys, toVisit, 'inspection_visit', 'v.round_id'),
    /** Every group of a round, for its rotation. */
    allGroupsOf: listLoader(rowsOf(() => selectGroups(db), 'g.round_id', 'roundKey', ['g.round_id', 'g.ordinal', 'g.id'], toGroup)),
    membersOf: listLoader(rowsOf(() => selectMembers(db), 'm.group_id', 'groupKey', ['m.group_id', 'm.added_at', 'm.person_id'], toMember)),
    checksOf: listLoader(rowsOf(() => selectChecks(db), 'c.visit_id', 'visitKey', ['c.visit_id', 'c.id'], toCheck)),
    findingsOfVisit: listLoader(rowsOf(() => selectFindings(db), 'f.visit_id', 'visitKey', ['f.visit_id', 'f.id'], toFinding)),
    feedbackOf: listLoader(rowsOf(() => selectFeedback(db), 'fb.notice_id', 'noticeKey', ['fb.notice_id', 'fb.id'], toFeedback)),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    inspection: ReturnType<typeof inspectionLoaders>;
  }
}
