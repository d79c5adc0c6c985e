import { connectionExporter } from '../../shared/exports/connection-exporter.js';
import type { CellValue } from '../../shared/files/table.js';
import { ISSUE_KINDS, ISSUE_STATUSES } from './coordination.messages.js';
import type { CoordinationIssueFilter, CoordinationIssueOrder } from './coordination-issue.inputs.js';

export interface IssueExportArgs extends Record<string, unknown> {
  filter: CoordinationIssueFilter | null;
  orderBy: CoordinationIssueOrder[] | null;
}

interface IssueRow {
  title: string;
  kind: string;
  status: string;
  openedOn: string;
  targetDate: string;
  isOverdue: boolean;
  leadUnit: { name: string };
  participants: { unit: { name: string } }[];
  closureBlockers: { openActionItems: { description: string; dueDate: string; isOverdue: boolean; assignedUnit: { name: string } }[] };
  fundTotals: { obligated: string; transferred: string; disbursed: string; outstanding: string };
}

/** Yuan as a number cell: two decimals, well inside a double's exact range for any sum the ledger holds. */
const yuan = (amount: string): CellValue => Number(amount);

/** `coordinationIssuesExport`: the list `coordinationIssues` answers, with each issue's open items and money. */
export const issuesExporter = connectionExporter<IssueExportArgs, IssueRow>({
  name: 'coordinationIssues',
  field: 'coordinationIssues',
  document: `query ExportIssues($first: Int, $after: String, $filter: CoordinationIssueFilter, $orderBy: [CoordinationIssueOrder!]) {
    coordinationIssues(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      pageInfo { hasNextPage endCursor }
      nodes {
        title kind status openedOn targetDate isOverdue
        leadUnit { name }
        participants { unit { name } }
        closureBlockers { openActionItems { description dueDate isOverdue assignedUnit { name } } }
        fundTotals { obligated transferred disbursed outstanding }
      }
    }
  }`,
  fileName: (ctx) => `协调事项（${ctx.today}）`,
  sheet: '协调事项',
  columns: [
    { header: '序号', width: 6, kind: 'integer' },
    { header: '事项', width: 36, kind: 'wrap' },
    { header: '类别', width: 16, kind: 'text' },
    { header: '状态', width: 10, kind: 'text' },
    { header: '牵头单位', width: 22, kind: 'wrap' },
    { header: '参与单位', width: 30, kind: 'wrap' },
    { header: '提出日期', width: 12, kind: 'date' },
    { header: '目标日期', width: 12, kind: 'date' },
    { header: '是否逾期', width: 10, kind: 'text' },
    { header: '未办结事项', width: 48, kind: 'wrap' },
    { header: '资金责任（元）', width: 16, kind: 'money' },
    { header: '已划转（元）', width: 16, kind: 'money' },
    { header: '已发放（元）', width: 16, kind: 'money' },
    { header: '待发放（元）', width: 16, kind: 'money' },
  ],
  row: (issue, number) => [
    number,
    issue.title,
    ISSUE_KINDS[issue.kind] ?? issue.kind,
    ISSUE_STATUSES[issue.status] ?? issue.status,
    issue.leadUnit.name,
    issue.participants.map((p) => p.unit.name).join('、') || null,
    issue.openedOn,
    issue.targetDate,
    issue.isOverdue ? '是' : '否',
    issue.closureBlockers.openActionItems
      .map((item) => `${item.description}（${item.assignedUnit.name}，${item.dueDate}${item.isOverdue ? '，已逾期' : ''}）`)
      .join('\n') || null,
    yuan(issue.fundTotals.obligated),
    yuan(issue.fundTotals.transferred),
    yuan(issue.fundTotals.disbursed),
    yuan(issue.fundTotals.outstanding),
  ],
});
