import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/mikro-orm.config.js';
import { migrate } from '../src/shared/db/migrate.js';
import { seedDemoData } from '../src/seed.js';
import { databaseUrl, option, parseScale, serverUrl, type Scale } from './scale.js';

// Generates the benchmark's data: `npm run bench:generate -- --scale 10k,200k`. Each scale gets a
// database of its own (reform_graph_bench_<scale>): the project's migrations, the demo data (units,
// regions, users, ledgers, categories, inspection rounds and visits), then tasks and everything around
// them in bulk SQL. Every row keeps the schema's constraints and the rules the writes enforce (a
// suspended task remembers its status, a closed issue owes nothing, a ready decision has its filed
// assessment, a closed notice was verified). Generated rows have no audit entries: no read needs them.
// A database generated completely before is reused, with any migration added since applied to it.

/** Written last: a database without it was interrupted and is generated again. */
const MARKER = 'bench_generated';

type Step = [label: string, sql: string];

/**
 * The statements, in order. `$1` is the number of tasks. Values follow from each row's ordinal `g`
 * (its id less the table's largest id before the insert), so every run makes the same data; the
 * multipliers are prime to the list lengths to spread rows over units, sections and dates, and
 * deadlines repeat (730 distinct days) so that ties in the inbox's order are common.
 */
