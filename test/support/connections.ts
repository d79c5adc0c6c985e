import { auditObjectId } from '../../src/shared/audit/write.js';

/**
 * Where each connection of the graph finds its rows in SQL, and the column each of its orderings
 * sorts by (before the id tiebreaker), so a test can ask PostgreSQL for the order a connection must
 * page in and check the plan of its deep pages. Rows are `x`; `x.id` is the node's key.
 */
export interface ConnectionSpec {
  /** The rows: a table aliased `x`, with joins if the connection goes through a link table. */
  from: string;
  /** A condition the connection always applies. */
  where?: string;
  /** Arguments the connection needs besides paging. */
  args?: string;
  /** For a connection per parent: the parent's type, the column holding its key, and how to pick one. */
  parent?: { type: string; column: string; where?: string; keyOf?: (value: string) => string };
  /** SQL run once before the test, where the demo data has too few rows for paging. */
  setup?: string;
  /** `orderBy` field → column; a connection without `orderBy` has one ordering, under `''`. */
  orders: Record<string, { column: string; direction?: 'ASC' | 'DESC' }>;
}

const by = (columns: Record<string, string>) => Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, { column }]));

const TASK_ORDERS = by({ CODE: 'code', DEADLINE: 'deadline', STATUS: 'status', UPDATED_AT: 'updated_at' });
const UNIT_ORDERS = by({ CODE: 'code', CREATED_AT: 'created_at', NAME: 'name', UPDATED_AT: 'updated_at' });
const PERSON_ORDERS = by({ NAME: 'name', TITLE: 'title' });
const ISSUE_PREFIX = auditObjectId('CoordinationIssue', '');

/** Files attached to one object of a type (its first row): a dozen, where the demo data has none. */
const evidenceFiles = (typename: string, table: string): ConnectionSpec => ({
  from: 'evidence_file x',
  where: `x.attached_type = '${typename}'`,
  parent: { type: typename, column: 'x.attached_key', where: `x.attached_type = '${typename}'` },
  setup: `insert into evidence_file (created_at, updated_at, file_name, content_type, size, sha256, uploaded_by_id, attached_type, attached_key, attached_at)
   select now() - g * interval '1 minute', now(), 'f' || g || '.pdf', 'application/pdf', 1, md5(g::text), (select min(id) from app_user),
     '${typename}', (select min(id)::text from ${table}), now() from generate_series(1, 12) g`,
  orders: { '': { column: 'created_at' } },
});

/** A dozen imports of the first ledger, as j, for a statement to add their reports to. */
const AN_IMPORT = `with j as (insert into ledger_import (created_at, updated_at, ledger_id, requested_by_id, file_key, file_name, file_sha256,
   mode, status, total, processed, created, changed, unchanged, refused, heartbeat_at)
   select now() - g * interval '1 minute', now(), (select min(id) from ledger), (select min(id) from app_user), '0', '台账.xlsx', md5(g::text),
     'DRY_RUN', 'SUCCEEDED', 12, 12, 0, 0, 12, 0, now() from generate_series(1, 12) g returning id)`;

