import type { Context } from '../../shared/context.js';
import type { LedgerSummary, TaskTally, UnitWorkload } from './dashboard.types.js';
import { CLOSED_STATUSES } from './reform-task.entity.js';
import { TaskStatus } from './reform-ledger.enums.js';

// Dashboards are SQL aggregates over counts kept by triggers: one statement each, whatever the number of tasks.

/** Counts of one status, or (status null) overdue tasks only. */
interface CountRow {
  status: TaskStatus | null;
  n: string | number | null;
  overdue: string | number | null;
}

const STATUS_ORDER = Object.values(TaskStatus);

function tally(rows: CountRow[]): TaskTally {
  const counts = new Map<TaskStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
  let overdue = 0;
  for (const row of rows) {
    if (row.status !== null) counts.set(row.status, (counts.get(row.status) ?? 0) + Number(row.n));
    overdue += Number(row.overdue);
  }
  return tallyOf(counts, overdue);
}

/** The tally of tasks counted per status, `overdue` of them overdue: the one definition of each figure. */
export function tallyOf(counts: ReadonlyMap<TaskStatus, number>, overdue: number): TaskTally {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const completed = counts.get(TaskStatus.COMPLETED) ?? 0;
  const live = total - (counts.get(TaskStatus.CANCELLED) ?? 0);
  return {
    total,
    overdue,
    completed,
    completionRate: live === 0 ? 0 : completed / live,
    byStatus: STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 })),
  };
}

const OPEN = `status not in (${CLOSED_STATUSES.map(() => '?').join(', ')})`;

/**
 * Overdue open tasks as of today: the months before this one from the tallies the triggers keep
 * (migration 20261203130000), this month's from the tasks themselves (an index range on the deadline).
 */
function overdueParts(ctx: Context) {
  const month = `${ctx.today.slice(0, 7)}-01`;
  return {
    before: { sql: 'deadline_month < ?', bindings: [month] },
    thisMonth: { sql: `t.deadline >= ? and t.deadline < ? and t.${OPEN}`, bindings: [month, ctx.today, ...CLOSED_STATUSES] },
  };
}

/**
 * One statement over the tallies: GROUPING SETS give the overall, per-section and per-lead-unit
 * counts, a row per group and status, sent as one JSON array (hundreds of small rows parse faster so).
 */
export async function ledgerSummary(ctx: Context, ledgerKey: string): Promise<LedgerSummary> {
  const overdue = overdueParts(ctx);
  const result = await ctx.db.raw<{
    rows: { counts: (CountRow & { sectionKey: string | null; unitKey: string | null; noSection: number; noUnit: number })[] }[];
  }>(
    `select coalesce(json_agg(g), '[]') as counts from (
      select status, section_id::text as "sectionKey", lead_unit_id::text as "unitKey", grouping(section_id) as "noSection",
          grouping(lead_unit_id) as "noUnit", sum(n) as n, sum(overdue) as overdue
         from (select status, section_id, lead_unit_id, n, 0 as overdue from reform_task_tally where ledger_id = ?
               union all
               select null, section_id, lead_unit_id, 0, sum(n) from reform_task_open_tally
                where ledger_id = ? and ${overdue.before.sql} group by section_id, lead_unit_id
               union all
               select null, t.section_id, t.lead_unit_id, 0, 1 from reform_task t where t.ledger_id = ? and ${overdue.thisMonth.sql}) c
        group by grouping sets ((status), (section_id, status), (lead_unit_id, status))) g`,
    [ledgerKey, ledgerKey, ...overdue.before.bindings, ledgerKey, ...overdue.thisMonth.bindings],
  );
  const rows = result.rows[0]?.counts ?? [];
  const { sectionsOfLedger, sectionByKey } = ctx.loaders.reformLedger;
  // The ledger's sections, read once, also serve each tally's `section`.
  const sections = (await sectionsOfLedger.load(ledgerKey)).map((section) => (sectionByKey.prime(section.key, section), section.key));
  const groups = (pick: (row: (typeof rows)[number]) => string | null) => {
    const map = new Map<string, CountRow[]>();
    for (const row of rows) {
      const key = pick(row);
      if (key === null) continue;
      const group = map.get(key);
      if (group) group.push(row);
      else map.set(key, [row]);
    }
    return map;
  };
  const bySection = groups((r) => (r.noSection === 0 ? r.sectionKey : null));
  const byUnit = groups((r) => (r.noUnit === 0 ? r.unitKey : null));
  return {
    asOf: ctx.today,
    ledgerKey,
    overall: tally(rows.filter((r) => r.noSection === 1 && r.noUnit === 1)),
    bySection: sections.map((sectionKey) => ({ sectionKey, tally: tally(bySection.get(sectionKey) ?? []) })),
    byLeadUnit: [...byUnit.entries()]
      .map(([unitKey, unitRows]) => ({ unitKey, tally: tally(unitRows) }))
      // A tally row left at zero by tasks that moved away counts no task.
      .filter((u) => u.tally.total > 0)
      // Keys are digits: compared as text, as localeCompare would, without its cost on every tie.
      .sort((a, b) => b.tally.total - a.tally.total || (a.unitKey < b.unitKey ? -1 : a.unitKey > b.unitKey ? 1 : 0)),
  };
}

/** One statement over the tallies: the unit's led and supported tasks, counted by status. */
export async function unitWorkload(ctx: Context, unitKey: string): Promise<UnitWorkload> {
  const overdue = overdueParts(ctx);
  const { rows } = await ctx.db.raw<{ rows: (CountRow & { role: 'lead' | 'supporting' })[] }>(
    `select 'lead' as role, status, sum(n) as n, 0 as overdue from reform_task_tally where lead_unit_id = ? group by status
     union all
     select 'lead', null, 0, sum(n) from reform_task_open_tally where lead_unit_id = ? and ${overdue.before.sql}
     union all
     select 'lead', null, 0, count(*) from reform_task t where t.lead_unit_id = ? and ${overdue.thisMonth.sql}
     union all
     select 'supporting', status, sum(n), 0 from reform_task_support_tally where unit_id = ? group by status
     union all
     select 'supporting', null, 0, sum(n) from reform_task_support_open_tally where unit_id = ? and ${overdue.before.sql}
     union all
     select 'supporting', null, 0, count(*) from reform_task_supporting_unit su join reform_task t on t.id = su.task_id
      where su.unit_id = ? and ${overdue.thisMonth.sql}`,
    [
      unitKey,
      unitKey,
      ...overdue.before.bindings,
      unitKey,
      ...overdue.thisMonth.bindings,
      unitKey,
      unitKey,
      ...overdue.before.bindings,
      unitKey,
      ...overdue.thisMonth.bindings,
    ],
  );
  return {
    asOf: ctx.today,
    unitKey,
    lead: tally(rows.filter((r) => r.role === 'lead')),
    supporting: tally(rows.filter((r) => r.role === 'supporting')),
  };
}
