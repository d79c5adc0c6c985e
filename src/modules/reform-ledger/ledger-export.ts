import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { defineExporter } from '../../shared/exports/exporter.js';
import type { SheetColumn, TableSink } from '../../shared/files/table.js';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { orderKeys } from '../../shared/graphql/cursor.js';
import { filtered } from '../../shared/graphql/filter.js';
import { keysetBatches } from '../../shared/graphql/paginate.js';
import { tallyOf } from './dashboard.read.js';
import { TaskStatus } from './reform-ledger.enums.js';
import { overdueSql, taskFilterFields } from './reform-task.conditions.js';
import { latestReport, selectTasks, taskOrderColumns, toProgressReport } from './reform-task.read.js';
import { fromJson, jsonRow } from '../../shared/db/joined.js';
import { ReformTaskOrderField, type ReformTaskFilter, type ReformTaskOrder } from './reform-task.filter.js';
import { DELIVERABLE_FORMS, STATUSES } from './reform-task.messages.js';

// The ledger (台账) as the commission keeps it in Excel: a sheet per section (体系/方面), the
// columns below in this order, and summaries of the same rows first.

/** The columns of a ledger sheet, in order, each by what it holds. */
export const LEDGER_COLUMNS = {
  number: { header: '序号', width: 6, kind: 'integer' },
  section: { header: '体系/方面', width: 22, kind: 'wrap' },
  code: { header: '任务编号', width: 14, kind: 'text' },
  title: { header: '任务内容', width: 48, kind: 'wrap' },
  deliverableForm: { header: '成果形式', width: 12, kind: 'text' },
  leadUnit: { header: '牵头单位', width: 22, kind: 'wrap' },
  supportingUnits: { header: '配合单位', width: 30, kind: 'wrap' },
  deadline: { header: '完成时限', width: 12, kind: 'date' },
  status: { header: '状态', width: 10, kind: 'text' },
  latestProgress: { header: '最新进展', width: 48, kind: 'wrap' },
  overdue: { header: '是否逾期', width: 10, kind: 'text' },
} as const satisfies Record<string, SheetColumn>;

const TASK_SHEET: SheetColumn[] = Object.values(LEDGER_COLUMNS);

/** Between supporting units in one cell. */
export const UNIT_SEPARATOR = '、';

const STATUS_ORDER = Object.values(TaskStatus);

const SUMMARY_SHEET = (first: string): SheetColumn[] => [
  { header: first, width: 30, kind: 'wrap' },
  { header: '任务总数', width: 10, kind: 'integer' },
  { header: '已完成', width: 10, kind: 'integer' },
  { header: '逾期', width: 10, kind: 'integer' },
  { header: '完成率', width: 10, kind: 'percent' },
  ...STATUS_ORDER.map((status): SheetColumn => ({ header: STATUSES[status] ?? status, width: 10, kind: 'integer' })),
];

export interface TaskExportArgs {
  filter?: ReformTaskFilter | null;
  orderBy?: ReformTaskOrder[] | null;
}

/** Rows per statement while a ledger is written. */
const BATCH = 1000;

interface SectionRow {
  key: string;
  title: string;
  ledgerCode: string;
  ledgerTitle: string;
}

interface TaskRow extends Record<string, unknown> {
  key: string;
  code: string;
  title: string;
  deliverableForm: string;
  deadline: string;
  status: TaskStatus;
  updatedAt: string;
  leadUnitKey: string;
  leadUnit: string;
  supportingUnits: string | null;
  latestProgressJson: unknown;
  overdue: boolean;
}

/** Counts per status and overdue, kept while rows are written. */
class Counter {
  readonly byStatus = new Map<TaskStatus, number>();
  overdue = 0;

  add(row: TaskRow): void {
    this.byStatus.set(row.status, (this.byStatus.get(row.status) ?? 0) + 1);
    if (row.overdue) this.overdue++;
  }

  row(label: string): (string | number)[] {
    const tally = tallyOf(this.byStatus, this.overdue);
    return [label, tally.total, tally.completed, tally.overdue, tally.completionRate, ...tally.byStatus.map((s) => s.count)];
  }
}

/** The one optional column a ledger row reads: a sort key of `orderBy`. */
const SORTED_BY_UPDATE: ReadonlySet<string> = new Set(['updatedAt']);

/** The tasks the filter matches, with what a ledger row shows; `today` decides 是否逾期 as the `overdue` filter does. */
function ledgerRows(db: Knex, filter: ReformTaskFilter | null | undefined, today: string) {
  return filtered(
    () =>
      selectTasks(db, SORTED_BY_UPDATE)
        .join('unit as lu', 'lu.id', 't.lead_unit_id')
        .select({
          leadUnit: 'lu.name',
          supportingUnits: db.raw(
            `(select string_agg(u.name, ? order by u.code, u.id) from reform_task_supporting_unit su join unit u on u.id = su.unit_id where su.task_id = t.id)`,
            [UNIT_SEPARATOR],
          ),
          // The latest report as the graph's `latestProgress` reads it.
          latestProgressJson: jsonRow(db, latestReport(db, 't.id')),
          overdue: overdueSql(db, today),
        }),
    filter,
    taskFilterFields(db, today),
  );
}

