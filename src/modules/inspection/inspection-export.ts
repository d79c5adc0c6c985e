import { connectionExporter } from '../../shared/exports/connection-exporter.js';
import { NOTICE_STATUSES, SEVERITIES } from './inspection.messages.js';
import type { RectificationNoticeFilter, RectificationNoticeOrder } from './notices/notices.inputs.js';

export interface NoticeExportArgs extends Record<string, unknown> {
  filter: RectificationNoticeFilter | null;
  orderBy: RectificationNoticeOrder[] | null;
}

interface NoticeRow {
  status: string;
  issuedOn: string;
  deadline: string;
  isOverdue: boolean;
  closedOn: string | null;
  requirements: string;
  reopenCount: number;
  unit: { name: string };
  finding: { description: string; severity: string; task: { code: string; title: string }; region: { name: string } };
}

/** `rectificationNoticesExport`: the list `rectificationNotices` answers, with each notice's finding and task. */
export const noticesExporter = connectionExporter<NoticeExportArgs, NoticeRow>({
  name: 'rectificationNotices',
  field: 'rectificationNotices',
  document: `query ExportNotices($first: Int, $after: String, $filter: RectificationNoticeFilter, $orderBy: [RectificationNoticeOrder!]) {
    rectificationNotices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      pageInfo { hasNextPage endCursor }
      nodes {
        status issuedOn deadline isOverdue closedOn requirements reopenCount
        unit { name }
        finding { description severity task { code title } region { name } }
      }
    }
  }`,
  fileName: (ctx) => `整改通知（${ctx.today}）`,
  sheet: '整改通知',
  columns: [
    { header: '序号', width: 6, kind: 'integer' },
    { header: '地区', width: 12, kind: 'text' },
    { header: '整改单位', width: 22, kind: 'wrap' },
    { header: '发现的问题', width: 40, kind: 'wrap' },
    { header: '严重程度', width: 10, kind: 'text' },
    { header: '改革任务', width: 36, kind: 'wrap' },
    { header: '整改要求', width: 40, kind: 'wrap' },
    { header: '下发日期', width: 12, kind: 'date' },
    { header: '整改期限', width: 12, kind: 'date' },
    { header: '状态', width: 10, kind: 'text' },
    { header: '是否逾期', width: 10, kind: 'text' },
    { header: '销号日期', width: 12, kind: 'date' },
    { header: '重新整改次数', width: 12, kind: 'integer' },
  ],
  row: (notice, number) => [
    number,
    notice.finding.region.name,
    notice.unit.name,
    notice.finding.description,
    SEVERITIES[notice.finding.severity] ?? notice.finding.severity,
    `${notice.finding.task.code} ${notice.finding.task.title}`,
    notice.requirements,
    notice.issuedOn,
    notice.deadline,
    NOTICE_STATUSES[notice.status] ?? notice.status,
    notice.isOverdue ? '是' : '否',
    notice.closedOn,
    notice.reopenCount,
  ],
});

export interface RankingExportArgs extends Record<string, unknown> {
  year: number;
}

interface EvaluationRow {
  rank: number;
  total: number | null;
  dailyScore: number | null;
  inspectionScore: number | null;
  rectificationScore: number | null;
  deduction: number;
  checks: number;
  notices: number;
  noticesClosedOnTime: number;
  noticesClosedLate: number;
  region: { name: string };
  findings: { minor: number; serious: number; critical: number };
}

/** `regionRankingExport`: a year's ranking of the regions, as `regionRanking` answers it. */
export const rankingExporter = connectionExporter<RankingExportArgs, EvaluationRow>({
  name: 'regionRanking',
  field: 'regionRanking',
  document: `query ExportRanking($first: Int, $after: String, $year: Int!) {
    regionRanking(year: $year, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        rank total dailyScore inspectionScore rectificationScore deduction checks notices noticesClosedOnTime noticesClosedLate
        region { name }
        findings { minor serious critical }
      }
    }
  }`,
  fileName: (_ctx, args) => `${args.year}年度地区考评排名`,
  sheet: '考评排名',
  columns: [
    { header: '名次', width: 6, kind: 'integer' },
    { header: '地区', width: 14, kind: 'text' },
    { header: '总分', width: 10, kind: 'number' },
    { header: '日常工作得分', width: 12, kind: 'number' },
    { header: '督察得分', width: 10, kind: 'number' },
    { header: '整改得分', width: 10, kind: 'number' },
    { header: '问题扣分', width: 10, kind: 'number' },
    { header: '核查任务数', width: 10, kind: 'integer' },
    { header: '一般问题', width: 10, kind: 'integer' },
    { header: '严重问题', width: 10, kind: 'integer' },
    { header: '重大问题', width: 10, kind: 'integer' },
    { header: '整改通知', width: 10, kind: 'integer' },
    { header: '按期销号', width: 10, kind: 'integer' },
    { header: '逾期销号', width: 10, kind: 'integer' },
  ],
  row: (e) => [
    e.rank,
    e.region.name,
    e.total,
    e.dailyScore,
    e.inspectionScore,
    e.rectificationScore,
    e.deduction,
    e.checks,
    e.findings.minor,
    e.findings.serious,
    e.findings.critical,
    e.notices,
    e.noticesClosedOnTime,
    e.noticesClosedLate,
  ],
});
