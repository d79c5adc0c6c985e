import 'reflect-metadata';
import http from 'node:http';
import pg from 'pg';
import { decodeCursor, encodeCursor } from '../src/shared/graphql/cursor.js';
import { decodeGlobalId, registerIdType, toGlobalId } from '../src/shared/graphql/global-id.js';
import { useIdSecret } from '../src/shared/graphql/opaque.js';
import { taskSortKeys } from '../src/modules/reform-ledger/reform-task.read.js';
import { ReformTaskOrderField } from '../src/modules/reform-ledger/reform-task.filter.js';
import { CLOSED_STATUSES } from '../src/modules/reform-ledger/reform-task.entity.js';
import { TaskStatus } from '../src/modules/reform-ledger/reform-ledger.enums.js';
import { AWAITING_UNIT } from '../src/modules/inspection/notices/notice-rules.js';
import { HIGH_FROM, MEDIUM_FROM } from '../src/modules/risk-assessment/risk-matrix.js';
import { OrderDirection } from '../src/shared/graphql/connection.js';
import { option } from './scale.js';

// The floor: each operation of operations.ts answered by ONE hand-written SQL statement that builds
// the whole response as JSON, over plain node:http and pg. Node only swaps the markers SQL leaves for
// global IDs and cursors ("§Unit:12", "§cursor:2026-07-01:123") for the sealed strings the graph
// makes, with the graph's own encoders and ID secret, then sends the text as it came.
//
//   node --import @swc-node/register/esm-register bench/floor.ts --database <url> --port <port>

const ZONE = process.env.TIME_ZONE ?? 'Asia/Shanghai';
if (!/^[A-Za-z_/+-]+$/.test(ZONE)) throw new Error(`TIME_ZONE "${ZONE}" is not a time zone name.`);
// A scalar subquery: evaluated once per statement, not once per row counted.
const TODAY = `(select (now() at time zone '${ZONE}')::date)`;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const OVERDUE_TASK = (t: string) => `(${t}.deadline < ${TODAY} and ${t}.status not in (${list(CLOSED_STATUSES)}))`;
const gid = (type: string, key: string) => `'§${type}:' || ${key}`;
const unit = (u: string) => `json_build_object('id', ${gid('Unit', `${u}.id`)}, 'name', ${u}.name)`;
const unitOf = (key: string) => `(select ${unit('u')} from unit u where u.id = ${key})`;
const array = (sql: string) => `coalesce((${sql}), '[]'::json)`;
/** Fen as the graph's Decimal: yuan with exactly two places. */
const yuan = (fen: string) =>
  `(case when ${fen} < 0 then '-' else '' end || (abs(${fen})::bigint / 100)::text || '.' || lpad((abs(${fen})::bigint % 100)::text, 2, '0'))`;
const iso = (ts: string) => `to_char(${ts} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const rank = (score: string) => `(case when ${score} >= ${HIGH_FROM} then 2 when ${score} >= ${MEDIUM_FROM} then 1 else 0 end)`;
const LEVELS = `array['LOW', 'MEDIUM', 'HIGH']`;

/**
 * A TaskTally as an aggregate over rows (status, n, od) of one group, one row per status: every count
 * is a filtered sum, so a tally costs one pass over its group.
 */
const countOf = (status: string) => `coalesce(sum(n) filter (where status = '${status}'), 0)`;
const TALLY = `json_build_object(
    'total', sum(n), 'completed', ${countOf('COMPLETED')}, 'overdue', sum(od),
    'completionRate', coalesce(${countOf('COMPLETED')}::float8 / nullif(sum(n) filter (where status <> 'CANCELLED'), 0)::float8, 0),
    'byStatus', json_build_array(${Object.values(TaskStatus)
      .map((status) => `json_build_object('status', '${status}', 'count', ${countOf(status)})`)
      .join(', ')}))`;
/** The tally of no tasks. */
const NO_TASKS = `'${JSON.stringify({
  total: 0,
  completed: 0,
  overdue: 0,
  completionRate: 0,
  byStatus: Object.values(TaskStatus).map((status) => ({ status, count: 0 })),
})}'::json`;

/** The first `$1` rows of `from` in `order`, and one more to tell whether there is a next page. */
const page = (from: string, order: string) => `page as (select * from ${from} order by ${order} limit $1::int + 1),
  shown as (select * from page order by ${order} limit $1::int)`;