/** The sections holding tasks the filter matches, in ledger and section order. */
async function sectionsOf(db: Knex, filter: ReformTaskFilter | null | undefined, today: string): Promise<SectionRow[]> {
  const matched = filtered(() => db('reform_task as t').select('t.section_id'), filter, taskFilterFields(db, today))();
  return (await db('ledger_section as s')
    .join('ledger as l', 'l.id', 's.ledger_id')
    .whereIn('s.id', matched)
    .select({ key: 's.id', title: 's.title', ledgerCode: 'l.code', ledgerTitle: 'l.title' })
    .orderBy([{ column: 'l.code' }, { column: 's.ordinal' }, { column: 's.id' }])) as SectionRow[];
}

function progressText(row: TaskRow): string | null {
  const [report] = fromJson(row.latestProgressJson, toProgressReport);
  return report ? `${report.reportedOn}（${report.percent}%）${report.narrative}` : null;
}

const DEFAULT_ORDER: ReformTaskOrder[] = [{ field: ReformTaskOrderField.CODE, direction: OrderDirection.ASC }];

/**
 * Writes the tasks the filter matches as a ledger: a sheet per section, in the order asked (by code
 * unless said), then the summaries by section and by lead unit, placed before them.
 */
async function writeLedger(ctx: Context, args: TaskExportArgs, sink: TableSink): Promise<void> {
  const { db, today } = ctx;
  const sections = await sectionsOf(db, args.filter, today);
  const ledgers = new Set(sections.map((s) => s.ledgerCode));
  const keys = orderKeys(taskOrderColumns, args.orderBy?.length ? args.orderBy : DEFAULT_ORDER, 't.id');
  const rows = ledgerRows(db, args.filter, today);
  const total = new Counter();
  const bySection: [string, Counter][] = [];
  // By the unit's key: two units may share a name.
  const byUnit = new Map<string, { name: string; counter: Counter }>();
  for (const section of sections) {
    // Several ledgers in one workbook: each sheet says whose section it is.
    const name = ledgers.size > 1 ? `${section.ledgerCode} ${section.title}` : section.title;
    const sheet = await sink.table(name, TASK_SHEET);
    const counter = new Counter();
    bySection.push([name, counter]);
    for await (const batch of keysetBatches<TaskRow>(db, () => rows().where('t.section_id', section.key), keys, BATCH)) {
      for (const row of batch) {
        await sheet.row([
          sheet.rows + 1,
          section.title,
          row.code,
          row.title,
          DELIVERABLE_FORMS[row.deliverableForm] ?? row.deliverableForm,
          row.leadUnit,
          row.supportingUnits,
          row.deadline,
          STATUSES[row.status] ?? row.status,
          progressText(row),
          row.overdue ? '是' : '否',
        ]);
        counter.add(row);
        total.add(row);
        let unit = byUnit.get(row.leadUnitKey);
        if (!unit) byUnit.set(row.leadUnitKey, (unit = { name: row.leadUnit, counter: new Counter() }));
        unit.counter.add(row);
      }
    }
    await sheet.end();
  }
  const summary = await sink.table('汇总（按栏目）', SUMMARY_SHEET('体系/方面'), { position: 0, summary: true });
  for (const [name, counter] of bySection) await summary.row(counter.row(name));
  await summary.row(total.row('合计'));
  await summary.end();
  const units = await sink.table('汇总（按牵头单位）', SUMMARY_SHEET('牵头单位'), { position: 1, summary: true });
  for (const { name, counter } of [...byUnit.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')))
    await units.row(counter.row(name));
  await units.row(total.row('合计'));
  await units.end();
}

/** `reformTasksExport` and `ledgerExport`: any filter of `reformTasks`, in the ledger's layout. */
export const ledgerExporter = defineExporter<TaskExportArgs>({
  name: 'reformTasks',
  async check(ctx, args) {
    // Building the statement checks every ID and comparator of the filter, as the list would.
    ledgerRows(ctx.db, args.filter, ctx.today)().toQuery();
    orderKeys(taskOrderColumns, args.orderBy?.length ? args.orderBy : DEFAULT_ORDER, 't.id');
    const sections = await sectionsOf(ctx.db, args.filter, ctx.today);
    const ledgers = new Set(sections.map((s) => s.ledgerTitle));
    const [only] = ledgers;
    return `${ledgers.size === 1 && only ? only : '改革任务台账'}（${ctx.today}）`;
  },
  write: writeLedger,
});
