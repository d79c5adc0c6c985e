import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../shared/graphql/cursor.js';
import { filtered, textInAny, whereEither, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { withTimestamps } from '../../shared/db/values.js';
import { fromJson, jsonRow, jsonRows } from '../../shared/db/joined.js';
import { prime } from '../../shared/db/loader.js';
import { compiledSelect } from '../../shared/db/select-list.js';
import { categoryJson } from '../decision-category/index.js';
import { unitJson } from '../unit/index.js';
import { MajorDecisionOrderField, type MajorDecisionFilter, type MajorDecisionOrder } from './risk-assessment.inputs.js';
import { levelOfScoreSql } from './risk-matrix.js';
import { whereContentsVisible } from './risk-assessment.access.js';
import { MajorDecisionType, MitigationMeasureType, RiskAssessmentType, RiskPointType } from './risk-assessment.types.js';

type Row = Record<string, unknown>;

export const selectDecisions = (db: Knex) =>
  db('major_decision as d').select({
    key: 'd.id',
    title: 'd.title',
    procedure: 'd.procedure',
    status: 'd.status',
    planText: 'd.plan_text',
    categoryKey: 'd.category_id',
    decisionBodyKey: 'd.decision_body_id',
    assessingUnitKey: 'd.assessing_unit_id',
    currentAssessmentKey: 'd.current_assessment_id',
    nextFollowUpDue: 'd.next_follow_up_due',
    createdAt: 'd.created_at',
    updatedAt: 'd.updated_at',
    outcome: db.raw('(select r.outcome from decision_record r where r.decision_id = d.id order by r.id desc limit 1)'),
  });

export const toDecision = (row: Row) =>
  withTimestamps(nodeRow(MajorDecisionType, 'MajorDecision', row as unknown as MajorDecisionType), 'createdAt', 'updatedAt');

export const selectAssessments = (db: Knex) =>
  db('risk_assessment as a').select({
    key: 'a.id',
    status: 'a.status',
    submittedAt: 'a.submitted_at',
    verdict: 'a.verdict',
    reviewComments: 'a.review_comments',
    reviewedAt: 'a.reviewed_at',
    filedAt: 'a.filed_at',
    createdAt: 'a.created_at',
    decisionKey: 'a.decision_id',
    reviewerKey: 'a.reviewer_id',
    filedByKey: 'a.filed_by_id',
  });

export const toAssessment = (row: Row) =>
  withTimestamps(
    nodeRow(RiskAssessmentType, 'RiskAssessment', row as unknown as RiskAssessmentType),
    'submittedAt',
    'reviewedAt',
    'filedAt',
    'createdAt',
  );

export const selectPoints = (db: Knex) =>
  db('risk_point as p').select({
    key: 'p.id',
    dimension: 'p.dimension',
    description: 'p.description',
    likelihood: 'p.likelihood',
    impact: 'p.impact',
    peopleAffected: 'p.people_affected',
    assessmentKey: 'p.assessment_id',
  });
export const toPoint = (row: Row) => nodeRow(RiskPointType, 'RiskPoint', row as unknown as RiskPointType);

export const selectMitigations = (db: Knex) =>
  db('mitigation_measure as m').select({
    key: 'm.id',
    description: 'm.description',
    dueDate: 'm.due_date',
    pointKey: 'm.point_id',
    ownerUnitKey: 'm.owner_unit_id',
  });
export const toMitigation = (row: Row) => nodeRow(MitigationMeasureType, 'MitigationMeasure', row as unknown as MitigationMeasureType);

/** The level of a matter's current assessment, in SQL: null without one. */
const CURRENT_LEVEL = `(select case when d.current_assessment_id is null then null else ${levelOfScoreSql('coalesce(max(p.likelihood * p.impact), 0)')} end from risk_point p where p.assessment_id = d.current_assessment_id)`;

function decisionFields(ctx: Context): Record<string, FilterField> {
  return {
    category: { column: 'd.category_id', kind: 'id', typename: 'DecisionCategory' },
    status: { column: 'd.status', kind: 'enum' },
    decisionBody: { column: 'd.decision_body_id', kind: 'id', typename: 'Unit' },
    assessingUnit: { column: 'd.assessing_unit_id', kind: 'id', typename: 'Unit' },
    level: {
      kind: 'custom',
      apply: (qb, value) => {
        whereContentsVisible(qb, ctx);
        const c = value as { eq?: string | null; neq?: string | null; in?: string[] | null; nin?: string[] | null };
        const wanted = c.eq != null ? [c.eq] : c.in;
        const unwanted = c.neq != null ? [c.neq] : c.nin;
        if (wanted) void qb.whereRaw(`${CURRENT_LEVEL} = any(?)`, [wanted]);
        if (unwanted?.length) void qb.whereRaw(`coalesce(${CURRENT_LEVEL} <> all(?), true)`, [unwanted]);
      },
    },
    followUpDue: {
      kind: 'custom',
      apply: (qb, value) => {
        whereContentsVisible(qb, ctx);
        whereEither(qb, (q) => void q.whereNotNull('d.next_follow_up_due').where('d.next_follow_up_due', '<=', ctx.today), Boolean(value));
      },
    },
    text: textInAny(['d.title']),
  };
}

const decisionOrderColumns: Record<MajorDecisionOrderField, Omit<SortKey, 'direction'>> = {
  [MajorDecisionOrderField.CREATED_AT]: { column: 'd.created_at', property: 'createdAt', type: 'timestamp' },
  [MajorDecisionOrderField.UPDATED_AT]: { column: 'd.updated_at', property: 'updatedAt', type: 'timestamp' },
  [MajorDecisionOrderField.TITLE]: { column: 'd.title', property: 'title' },
};

/** Relations a page of decisions may read in its own statement, so their resolvers read nothing more. */
export interface DecisionJoins {
  category: boolean;
  decisionBody: boolean;
  /** The current assessment with its points: read for everyone, shown only as `canSeeContents` allows. */
  currentAssessment: boolean;
}

function selectDecisionsJoined(db: Knex, joins: DecisionJoins): Knex.QueryBuilder {
  const shape = `decisions ${joins.category} ${joins.decisionBody} ${joins.currentAssessment}`;
  return compiledSelect(
    db,
    shape,
    () => db('major_decision as d'),
    () => buildDecisionsJoined(db, joins),
  );
}

function buildDecisionsJoined(db: Knex, joins: DecisionJoins): Knex.QueryBuilder {
  const qb = selectDecisions(db);
  if (joins.category) void qb.select({ categoryJson: categoryJson(db, 'd.category_id') });
  if (joins.decisionBody) void qb.select({ decisionBodyJson: unitJson(db, 'd.decision_body_id') });
  if (joins.currentAssessment) {
    const points = selectPoints(db).whereRaw('p.assessment_id = a.id').orderBy('p.id');
    void qb.select({
      assessmentJson: jsonRow(
        db,
        selectAssessments(db)
          .select({ pointsJson: jsonRows(db, points) })
          .whereRaw('a.id = d.current_assessment_id'),
      ),
    });
  }
  return qb;
}

/** Maps a row of `selectDecisionsJoined`, priming the request's loaders with the relations it carries. */
function toDecisionPriming(ctx: Context, joins: DecisionJoins) {
  const { loaders } = ctx;
  return (row: Row): MajorDecisionType => {
    if (joins.category) loaders.decisionCategory.primeCategories(row.categoryJson);
    if (joins.decisionBody) loaders.unit.primeUnits(row.decisionBodyJson);
    const assessments = fromJson(row.assessmentJson, ({ pointsJson, ...assessment }) => {
      prime(loaders.riskAssessment.pointsOfAssessment, String(assessment.key), fromJson(pointsJson, toPoint));
      return toAssessment(assessment);
    });
    for (const assessment of assessments) prime(loaders.riskAssessment.assessmentByKey, assessment.key, assessment);
    return toDecision(row);
  };
}

export function listDecisions(
  ctx: Context,
  page: PageArgs,
  joins: DecisionJoins,
  filter?: MajorDecisionFilter | null,
  orderBy?: MajorDecisionOrder[] | null,
): Promise<Page<MajorDecisionType>> {
  const terms = orderBy?.length ? orderBy : [{ field: MajorDecisionOrderField.CREATED_AT, direction: 'DESC' }];
  const keys = orderKeys(decisionOrderColumns, terms, 'd.id');
  return paginate({
    db: ctx.db,
    query: filtered(() => selectDecisionsJoined(ctx.db, joins), filter, decisionFields(ctx)),
    keys,
    args: page,
    map: toDecisionPriming(ctx, joins),
  });
}