const connection = (field: string, node: string, order: string, extra = '') =>
  `select json_build_object('data', json_build_object('${field}', json_build_object(
    'pageInfo', json_build_object('hasNextPage', (select count(*) from page) > $1::int${extra}),
    'nodes', ${array(`select json_agg(${node} order by ${order}) from shown s`)})))::text as json`;

const TASK_ORDER = 's.deadline, s.id';
const TASK_NODE = `json_build_object(
  'id', ${gid('ReformTask', 's.id')}, 'code', s.code, 'title', s.title, 'status', s.status, 'deadline', s.deadline,
  'isOverdue', ${OVERDUE_TASK('s')},
  'leadUnit', ${unitOf('s.lead_unit_id')},
  'supportingUnits', ${array(
    `select json_agg(${unit('u')} order by u.code collate "C") from reform_task_supporting_unit su join unit u on u.id = su.unit_id where su.task_id = s.id`,
  )},
  'latestProgress', (select json_build_object('id', ${gid('TaskProgressReport', 'r.id')}, 'percent', r.percent, 'reportedOn', r.reported_on,
      'narrative', r.narrative)
    from task_progress_report r where r.task_id = s.id order by r.reported_on desc, r.id desc limit 1))`;
const taskPage = (beyond: string) => `with ${page(`reform_task t ${beyond}`, 'deadline, id')}
  ${connection('reformTasks', TASK_NODE, TASK_ORDER, `, 'endCursor', (select '§cursor:' || s.deadline || ':' || s.id from shown s order by s.deadline desc, s.id desc limit 1)`)}`;

const ISSUE_ORDER = 's.opened_on desc, s.id desc';
const ISSUE_NODE = `json_build_object(
  'id', ${gid('CoordinationIssue', 's.id')}, 'title', s.title, 'kind', s.kind, 'status', s.status, 'openedOn', s.opened_on, 'targetDate', s.target_date,
  'leadUnit', ${unitOf('s.lead_unit_id')},
  'participants', ${array(
    `select json_agg(json_build_object('id', ${gid('IssueParticipant', 'p.id')}, 'role', p.role, 'unit', ${unit('u')}) order by p.added_at, p.id)
     from issue_participant p join unit u on u.id = p.unit_id where p.issue_id = s.id`,
  )},
  'closureBlockers', json_build_object(
    'clear', not exists (select 1 from action_item a where a.issue_id = s.id and a.status = 'OPEN')
      and not exists (select 1 from fund_obligation o where o.issue_id = s.id and o.amount_fen >
        (select coalesce(sum(t.amount_fen), 0) from fund_transaction t where t.obligation_id = o.id and t.kind = 'DISBURSEMENT')),
    'openActionItems', ${array(
      `select json_agg(json_build_object('id', ${gid('ActionItem', 'a.id')}, 'description', a.description, 'dueDate', a.due_date,
         'assignedUnit', ${unit('u')}) order by a.due_date, a.id)
       from action_item a join unit u on u.id = a.assigned_unit_id where a.issue_id = s.id and a.status = 'OPEN'`,
    )}),
  'fundTotals', (select json_build_object('obligated', ${yuan('f.obligated')}, 'transferred', ${yuan('f.transferred')},
      'disbursed', ${yuan('f.disbursed')}, 'outstanding', ${yuan('f.obligated - f.disbursed')})
    from (select coalesce((select sum(o.amount_fen) from fund_obligation o where o.issue_id = s.id), 0) as obligated,
        coalesce(sum(t.amount_fen) filter (where t.kind = 'TRANSFER'), 0) as transferred,
        coalesce(sum(t.amount_fen) filter (where t.kind = 'DISBURSEMENT'), 0) as disbursed
      from fund_obligation o join fund_transaction t on t.obligation_id = o.id where o.issue_id = s.id) f))`;

