import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, countBy, groupLoader, listLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { timestamp } from '../../shared/db/values.js';
import { selectEvaluations, toEvaluation } from './evaluation/evaluation.read.js';
import { selectNotices, toNotice } from './notices/notices.read.js';
import type { RectificationFeedbackType } from './notices/notices.types.js';
import { groupSortKeys, selectGroups, selectRounds, toGroup, toRound } from './rounds/rounds.read.js';
import type { GroupMemberType } from './rounds/rounds.types.js';
import { selectFindings, selectVisits, toFinding, toVisit, visitSortKeys } from './visits/visits.read.js';
import type { TaskCheckType } from './visits/visits.types.js';

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
    membersOf: listLoader(
      rowsOf(
        () =>
          db('inspection_group_member as m').select({
            addedAt: 'm.added_at',
            personKey: 'm.person_id',
            homeRegionKey: 'm.home_region_id',
            groupKey: 'm.group_id',
          }),
        'm.group_id',
        'groupKey',
        ['m.group_id', 'm.added_at', 'm.person_id'],
        (row) => ({ ...row, addedAt: timestamp(row.addedAt) }) as unknown as GroupMemberType,
      ),
    ),
    checksOf: listLoader(
      rowsOf(
        () =>
          db('inspection_task_check as c').select({
            quantity: 'c.quantity',
            results: 'c.results',
            quality: 'c.quality',
            notes: 'c.notes',
            taskKey: 'c.task_id',
            visitKey: 'c.visit_id',
          }),
        'c.visit_id',
        'visitKey',
        ['c.visit_id', 'c.id'],
        (row) => row as unknown as TaskCheckType,
      ),
    ),
    findingsOfVisit: listLoader(rowsOf(() => selectFindings(db), 'f.visit_id', 'visitKey', ['f.visit_id', 'f.id'], toFinding)),
    feedbackOf: listLoader(
      rowsOf(
        () =>
          db('rectification_feedback as fb').select({
            rootCauseAnalysis: 'fb.root_cause_analysis',
            measuresTaken: 'fb.measures_taken',
            evidence: 'fb.evidence',
            submittedOn: 'fb.submitted_on',
            submittedByKey: 'fb.submitted_by_id',
            noticeKey: 'fb.notice_id',
          }),
        'fb.notice_id',
        'noticeKey',
        ['fb.notice_id', 'fb.id'],
        (row) => row as unknown as RectificationFeedbackType,
      ),
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    inspection: ReturnType<typeof inspectionLoaders>;
  }
}
