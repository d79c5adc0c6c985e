import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, listLoader } from '../../shared/db/loader.js';
import { timestamp } from '../../shared/db/values.js';
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
import type { DecisionRecordType, DimensionFindingType, FollowUpReviewType, OpinionCollectionType } from './risk-assessment.types.js';

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

export function riskAssessmentLoaders(db: Knex) {
  return {
    decisionByKey: columnLoader(
      () => selectDecisions(db),
      'd.id',
      toDecision,
      (d) => d.key,
    ),
    assessmentByKey: columnLoader(
      () => selectAssessments(db),
      'a.id',
      toAssessment,
      (a) => a.key,
    ),
    pointByKey: columnLoader(
      () => selectPoints(db),
      'p.id',
      toPoint,
      (p) => p.key,
    ),
    mitigationByKey: columnLoader(
      () => selectMitigations(db),
      'm.id',
      toMitigation,
      (m) => m.key,
    ),
    assessmentsOfDecision: listBy(() => selectAssessments(db), 'a.decision_id', ['a.decision_id', 'a.id'], toAssessment),
    pointsOfAssessment: listBy(() => selectPoints(db), 'p.assessment_id', ['p.assessment_id', 'p.id'], toPoint),
    mitigationsOfPoint: listBy(() => selectMitigations(db), 'm.point_id', ['m.point_id', 'm.id'], toMitigation),
    opinionsOfAssessment: listBy(
      () =>
        db('opinion_collection as o').select({
          method: 'o.method',
          startedOn: 'o.started_on',
          endedOn: 'o.ended_on',
          respondents: 'o.respondents',
          summary: 'o.summary',
          assessmentKey: 'o.assessment_id',
        }),
      'o.assessment_id',
      ['o.assessment_id', 'o.started_on', 'o.id'],
      (row) => row as unknown as OpinionCollectionType,
    ),
    findingsOfAssessment: listBy(
      () => db('dimension_finding as f').select({ dimension: 'f.dimension', reasoning: 'f.reasoning', assessmentKey: 'f.assessment_id' }),
      'f.assessment_id',
      ['f.assessment_id', 'f.dimension'],
      (row) => row as unknown as DimensionFindingType,
    ),
    /** The keys of an assessment's authors, by name. */
    authorKeysOfAssessment: listBy(
      () => db('risk_assessment_author as aa').join('app_user as au', 'au.id', 'aa.user_id').select({ userKey: 'aa.user_id' }),
      'aa.assessment_id',
      ['aa.assessment_id', 'au.display_name', 'aa.user_id'],
      (row) => String(row.userKey),
    ),
    recordsOfDecision: listBy(
      () =>
        db('decision_record as r').select({
          outcome: 'r.outcome',
          rationale: 'r.rationale',
          decidedAt: 'r.decided_at',
          level: 'r.level',
          decidedByKey: 'r.decided_by_id',
          assessmentKey: 'r.assessment_id',
          decisionKey: 'r.decision_id',
        }),
      'r.decision_id',
      ['r.decision_id', 'r.id'],
      (row) => ({ ...row, decidedAt: timestamp(row.decidedAt) }) as unknown as DecisionRecordType,
    ),
    followUpsOfDecision: listBy(
      () =>
        db('follow_up_review as fr').select({
          reviewedOn: 'fr.reviewed_on',
          findings: 'fr.findings',
          decisionKey: 'fr.decision_id',
          reviewerKey: 'fr.reviewer_id',
        }),
      'fr.decision_id',
      ['fr.decision_id', 'fr.reviewed_on', 'fr.id'],
      (row) => row as unknown as FollowUpReviewType,
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    riskAssessment: ReturnType<typeof riskAssessmentLoaders>;
  }
}
