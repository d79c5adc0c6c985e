import type { Knex } from '@mikro-orm/postgresql';
import { withTimestamps } from '../../shared/db/values.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { DecisionRecordType, DimensionFindingType, FollowUpReviewType, OpinionCollectionType } from './risk-assessment.types.js';

// The records kept on an assessment (opinion collections, "no significant risk" findings) and on a
// matter (decisions, follow-up reviews): one select and one mapping each, for by-key and list loaders.

type Row = Record<string, unknown>;

export const selectOpinions = (db: Knex) =>
  db('opinion_collection as o').select({
    key: 'o.id',
    method: 'o.method',
    startedOn: 'o.started_on',
    endedOn: 'o.ended_on',
    respondents: 'o.respondents',
    summary: 'o.summary',
    assessmentKey: 'o.assessment_id',
  });
export const toOpinion = (row: Row) => nodeRow(OpinionCollectionType, 'OpinionCollection', row as unknown as OpinionCollectionType);

export const selectFindings = (db: Knex) =>
  db('dimension_finding as f').select({
    key: 'f.id',
    dimension: 'f.dimension',
    reasoning: 'f.reasoning',
    assessmentKey: 'f.assessment_id',
  });
export const toFinding = (row: Row) => nodeRow(DimensionFindingType, 'DimensionFinding', row as unknown as DimensionFindingType);

export const selectRecords = (db: Knex) =>
  db('decision_record as r').select({
    key: 'r.id',
    outcome: 'r.outcome',
    rationale: 'r.rationale',
    decidedAt: 'r.decided_at',
    level: 'r.level',
    decidedByKey: 'r.decided_by_id',
    assessmentKey: 'r.assessment_id',
    decisionKey: 'r.decision_id',
  });
export const toRecord = (row: Row) =>
  withTimestamps(nodeRow(DecisionRecordType, 'DecisionRecord', row as unknown as DecisionRecordType), 'decidedAt');

export const selectFollowUps = (db: Knex) =>
  db('follow_up_review as fr').select({
    key: 'fr.id',
    reviewedOn: 'fr.reviewed_on',
    findings: 'fr.findings',
    decisionKey: 'fr.decision_id',
    reviewerKey: 'fr.reviewer_id',
  });
export const toFollowUp = (row: Row) => nodeRow(FollowUpReviewType, 'FollowUpReview', row as unknown as FollowUpReviewType);
