import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_STATUSES } from '../src/modules/coordination/coordination.messages.js';
import { NOTICE_STATUSES } from '../src/modules/inspection/inspection.messages.js';
import {
  CoordinationIssuesExportDocument,
  IssuesForExportDocument,
  NoticesForExportDocument,
  RectificationNoticesExportDocument,
  RegionRankingDocument,
  RegionRankingExportDocument,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

/** The one sheet of a list's workbook: its header and its rows, as values from column A. */
async function sheetOf(url: string): Promise<{ name: string; header: unknown[]; rows: unknown[][] }> {
  const response = await fetch(`${app.url}${url}`);
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  expect(book.worksheets).toHaveLength(1);
  const sheet = book.worksheets[0]!;
  const values = (row: number) =>
    Array.from({ length: sheet.columnCount }, (_, i) => (sheet.getRow(row).values as unknown[])[i + 1] ?? null);
  return { name: sheet.name, header: values(1), rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)) };
}

describe('coordination issues as a file', () => {
  it('lists the issues the graph lists, in its order, with open items and money as numbers', async () => {
    const { coordinationIssues } = await app.ok(IssuesForExportDocument, {});
    const issues = coordinationIssues!;
    expect(issues.totalCount).toBeGreaterThan(0);
    const link = (await app.ok(CoordinationIssuesExportDocument, {})).coordinationIssuesExport!;
    expect(link.fileName).toMatch(/^协调事项（\d{4}-\d{2}-\d{2}）\.xlsx$/);
    const { name, header, rows } = await sheetOf(link.url);
    expect(name).toBe('协调事项');
    expect(header.slice(0, 4)).toEqual(['序号', '事项', '类别', '状态']);
    // The money in the module's words: 资金责任, 划转, 发放; what is outstanding is what is still to be disbursed.
    expect(header.slice(10)).toEqual(['资金责任（元）', '已划转（元）', '已发放（元）', '待发放（元）']);
    expect(rows).toHaveLength(issues.totalCount);
    issues.nodes.forEach((issue, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(i + 1);
      expect(row[1]).toBe(issue.title);
      expect(row[4]).toBe(issue.leadUnit.name);
      const items = issue.closureBlockers.openActionItems;
      const open = (row[9] as string | null) ?? '';
      expect(open === '' ? 0 : open.split('\n').length).toBe(items.length);
      items.forEach((item) => expect(open).toContain(item.description));
      const { obligated, transferred, disbursed, outstanding } = issue.fundTotals;
      expect(row.slice(10)).toEqual([obligated, transferred, disbursed, outstanding].map(Number));
    });
  });

  it('takes the list’s filter, and refuses what the list refuses', async () => {
    const filter = { status: { eq: 'CLOSED' as const } };
    const { coordinationIssues } = await app.ok(IssuesForExportDocument, { filter });
    const { rows } = await sheetOf((await app.ok(CoordinationIssuesExportDocument, { filter })).coordinationIssuesExport!.url);
    expect(rows).toHaveLength(coordinationIssues!.totalCount);
    expect(new Set(rows.map((r) => r[3]))).toEqual(rows.length ? new Set([ISSUE_STATUSES.CLOSED]) : new Set());
    const refused = await app.gql(CoordinationIssuesExportDocument, { filter: { leadUnit: { eq: 'nonsense' } } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('rectification notices as a file', () => {
  it('lists the notices the graph lists for the filter, with their unit, finding and status', async () => {
    const filter = { overdue: false };
    const { rectificationNotices } = await app.ok(NoticesForExportDocument, { filter });
    const notices = rectificationNotices!;
    expect(notices.totalCount).toBeGreaterThan(0);
    const { name, header, rows } = await sheetOf(
      (await app.ok(RectificationNoticesExportDocument, { filter })).rectificationNoticesExport!.url,
    );
    expect(name).toBe('整改通知');
    expect(header).toContain('整改期限');
    expect(rows).toHaveLength(notices.totalCount);
    notices.nodes.forEach((notice, i) => {
      expect(rows[i]![2]).toBe(notice.unit.name);
      expect(rows[i]![3]).toBe(notice.finding.description);
      expect(rows[i]![8]).toEqual(new Date(`${notice.deadline}T00:00:00Z`));
      expect(rows[i]![9]).toBe(NOTICE_STATUSES[notice.status]);
      expect(rows[i]![10]).toBe('否');
    });
  });
});

describe('the region ranking as a file', () => {
  it('has each region’s place and scores as the graph ranks them', async () => {
    const ranking = (await app.ok(RegionRankingDocument, { year: 2021 })).regionRanking!;
    expect(ranking.totalCount).toBeGreaterThan(0);
    const link = (await app.ok(RegionRankingExportDocument, { year: 2021 })).regionRankingExport!;
    expect(link.fileName).toBe('2021年度地区考评排名.xlsx');
    const { rows } = await sheetOf(link.url);
    expect(rows.map((r) => [r[0], r[2], r[8], r[9], r[10]])).toEqual(
      ranking.nodes.map((e) => [e.rank, e.total, e.findings.minor, e.findings.serious, e.findings.critical]),
    );
  });

  it('writes CSV as well', async () => {
    const link = (await app.ok(RegionRankingExportDocument, { year: 2021, format: 'CSV' })).regionRankingExport!;
    const text = Buffer.from(await (await fetch(`${app.url}${link.url}`)).arrayBuffer()).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFF名次,地区,总分,日常工作得分,督察得分,整改得分,问题扣分,核查任务数,一般问题,严重问题,重大问题,整改通知,按期销号,逾期销号',
    );
  });
});
