import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, listLoader } from '../../shared/db/loader.js';
import type { Node } from '../../shared/graphql/node.js';
import {
  selectAssessments,
  selectDecisions,
  selectMitigations,
  selectPoints,
  toAssessment,
  toDecision,
  toMitigation,
  toPoint,
} from './risk-assessment.read.js';
import {
  selectFindings,
  selectFollowUps,
  selectOpinions,
  selectRecords,
  toFinding,
  toFollowUp,
  toOpinion,
  toRecord,
} from './risk-assessment.records.js';

type Row = Record<string, unknown>;

/** Rows of `query` whose `column` is one of the keys, grouped by that column (aliased `groupKey`). */
function listBy<T>(query: () => Knex.QueryBuilder, column: string, order: string[], map: (row: Row) => T) {
  return listLoader(async (keys) =>
    (
      (await query()
        .select({ groupKey: column })
        .whereIn(column, [...keys])
        .orderBy(order)) as Row[]
    ).map((row) => ({ groupKey: String(row.groupKey), item: map(row) })),
  );
}

/** Node rows of `select()` by their primary key `column`. */
const byKey = <T extends Node>(select: () => Knex.QueryBuilder, column: string, map: (row: Row) => T) =>
  columnLoader(select, column, map, (node) => node.key);

export function riskAssessmentLoaders(db: Knex) {
  return {
    decisionByKey: byKey(() => selectDecisions(db), 'd.id', toDecision),
    assessmentByKey: byKey(() => selectAssessments(db), 'a.id', toAssessment),
    pointByKey: byKey(() => selectPoints(db), 'p.id', toPoint),
    mitigationByKey: byKey(() => selectMitigations(db), 'm.id', toMitigation),
    assessmentsOfDecision: listBy(() => selectAssessments(db), 'a.decision_id', ['a.decision_id', 'a.id'], toAssessment),
    pointsOfAssessment: listBy(() => selectPoints(db), 'p.assessment_id', ['p.assessment_id', 'p.id'], toPoint),
    mitigationsOfPoint: listBy(() => selectMitigations(db), 'm.point_id', ['m.point_id', 'm.id'], toMitigation),
    opinionsOfAssessment: listBy(() => selectOpinions(db), 'o.assessment_id', ['o.assessment_id', 'o.started_on', 'o.id'], toOpinion),
    findingsOfAssessment: listBy(() => selectFindings(db), 'f.assessment_id', ['f.assessment_id', 'f.dimension'], toFinding),
    /** The keys of an assessment's authors, by name. */
    authorKeysOfAssessment: listBy(
      () => db('risk_assessment_author as aa').join('app_user as au', 'au.id', 'aa.user_id').select({ userKey: 'aa.user_id' }),
      'aa.assessment_id',
      ['aa.assessment_id', 'au.display_name', 'aa.user_id'],
      (row) => String(row.userKey),
    ),
    recordsOfDecision: listBy(() => selectRecords(db), 'r.decision_id', ['r.decision_id', 'r.id'], toRecord),
    followUpsOfDecision: listBy(() => selectFollowUps(db), 'fr.decision_id', ['fr.decision_id', 'fr.reviewed_on', 'fr.id'], toFollowUp),
    opinionByKey: byKey(() => selectOpinions(db), 'o.id', toOpinion),
    findingByKey: byKey(() => selectFindings(db), 'f.id', toFinding),
    recordByKey: byKey(() => selectRecords(db), 'r.id', toRecord),
    followUpByKey: byKey(() => selectFollowUps(db), 'fr.id', toFollowUp),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    riskAssessment: ReturnType<typeof riskAssessmentLoaders>;
  }
}