const DECISION_ORDER = 's.created_at desc, s.id desc';
const DECISION_NODE = `json_build_object(
  'id', ${gid('MajorDecision', 's.id')}, 'title', s.title, 'status', s.status, 'procedure', s.procedure,
  'category', (select json_build_object('id', ${gid('DecisionCategory', 'c.id')}, 'name', c.name) from decision_category c where c.id = s.category_id),
  'decisionBody', ${unitOf('s.decision_body_id')},
  'currentAssessment', (select json_build_object('id', ${gid('RiskAssessment', 'a.id')}, 'status', a.status,
      'level', (${LEVELS})[1 + coalesce((select max(${rank('p.likelihood * p.impact')}) from risk_point p where p.assessment_id = a.id), 0)],
      'submittedAt', ${iso('a.submitted_at')},
      'points', ${array(
        `select json_agg(json_build_object('id', ${gid('RiskPoint', 'p.id')}, 'dimension', p.dimension, 'likelihood', p.likelihood,
           'impact', p.impact, 'score', p.likelihood * p.impact, 'level', (${LEVELS})[1 + ${rank('p.likelihood * p.impact')}]) order by p.id)
         from risk_point p where p.assessment_id = a.id`,
      )})
    from risk_assessment a where a.id = s.current_assessment_id))`;

const FINDING_ORDER = 's.found_on desc, s.id desc';
const FINDING_NODE = `json_build_object(
  'id', ${gid('InspectionFinding', 's.id')}, 'description', s.description, 'severity', s.severity, 'foundOn', s.found_on,
  'unit', ${unitOf('s.unit_id')},
  'notice', (select json_build_object('id', ${gid('RectificationNotice', 'n.id')}, 'status', n.status, 'issuedOn', n.issued_on,
      'deadline', n.deadline, 'isOverdue', n.deadline < ${TODAY} and n.status in (${list(AWAITING_UNIT)}))
    from rectification_notice n where n.finding_id = s.id))`;

const TASK_COUNTS = `count(*) as n, count(*) filter (where ${OVERDUE_TASK('t')}) as od`;

const LEDGER_SUMMARY = `with g as (
    select t.status, t.section_id, t.lead_unit_id, grouping(t.section_id) as gs, grouping(t.lead_unit_id) as gu, ${TASK_COUNTS}
    from reform_task t where t.ledger_id = $1
    group by grouping sets ((t.status), (t.section_id, t.status), (t.lead_unit_id, t.status))),
  k as (select gs, gu, section_id, lead_unit_id, sum(n) as total, ${TALLY} as tally from g group by gs, gu, section_id, lead_unit_id)
  select json_build_object('data', json_build_object('ledgerSummary', (select json_build_object(
    'asOf', ${TODAY},
    'ledger', json_build_object('id', ${gid('Ledger', 'l.id')}, 'title', l.title),
    'overall', coalesce((select k.tally from k where k.gs = 1 and k.gu = 1), ${NO_TASKS}),
    'bySection', ${array(
      `select json_agg(json_build_object('section', json_build_object('id', ${gid('LedgerSection', 'ls.id')}, 'title', ls.title),
         'tally', coalesce(k.tally, ${NO_TASKS})) order by ls.ordinal)
       from ledger_section ls left join k on k.gs = 0 and k.section_id = ls.id where ls.ledger_id = l.id`,
    )},
    'byLeadUnit', ${array(
      `select json_agg(json_build_object('unit', ${unit('u')}, 'tally', k.tally) order by k.total desc, u.id::text)
       from k join unit u on u.id = k.lead_unit_id where k.gu = 0`,
    )})
  from ledger l where l.id = $1)))::text as json`;

const UNIT_WORKLOAD = `with w as (
    select 'lead' as role, t.status, ${TASK_COUNTS} from reform_task t where t.lead_unit_id = $1 group by t.status
    union all
    select 'supporting', t.status, ${TASK_COUNTS}
    from reform_task t join reform_task_supporting_unit su on su.task_id = t.id where su.unit_id = $1 group by t.status),
  k as (select role, ${TALLY} as tally from w group by role)
  select json_build_object('data', json_build_object('unitWorkload', (select json_build_object(
    'asOf', ${TODAY},
    'unit', ${unit('u')},
    'lead', coalesce((select k.tally from k where k.role = 'lead'), ${NO_TASKS}),
    'supporting', coalesce((select k.tally from k where k.role = 'supporting'), ${NO_TASKS}))
  from unit u where u.id = $1)))::text as json`;

const NODE = `select json_build_object('data', json_build_object('node', (select json_build_object(
    'id', ${gid('ReformTask', 't.id')}, 'code', t.code, 'title', t.title, 'status', t.status, 'deadline', t.deadline,
    'leadUnit', ${unitOf('t.lead_unit_id')})
  from reform_task t where t.id = $1)))::text as json`;