/** Keyed `Type.field`, as the schema names them (`Query.units`, `Unit.children`). */
export const CONNECTIONS: Record<string, ConnectionSpec> = {
  'Query.actionItems': { from: 'action_item x', orders: by({ CREATED_AT: 'created_at', DUE_DATE: 'due_date' }) },
  'Query.coordinationIssues': {
    from: 'coordination_issue x',
    orders: by({ OPENED_ON: 'opened_on', TARGET_DATE: 'target_date', UPDATED_AT: 'updated_at' }),
  },
  'Query.decisionCategories': { from: 'decision_category x', orders: { '': { column: 'ordinal' } } },
  'Query.findings': { from: 'inspection_finding x', orders: by({ CREATED_AT: 'created_at', FOUND_ON: 'found_on' }) },
  'Query.inspectionRounds': { from: 'inspection_round x', orders: by({ YEAR: 'year' }) },
  'Query.ledReforms': { from: 'led_reform x', orders: by({ THEME: 'theme', UPDATED_AT: 'updated_at', YEAR: 'year' }) },
  'Query.ledgers': { from: 'ledger x', orders: { '': { column: 'code' } } },
  'Query.majorDecisions': { from: 'major_decision x', orders: by({ CREATED_AT: 'created_at', TITLE: 'title', UPDATED_AT: 'updated_at' }) },
  'Query.people': { from: 'person x', orders: PERSON_ORDERS },
  'Query.rectificationNotices': {
    from: 'rectification_notice x',
    orders: by({ DEADLINE: 'deadline', ISSUED_ON: 'issued_on', UPDATED_AT: 'updated_at' }),
  },
  'Query.reformCases': { from: 'reform_case x', orders: by({ CREATED_AT: 'created_at', STATUS: 'status', TITLE: 'title' }) },
  'Query.reformTasks': { from: 'reform_task x', orders: TASK_ORDERS },
  'Query.regionRanking': { from: 'region_evaluation x', where: 'x.year = 2021', args: 'year: 2021', orders: { '': { column: 'rank' } } },
  'Query.regions': { from: 'region x', orders: { '': { column: 'code' } } },
  'Query.units': { from: 'unit x', orders: UNIT_ORDERS },
  'Query.users': { from: 'app_user x', orders: by({ CREATED_AT: 'created_at', DISPLAY_NAME: 'display_name', LOGIN: 'username' }) },

  'CoordinationIssue.timeline': {
    from: 'audit_entry x',
    parent: {
      type: 'CoordinationIssue',
      column: 'x.object_id',
      where: `x.object_id like '${ISSUE_PREFIX}%'`,
      keyOf: (objectId) => Buffer.from(objectId, 'base64url').toString('utf8').split(':')[1]!,
    },
    orders: { '': { column: 'id' } },
  },
  'InspectionRound.groups': {
    from: 'inspection_group x',
    parent: { type: 'InspectionRound', column: 'x.round_id' },
    orders: { '': { column: 'ordinal' } },
  },
  'InspectionRound.visits': {
    from: 'inspection_visit x',
    parent: { type: 'InspectionRound', column: 'x.round_id' },
    orders: { '': { column: 'visited_on', direction: 'DESC' } },
  },
  'LedReform.tasks': {
    from: 'reform_task x join led_reform_task l on l.task_id = x.id',
    parent: { type: 'LedReform', column: 'l.led_reform_id' },
    orders: TASK_ORDERS,
  },
  'LedgerSection.tasks': { from: 'reform_task x', parent: { type: 'LedgerSection', column: 'x.section_id' }, orders: TASK_ORDERS },
  'ReformTask.implementedBy': {
    from: 'reform_task x',
    parent: { type: 'ReformTask', column: 'x.implements_id' },
    // The demo data has one measure per framework task; these pages need several.
    setup: 'update reform_task set implements_id = (select min(implements_id) from reform_task) where implements_id is not null',
    orders: TASK_ORDERS,
  },
  'ReformTask.progressReports': {
    from: 'task_progress_report x',
    parent: { type: 'ReformTask', column: 'x.task_id' },
    orders: { '': { column: 'reported_on', direction: 'DESC' } },
  },
  ...Object.fromEntries(
    (
      [
        ['ActionItem', 'action_item'],
        ['Meeting', 'coordination_meeting'],
        ['OpinionCollection', 'opinion_collection'],
        ['RectificationFeedback', 'rectification_feedback'],
      ] as const
    ).map(([typename, table]) => [`${typename}.evidenceFiles`, evidenceFiles(typename, table)]),
  ),
  'ImportJob.rows': {
    from: 'ledger_import_row x',
    parent: { type: 'ImportJob', column: 'x.job_id' },
    setup: `${AN_IMPORT} insert into ledger_import_row (job_id, sheet, row, code, action, cells)
      select j.id, '台账', g, 'C' || g, 'UNCHANGED', '[]' from j, generate_series(1, 12) g`,
    orders: { '': { column: 'id' } },
  },
  'ImportJob.errors': {
    from: 'ledger_import_problem x',
    parent: { type: 'ImportJob', column: 'x.job_id' },
    setup: `${AN_IMPORT} insert into ledger_import_problem (job_id, sheet, row, "column", code, params)
      select j.id, '台账', g, 'F', 'UNKNOWN_UNIT', '{"value": "某单位"}' from j, generate_series(1, 12) g`,
    orders: { '': { column: 'id' } },
  },
  'Ledger.imports': {
    from: 'ledger_import x',
    parent: { type: 'Ledger', column: 'x.ledger_id' },
    setup: `${AN_IMPORT} select 1 from j, generate_series(1, 12)`,
    orders: { '': { column: 'created_at', direction: 'DESC' } },
  },
  'Region.units': { from: 'unit x', parent: { type: 'Region', column: 'x.region_id' }, orders: UNIT_ORDERS },
  'Unit.children': { from: 'unit x', parent: { type: 'Unit', column: 'x.parent_id' }, orders: UNIT_ORDERS },
  'Unit.leadTasks': { from: 'reform_task x', parent: { type: 'Unit', column: 'x.lead_unit_id' }, orders: TASK_ORDERS },
  'Unit.people': { from: 'person x', parent: { type: 'Unit', column: 'x.unit_id' }, orders: PERSON_ORDERS },
  'Unit.supportingTasks': {
    from: 'reform_task x join reform_task_supporting_unit l on l.task_id = x.id',
    parent: { type: 'Unit', column: 'l.unit_id' },
    orders: TASK_ORDERS,
  },
};