function steps(): Step[] {
  const refs = `r as (select
      (select array_agg(id order by id) from unit) as units,
      (select array_agg(id order by id) from ledger_section) as sections,
      (select array_agg(ledger_id order by id) from ledger_section) as ledgers,
      (select array_agg(id order by id) from decision_category) as categories,
      (select id from app_user where username = 'officer') as officer,
      (select id from app_user where username = 'coordinator') as coordinator,
      (select id from app_user where username = 'assessor') as assessor,
      (select id from app_user where username = 'reviewer') as reviewer,
      (select id from app_user where username = 'staff') as staff,
      (select id from app_user where username = 'inspector') as inspector)`;
  // Rows this run added to a table, with their ordinal: ids are consecutive within one insert.
  const added = (table: string) => `(select x.*, (x.id - b.base)::int as g from ${table} x, base b where x.id > b.base)`;
  const base = (table: string) => `base as (select coalesce((select base from bench_base where name = '${table}'), 0) as base)`;
  const remember = (table: string): Step => [
    `${table}: where this run starts`,
    `insert into bench_base (name, base) select '${table}', coalesce(max(id), 0) from ${table}
     on conflict (name) do update set base = excluded.base`,
  ];
  return [
    ['bookkeeping', `create table if not exists bench_base (name text primary key, base bigint not null)`],
    remember('reform_task'),
    [
      'reform tasks',
      `with ${refs}
       insert into reform_task (created_at, updated_at, ledger_id, section_id, code, title, description, deliverable_form,
         lead_unit_id, deadline, status, suspended_from, deliverable_description, return_reason, completed_at)
       select c.at, c.at + interval '1 hour' * (g % 200), r.ledgers[1 + g % cardinality(r.sections)], r.sections[1 + g % cardinality(r.sections)],
         'BENCH-' || lpad(g::text, 7, '0'),
         (array['完善','推进','健全','深化','建立','优化','规范','落实'])[1 + g % 8]
           || (array['执法司法制约监督体系','诉源治理机制','矛盾纠纷多元化解机制','政法队伍教育整顿长效机制','智慧政法建设','基层社会治理体系','司法责任制综合配套改革','案件质量评查机制'])[1 + (g / 8) % 8]
           || '（第' || g || '项）',
         '按照年度改革要点，牵头单位会同配合单位制定实施方案，明确时间表、路线图和责任人，按季度报送进展，年底前形成可复制推广的制度成果。任务序号 ' || g || '。',
         (array['POLICY_DOCUMENT','REGULATION','WORK_MECHANISM','INFORMATION_SYSTEM','PILOT','REPORT','OTHER'])[1 + g % 7],
         r.units[1 + (g * 31) % cardinality(r.units)],
         date '2025-07-01' + (g * 37) % 730,
         s.status,
         case when s.status = 'SUSPENDED' then 'IN_PROGRESS' end,
         case when s.status in ('SUBMITTED', 'COMPLETED') then '已形成制度文件并报送备案' end,
         case when s.status = 'RETURNED' then '成果材料不完整，请补充配套制度和运行数据后重新报送' end,
         case when s.status = 'COMPLETED' then c.at + interval '1 hour' * (g % 200) end
       from generate_series(1, $1::int) g
       cross join r
       cross join lateral (select timestamptz '2025-01-01 08:00+08' + interval '30 seconds' * g as at) c
       cross join lateral (select case
           when g % 20 < 6 then 'NOT_STARTED' when g % 20 < 13 then 'IN_PROGRESS' when g % 20 < 15 then 'SUBMITTED'
           when g % 20 = 15 then 'RETURNED' when g % 20 < 19 then 'COMPLETED'
           when (g / 20) % 2 = 0 then 'SUSPENDED' else 'CANCELLED' end as status) s
       order by g`,
    ],
    [
      'supporting units (0–3 per task)',
      `with ${refs}, ${base('reform_task')}
       insert into reform_task_supporting_unit (task_id, unit_id)
       select t.id, r.units[1 + ((t.g * 31) % cardinality(r.units) + k * 13) % cardinality(r.units)]
       from ${added('reform_task')} t cross join r cross join generate_series(1, 3) k
       where k <= t.g % 4
       order by 1, 2`,
    ],
    [
      'progress reports (0–5 per started task)',
      `with ${refs}, ${base('reform_task')}
       insert into task_progress_report (task_id, reported_on, percent, narrative, reporter_id, created_at)
       select t.id, d.on, (k * 90 / (t.g % 6))::smallint,
         '第' || k || '次进展：已完成阶段性工作，正在推进下一步，配合单位按分工落实。',
         r.officer, d.on + time '17:30'
       from ${added('reform_task')} t cross join r cross join generate_series(1, 5) k
       cross join lateral (select least(current_date, t.created_at::date + k * 20 - (t.g % 3) * (k % 2)) as on) d
       where k <= t.g % 6 and t.status not in ('NOT_STARTED', 'CANCELLED')
       order by t.id, k`,
    ],
    remember('coordination_issue'),
    [
      'coordination issues (1 per 20 tasks)',
      `with ${refs}
       insert into coordination_issue (created_at, updated_at, title, description, kind, lead_unit_id, opened_on, target_date, status, reopen_reason)
       select o.on + time '09:00', o.on + time '09:00' + interval '1 day' * (g % 40),
         (array['跨区域养老保险关系转移','涉法涉诉信访经费划转','政法专项编制调剂','执法办案中心共建','司法鉴定经费结算'])[1 + g % 5] || '协调（' || g || '）',
         '牵头单位提请协调，涉及多个部门职责交叉，需明确分工、时限和资金安排。',
         (array['PENSION_TRANSFER','FUND_TRANSFER','STAFFING','OTHER'])[1 + g % 4],
         r.units[1 + (g * 7) % cardinality(r.units)],
         o.on, o.on + 45 + g % 90, s.status,
         case when s.status = 'REOPENED' then '复核发现资金尚未足额拨付' end
       from generate_series(1, greatest(1, $1::int / 20)) g
       cross join r
       cross join lateral (select date '2025-01-01' + (g * 3) % 650 as on) o
       cross join lateral (select (array['OPEN','IN_PROGRESS','IN_PROGRESS','RESOLVED','CLOSED','REOPENED'])[1 + (g / 4) % 6] as status) s
       order by g`,
    ],
    [
      'participants (2–4 per issue)',
      `with ${refs}, ${base('coordination_issue')}
       insert into issue_participant (issue_id, unit_id, role, added_at)
       select i.id, r.units[1 + ((i.g * 7) % cardinality(r.units) + k * 11) % cardinality(r.units)],
         case k when 1 then 'RESPONSIBLE' when 2 then 'SUPPORTING' else 'INFORMED' end,
         i.created_at + interval '1 minute' * k
       from ${added('coordination_issue')} i cross join r cross join generate_series(1, 4) k
       where k <= 2 + i.g % 3
       order by i.id, k`,
    ],
    [
      'action items (1–4 per issue; none open once resolved)',
      `with ${refs}, ${base('coordination_issue')}
       insert into action_item (issue_id, description, assigned_unit_id, due_date, status, evidence, completed_by_id, completed_at, created_at)
       select i.id, '第' || k || '项措施：按会议议定事项落实并报送结果',
         r.units[1 + ((i.g * 7) % cardinality(r.units) + (1 + (k - 1) % (2 + i.g % 3)) * 11) % cardinality(r.units)],
         i.opened_on + 14 * k, s.status,
         case when s.status = 'DONE' then '已报送落实情况及佐证材料' end,
         case when s.status = 'DONE' then r.coordinator end,
         case when s.status = 'DONE' then i.created_at + interval '1 day' * (10 * k) end,
         i.created_at + interval '1 hour' * k
       from ${added('coordination_issue')} i cross join r cross join generate_series(1, 4) k
       cross join lateral (select case
           when i.status in ('RESOLVED', 'CLOSED') then 'DONE'
           else (array['OPEN','OPEN','DONE','DONE','CANCELLED'])[1 + (i.g + k) % 5] end as status) s
       where k <= 1 + i.g % 4
       order by i.id, k`,
    ],
    remember('fund_obligation'),
    [
      'fund obligations (1–2 per transfer issue)',
      `with ${refs}, ${base('coordination_issue')}
       insert into fund_obligation (issue_id, payer_id, payee_id, purpose, amount_fen, beneficiaries, created_at)
       select i.id, i.lead_unit_id, r.units[1 + ((i.g * 7) % cardinality(r.units) + 11) % cardinality(r.units)],
         case i.kind when 'PENSION_TRANSFER' then '养老保险关系转移资金' else '专项经费划转' end || '（第' || k || '笔）',
         100000 * (1 + (i.g * k) % 500) + (i.g % 100), 1 + (i.g * k) % 60,
         i.created_at + interval '1 day' * k
       from ${added('coordination_issue')} i cross join r cross join generate_series(1, 2) k
       where i.kind in ('PENSION_TRANSFER', 'FUND_TRANSFER') and k <= 1 + i.g % 2
       order by i.id, k`,
    ],
    [
      'fund transactions (settled in full once the issue is resolved)',
      `with ${refs}, ${base('fund_obligation')}
       insert into fund_transaction (obligation_id, kind, amount_fen, occurred_on, reference, recorded_by_id, created_at)
       select o.id, t.kind, t.amount, o.created_at::date + t.days, '财拨〔2025〕' || o.g || '-' || t.days || '号', r.coordinator,
         o.created_at + interval '1 day' * t.days
       from ${added('fund_obligation')} o
       join coordination_issue i on i.id = o.issue_id
       cross join r
       cross join lateral (select i.status in ('RESOLVED', 'CLOSED') as settled) s
       cross join lateral (values
           ('TRANSFER', case when s.settled or o.g % 3 = 2 then o.amount_fen else o.amount_fen / 2 end, 5, s.settled or o.g % 3 > 0),
           ('DISBURSEMENT', case when s.settled then o.amount_fen else o.amount_fen / 2 end, 20, s.settled or o.g % 3 = 2)
         ) t(kind, amount, days, present)
       where t.present
       order by o.id, t.days`,
    ],
    remember('major_decision'),
    [
      'major decisions (1 per 20 tasks)',
      `with ${refs}
       insert into major_decision (created_at, updated_at, title, category_id, plan_text, decision_body_id, assessing_unit_id, procedure, status)
       select c.at, c.at + interval '1 day' * (g % 30),
         (array['城市更新片区征收','公交线路调整','供热价格调整','农村土地流转','棚户区改造','学区划片调整'])[1 + g % 6] || '决策事项（' || g || '）',
         r.categories[1 + g % cardinality(r.categories)],
         '拟定方案已征求相关部门和群众意见，按程序开展社会稳定风险评估后提请决策。',
         r.units[1 + (g * 13) % cardinality(r.units)], r.units[1 + (g * 13 + 5) % cardinality(r.units)],
         case when g % 3 = 0 then 'SIMPLIFIED' else 'FULL' end,
         (array['DRAFT','ASSESSING','ASSESSING','READY','READY'])[1 + g % 5]
       from generate_series(1, greatest(1, $1::int / 20)) g
       cross join r
       cross join lateral (select timestamptz '2025-01-01 10:00+08' + interval '10 minutes' * g as at) c
       order by g`,
    ],
    remember('risk_assessment'),
    [
      'risk assessments (one per decision past its draft)',
      `with ${refs}, ${base('major_decision')}
       insert into risk_assessment (created_at, updated_at, decision_id, status, submitted_at, reviewer_id, verdict, review_comments,
         reviewed_at, filed_by_id, filed_at)
       select d.created_at + interval '1 day', d.updated_at, d.id, s.status,
         case when s.status <> 'DRAFT' then d.created_at + interval '5 days' end,
         case when s.status = 'FILED' then r.reviewer end,
         case when s.status = 'FILED' then 'PASS' end,
         case when s.status = 'FILED' then '风险点识别全面，防范措施可行。' end,
         case when s.status = 'FILED' then d.created_at + interval '8 days' end,
         case when s.status = 'FILED' then r.staff end,
         case when s.status = 'FILED' then d.created_at + interval '9 days' end
       from ${added('major_decision')} d
       cross join r
       cross join lateral (select case when d.status = 'READY' then 'FILED' when d.g % 2 = 0 then 'IN_REVIEW' else 'DRAFT' end as status) s
       where d.status <> 'DRAFT'
       order by d.id`,
    ],
    [
      'assessment authors',
      `with ${refs}, ${base('risk_assessment')}
       insert into risk_assessment_author (assessment_id, user_id)
       select a.id, r.assessor from ${added('risk_assessment')} a cross join r order by a.id`,
    ],
    [
      'current assessments',
      `with ${base('risk_assessment')}
       update major_decision d set current_assessment_id = a.id from ${added('risk_assessment')} a where a.decision_id = d.id`,
    ],
    [
      'risk points (1–4 per assessment)',
      `with ${base('risk_assessment')}
       insert into risk_point (assessment_id, dimension, description, likelihood, impact, people_affected)
       select a.id, (array['LEGALITY','REASONABLENESS','FEASIBILITY','CONTROLLABILITY','SAFETY'])[1 + (a.g + k) % 5],
         '可能引发群体性上访或舆情风险，需提前做好解释和矛盾化解工作（风险点' || k || '）',
         1 + (a.g * k) % 5, 1 + (a.g + 2 * k) % 5, 10 * (1 + (a.g + k) % 300)
       from ${added('risk_assessment')} a cross join generate_series(1, 4) k
       where k <= 1 + a.g % 4
       order by a.id, k`,
    ],
    remember('inspection_finding'),
    [
      'inspection findings (1 per 20 tasks, on the demo visits)',
      `with ${refs}, ${base('reform_task')}, v as (select row_number() over (order by id) as n, count(*) over () as visits, * from inspection_visit)
       insert into inspection_finding (visit_id, round_id, region_id, task_id, unit_id, description, severity, found_on, recorded_by_id, created_at)
       select v.id, v.round_id, v.region_id, b.base + 1 + (g * 13) % $1::int, v.unit_ids[1 + g % cardinality(v.unit_ids)]::bigint,
         (array['改革任务推进滞后，未按期形成制度成果','配套制度不健全，执行中存在偏差','台账记录不规范，进展材料缺失','群众反映问题未及时回应'])[1 + g % 4]
           || '（问题' || g || '）',
         (array['MINOR','MINOR','SERIOUS','CRITICAL'])[1 + g % 4], v.visited_on, r.inspector, v.visited_on + time '16:00'
       from generate_series(1, greatest(1, $1::int / 20)) g
       cross join r cross join base b
       join v on v.n = 1 + g % v.visits
       order by g`,
    ],
    [
      'rectification notices (one per finding)',
      `with ${refs}, ${base('inspection_finding')}
       insert into rectification_notice (created_at, updated_at, finding_id, unit_id, issued_on, deadline, requirements, status,
         reopen_reason, reopen_count, verification_note, verified_by_id, verified_at, closed_on, closed_on_time)
       select f.created_at + interval '3 days', f.created_at + interval '3 days' + interval '1 day' * (f.g % 60), f.id, f.unit_id,
         f.found_on + 3, f.found_on + 33,
         '限期完成整改，建立长效机制，并报送整改报告和佐证材料。', s.status,
         case when s.status = 'REOPENED' then '整改不到位，问题反弹' end,
         case when s.status = 'REOPENED' then 1 else 0 end,
         case when s.status in ('VERIFIED', 'CLOSED') then '经实地核查，整改到位' end,
         case when s.status in ('VERIFIED', 'CLOSED') then r.inspector end,
         case when s.status in ('VERIFIED', 'CLOSED') then f.created_at + interval '40 days' end,
         case when s.status = 'CLOSED' then f.found_on + 41 end,
         case when s.status = 'CLOSED' then f.g % 4 <> 0 end
       from ${added('inspection_finding')} f
       cross join r
       cross join lateral (select (array['NOTIFIED','RECTIFYING','FEEDBACK_SUBMITTED','VERIFIED','CLOSED','CLOSED','REOPENED'])[1 + f.g % 7] as status) s
       order by f.id`,
    ],
    ['statistics', 'analyze'],
  ];
}

