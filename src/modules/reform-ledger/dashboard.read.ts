import type { Context } from '../../shared/context.js';
import type { LedgerSummary, TaskTally, UnitWorkload } from './dashboard.types.js';
import { CLOSED_STATUSES } from './reform-task.entity.js';
import { TaskStatus } from './reform-ledger.enums.js';

// Dashboards are SQL aggregates: one statement each, whatever the number of tasks.

interface CountRow {
  status: TaskStatus;
  n: string | number;
  overdue: string | number;
}

const STATUS_ORDER = Object.values(TaskStatus);

function tally(rows: CountRow[]): TaskTally {
  const counts = new Map<TaskStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
  let overdue = 0;
  for (const row of rows) {
    counts.set(row.status, (counts.get(row.status) ?? 0) + Number(row.n));
    overdue += Number(row.overdue);
  }
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

const OVERDUE = `count(*) filter (where t.deadline < ? and t.status not in (${CLOSED_STATUSES.map(() => '?').join(', ')}))`;

/** One statement: GROUPING SETS give the overall, per-section and per-lead-unit counts by status. */
export async function ledgerSummary(ctx: Context, ledgerKey: string): Promise<LedgerSummary> {
  const rows = await ctx.db
    .select(
      't.status',
      't.section_id as sectionKey',
      't.lead_unit_id as unitKey',
      ctx.db.raw('grouping(t.section_id) as "noSection"'),
      ctx.db.raw('grouping(t.lead_unit_id) as "noUnit"'),
      ctx.db.raw('count(*) as n'),
      ctx.db.raw(`${OVERDUE} as overdue`, [ctx.today, ...CLOSED_STATUSES]),
    )
    .from('reform_task as t')
    .where('t.ledger_id', ledgerKey)
    .groupByRaw('grouping sets ((t.status), (t.section_id, t.status), (t.lead_unit_id, t.status))');
  const typed = rows as (CountRow & { sectionKey: string | null; unitKey: string | null; noSection: number; noUnit: number })[];
  const sections = (await ctx.loaders.reformLedger.sectionsOfLedger.load(ledgerKey)).map((s) => s.key);
  const groups = (pick: (row: (typeof typed)[number]) => string | null) => {
    const map = new Map<string, CountRow[]>();
    for (const row of typed) {
      const key = pick(row);
      if (key !== null) map.set(key, [...(map.get(key) ?? []), row]);
    }
    return map;
  };
  const bySection = groups((r) => (r.noSection === 0 ? String(r.sectionKey) : null));
  const byUnit = groups((r) => (r.noUnit === 0 ? String(r.unitKey) : null));
  return {
    asOf: ctx.today,
    ledgerKey,
    overall: tally(typed.filter((r) => r.noSection === 1 && r.noUnit === 1)),
    bySection: sections.map((sectionKey) => ({ sectionKey, tally: tally(bySection.get(sectionKey) ?? []) })),
    byLeadUnit: [...byUnit.entries()]
      .map(([unitKey, unitRows]) => ({ unitKey, tally: tally(unitRows) }))
      .sort((a, b) => b.tally.total - a.tally.total || a.unitKey.localeCompare(b.unitKey)),
  };
}

/** One statement: the unit's led and supported tasks, counted by status. */
export async function unitWorkload(ctx: Context, unitKey: string): Promise<UnitWorkload> {
  const bindings = [ctx.today, ...CLOSED_STATUSES];
  const { rows } = await ctx.db.raw<{ rows: (CountRow & { role: 'lead' | 'supporting' })[] }>(
    `select 'lead' as role, t.status, count(*) as n, ${OVERDUE} as overdue from reform_task t where t.lead_unit_id = ? group by t.status
     union all
     select 'supporting' as role, t.status, count(*) as n, ${OVERDUE} as overdue
       from reform_task t join reform_task_supporting_unit su on su.task_id = t.id where su.unit_id = ? group by t.status`,
    [...bindings, unitKey, ...bindings, unitKey],
  );
  return {
    asOf: ctx.today,
    unitKey,
    lead: tally(rows.filter((r) => r.role === 'lead')),
    supporting: tally(rows.filter((r) => r.role === 'supporting')),
  };
}