const inboxKeys = taskSortKeys([{ field: ReformTaskOrderField.DEADLINE, direction: OrderDirection.ASC }]);

type Variables = Record<string, unknown>;

/** A variable holding an ID of `typename`: its row key. */
function keyOf(variables: Variables, name: string, typename: string): string {
  const decoded = decodeGlobalId(String(variables[name]));
  if (decoded?.typename !== typename) throw new Error(`${name} is not an ID of a ${typename}.`);
  return decoded.key;
}

interface Statement {
  name: string;
  text: string;
  values: unknown[];
}

/** The one statement answering an operation, with its parameters. */
export function statementFor(operationName: string, variables: Variables): Statement {
  const first = Number(variables.first ?? 50);
  switch (operationName) {
    case 'TaskInbox': {
      if (typeof variables.after !== 'string') return { name: 'inbox', text: taskPage(''), values: [first] };
      const [deadline, key] = decodeCursor(variables.after, inboxKeys, 'after');
      return { name: 'inbox-after', text: taskPage('where (t.deadline, t.id) > ($2::date, $3::bigint)'), values: [first, deadline, key] };
    }
    case 'UnitWorkload':
      return { name: 'workload', text: UNIT_WORKLOAD, values: [keyOf(variables, 'unitId', 'Unit')] };
    case 'LedgerSummary':
      return { name: 'summary', text: LEDGER_SUMMARY, values: [keyOf(variables, 'ledgerId', 'Ledger')] };
    case 'CoordinationIssues':
      return {
        name: 'issues',
        text: `with ${page('coordination_issue', 'opened_on desc, id desc')} ${connection('coordinationIssues', ISSUE_NODE, ISSUE_ORDER)}`,
        values: [first],
      };
    case 'MajorDecisions':
      return {
        name: 'decisions',
        text: `with ${page('major_decision', 'created_at desc, id desc')} ${connection('majorDecisions', DECISION_NODE, DECISION_ORDER)}`,
        values: [first],
      };
    case 'Findings':
      return {
        name: 'findings',
        text: `with ${page('inspection_finding', 'found_on desc, id desc')} ${connection('findings', FINDING_NODE, FINDING_ORDER)}`,
        values: [first],
      };
    case 'TaskRefetch':
      return { name: 'node', text: NODE, values: [keyOf(variables, 'id', 'ReformTask')] };
    default:
      throw new Error(`The floor does not answer ${operationName}.`);
  }
}

const MARKER = /"§([A-Za-z]+):([^"]+)"/g;

/** The response text with every marker replaced by the ID or cursor the graph would send. */
export function sealMarkers(json: string): string {
  return json.replace(MARKER, (_, typename: string, value: string) => {
    if (typename !== 'cursor') return `"${toGlobalId(typename, value)}"`;
    const [deadline, key] = [value.slice(0, 10), value.slice(11)];
    return `"${encodeCursor({ deadline, key }, inboxKeys)}"`;
  });
}

async function readBody(request: http.IncomingMessage): Promise<{ operationName: string; variables?: Variables }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: string; variables?: Variables };
}

/** Starts the floor on `port` (0: any free one); resolves to the port it listens on. */
export async function startFloor(databaseUrl: string, port: number): Promise<{ port: number; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const secret = await pool.query<{ secret: Buffer }>('select secret from id_secret where id = 1');
  const row = secret.rows[0];
  if (!row) throw new Error('The database has no ID secret: apply the migrations.');
  useIdSecret(row.secret);
  for (const typename of ['Unit', 'Ledger', 'ReformTask']) registerIdType(typename);
  const server = http.createServer((request, response) => {
    readBody(request)
      .then(async (body) => {
        const result = await pool.query<{ json: string }>(statementFor(body.operationName, body.variables ?? {}));
        const text = sealMarkers(result.rows[0]?.json ?? '{"data":null}');
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        response.end(text);
      })
      .catch((error: unknown) => {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const floor = await startFloor(option('database', ''), Number(option('port', '0')));
  process.stdout.write(`floor listening on ${floor.port}\n`);
  process.on('SIGTERM', () => void floor.close().then(() => process.exit(0)));
}