async function exists(admin: pg.Client, database: string): Promise<boolean> {
  const { rows } = await admin.query('select 1 from pg_database where datname = $1', [database]);
  return rows.length > 0;
}

async function complete(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>(`select to_regclass('${MARKER}') is not null as present`);
    return rows[0]?.present === true;
  } finally {
    await client.end();
  }
}

/** Applies the project's pending migrations, as the server would at start; returns their names. */
async function migrated(url: string): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    return await migrate(orm);
  } finally {
    await orm.close();
  }
}

/** Makes the scale's database unless a complete one exists; returns its URL. */
export async function generate(scale: Scale, log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<string> {
  const url = databaseUrl(scale.database);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (await exists(admin, scale.database)) {
      if (await complete(url)) {
        const applied = await migrated(url);
        log(`${scale.database}: already generated, reused${applied.length ? `; migrations applied: ${applied.join(', ')}` : ''}`);
        return url;
      }
      log(`${scale.database}: incomplete (an interrupted run), made again`);
      await admin.query(`drop database "${scale.database}" with (force)`);
    }
    await admin.query(`create database "${scale.database}"`);
  } finally {
    await admin.end();
  }
  const started = performance.now();
  await migrated(url);
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await seedDemoData(orm);
  } finally {
    await orm.close();
  }
  log(`${scale.database}: migrations and demo data in ${seconds(started)}`);
  const client = new pg.Client({ connectionString: url, statement_timeout: 0 });
  await client.connect();
  try {
    for (const [label, sql] of steps()) {
      const at = performance.now();
      const result = await client.query(sql, sql.includes('$1') ? [scale.tasks] : []);
      log(`  ${label}: ${result.rowCount ?? 0} rows in ${seconds(at)}`);
    }
    await client.query(
      `create table ${MARKER} (tasks integer not null, seconds numeric not null, generated_at timestamptz not null default now())`,
    );
    await client.query(`insert into ${MARKER} (tasks, seconds) values ($1, $2)`, [scale.tasks, (performance.now() - started) / 1000]);
  } finally {
    await client.end();
  }
  log(`${scale.database}: ${scale.tasks} tasks generated in ${seconds(started)}`);
  return url;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const label of option('scale', '10k').split(',')) await generate(parseScale(label));
}
