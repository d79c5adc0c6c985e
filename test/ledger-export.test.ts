import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnName, dateSerial, sheetName } from '../src/shared/files/xlsx-writer.js';
import { csvField } from '../src/shared/files/table.js';
import { STATUSES } from '../src/modules/reform-ledger/reform-task.messages.js';
import {
  LedgerExportDocument,
  LedgerRowsDocument,
  LedgerSummaryDocument,
  LedgersDocument,
  ReformTasksExportDocument,
  type LedgerRowsQuery,
  type ReformTaskFilter,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { idOf } from './support/ids.js';
import { addUser } from './support/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  await addUser(app, 'leaving-officer', 'BDH');
});
afterAll(() => app.close());

const HEADERS = [
  '序号',
  '体系/方面',
  '任务编号',
  '任务内容',
  '成果形式',
  '牵头单位',
  '配合单位',
  '完成时限',
  '状态',
  '最新进展',
  '是否逾期',
];

/** GETs a download link as a browser would: no token, only the link. */
async function download(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${app.url}${url}`, init);
}

async function workbook(url: string): Promise<ExcelJS.Workbook> {
  const response = await download(url);
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** The cells of a sheet's row as values, from column A. */
function cells(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values = sheet.getRow(row).values as unknown[];
  return Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null);
}

type Task = NonNullable<LedgerRowsQuery['reformTasks']>['nodes'][number];

async function tasksOf(filter: ReformTaskFilter): Promise<{ total: number; nodes: Task[] }> {
  const nodes: Task[] = [];
  let after: string | null | undefined;
  let total = 0;
  do {
    const reformTasks = (await app.ok(LedgerRowsDocument, { filter, after })).reformTasks!;
    total = reformTasks.totalCount;
    nodes.push(...reformTasks.nodes);
    after = reformTasks.pageInfo.hasNextPage ? reformTasks.pageInfo.endCursor : null;
  } while (after);
  return { total, nodes };
}

async function firstLedger() {
  const ledgers = (await app.ok(LedgersDocument)).ledgers!;
  const ledger = ledgers.nodes.find((l) => l.sections.length > 1);
  if (!ledger) throw new Error('The demo data has no ledger with sections.');
  return ledger;
}

describe('a whole ledger as a workbook', () => {
  it('has the summaries first, then a sheet per section in order, each in the commission’s layout', async () => {
    const ledger = await firstLedger();
    const { ledgerExport } = await app.ok(LedgerExportDocument, { ledgerId: ledger.id });
    expect(ledgerExport?.url).toMatch(/^\/exports\/[A-Za-z0-9_-]+$/);
    // Named after the ledger and the day in the province.
    expect(ledgerExport?.fileName.startsWith(ledger.title.replace(/\//g, '_'))).toBe(true);
    expect(ledgerExport?.fileName).toMatch(/（\d{4}-\d{2}-\d{2}）\.xlsx$/);
    expect(ledgerExport?.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const response = await download(ledgerExport!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(ledgerExport!.contentType);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(ledgerExport!.fileName)}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());

    const sections = ledger.sections.filter((s) => s.tasks.totalCount > 0);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总（按栏目）',
      '汇总（按牵头单位）',
      ...sections.map((s) => s.title.slice(0, 31)),
    ]);
    for (const section of sections) {
      const sheet = book.getWorksheet(section.title.slice(0, 31))!;
      expect(cells(sheet, 1)).toEqual(HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:K${section.tasks.totalCount + 1}`);
      expect(sheet.getColumn(4).width).toBe(48);
      expect(sheet.rowCount - 1).toBe(section.tasks.totalCount);
    }
  });

  it('writes each task as the graph shows it, dates as dates, in code order', async () => {
    const ledger = await firstLedger();
    const section = ledger.sections.find((s) => s.tasks.totalCount > 1)!;
    const { nodes } = await tasksOf({ section: { eq: section.id } });
    const book = await workbook((await app.ok(LedgerExportDocument, { ledgerId: ledger.id })).ledgerExport!.url);
    const sheet = book.getWorksheet(section.title.slice(0, 31))!;
    nodes.forEach((task, i) => {
      const row = cells(sheet, i + 2);
      const progress = task.latestProgress;
      expect(row).toEqual([
        i + 1,
        section.title,
        task.code,
        task.title,
        expect.any(String),
        task.leadUnit.name,
        task.supportingUnits.length
          ? [...task.supportingUnits]
              .sort((a, b) => (a.code < b.code ? -1 : 1))
              .map((u) => u.name)
              .join('、')
          : null,
        new Date(`${task.deadline}T00:00:00Z`),
        STATUSES[task.status],
        progress ? `${progress.reportedOn}（${progress.percent}%）${progress.narrative}` : null,
        task.isOverdue ? '是' : '否',
      ]);
      expect(sheet.getCell(i + 2, 8).numFmt).toBe('yyyy-mm-dd');
    });
  });

  it('sums up the same figures as ledgerSummary, per section and in total', async () => {
    const ledger = await firstLedger();
    const { ledgerSummary } = await app.ok(LedgerSummaryDocument, { ledgerId: ledger.id });
    const book = await workbook((await app.ok(LedgerExportDocument, { ledgerId: ledger.id })).ledgerExport!.url);
    const sheet = book.getWorksheet('汇总（按栏目）')!;
    expect(cells(sheet, 1).slice(0, 5)).toEqual(['体系/方面', '任务总数', '已完成', '逾期', '完成率']);
    const counted = ledgerSummary!.bySection.filter((s) => s.tally.total > 0);
    expect(sheet.rowCount).toBe(counted.length + 2);
    const figures = (t: { total: number; completed: number; overdue: number; completionRate: number; byStatus: { count: number }[] }) => [
      t.total,
      t.completed,
      t.overdue,
      t.completionRate,
      ...t.byStatus.map((s) => s.count),
    ];
    counted.forEach((s, i) => expect(cells(sheet, i + 2).slice(1)).toEqual(figures(s.tally)));
    expect(cells(sheet, counted.length + 2)).toEqual(['合计', ...figures(ledgerSummary!.overall)]);
    const units = book.getWorksheet('汇总（按牵头单位）')!;
    expect(cells(units, units.rowCount)).toEqual(['合计', ...figures(ledgerSummary!.overall)]);
    expect(units.rowCount - 2).toBe(ledgerSummary!.byLeadUnit.filter((u) => u.tally.total > 0).length);
  });

  it('is null for a ledger that does not exist, and refuses an ID of another type', async () => {
    const ledger = await firstLedger();
    const section = ledger.sections[0]!;
    const wrong = await app.gql(LedgerExportDocument, { ledgerId: section.id });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect((await app.ok(LedgerExportDocument, { ledgerId: idOf('Ledger', '999999999') })).ledgerExport).toBeNull();
  });
});

describe('any filter of reformTasks', () => {
  it('exports exactly the tasks the list shows for the same filter', async () => {
    const filter: ReformTaskFilter = { status: { eq: 'COMPLETED' } };
    const { total, nodes } = await tasksOf(filter);
    const link = (await app.ok(ReformTasksExportDocument, { filter })).reformTasksExport!;
    const book = await workbook(link.url);
    const rows = book.worksheets
      .filter((s) => !s.name.startsWith('汇总'))
      .flatMap((sheet) => Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(sheet, i + 2)));
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r[8]))).toEqual(new Set(['已完成']));
    expect(rows.map((r) => r[2]).sort()).toEqual(nodes.map((t) => t.code).sort());
    // Tasks of several ledgers: each sheet names its ledger.
    expect(book.worksheets.filter((s) => !s.name.startsWith('汇总')).every((s) => /^\S+ /.test(s.name))).toBe(true);
  });

  it('writes CSV in UTF-8 with a byte-order mark and CRLF lines, every task once', async () => {
    const ledger = await firstLedger();
    const { total, nodes } = await tasksOf({ ledger: { eq: ledger.id } });
    const link = (await app.ok(ReformTasksExportDocument, { filter: { ledger: { eq: ledger.id } }, format: 'CSV' })).reformTasksExport!;
    expect(link.fileName).toMatch(/\.csv$/);
    const response = await download(link.url);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines[0]).toBe(HEADERS.join(','));
    // No cell of the demo ledger holds a line break: a line per task.
    expect(lines).toHaveLength(total + 1);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[2])
        .sort(),
    ).toEqual(nodes.map((t) => t.code).sort());
  });

  it('refuses a filter the list would refuse, with the same code, before any link is made', async () => {
    const bad = await app.gql(ReformTasksExportDocument, { filter: { leadUnit: { eq: 'not-an-id' } } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(ReformTasksExportDocument, {}, { as: null }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('a download link', () => {
  it('works for ten minutes, as its user, and not after', async () => {
    const made = new Date('2026-12-04T08:00:00Z');
    app.clock.set(made);
    try {
      const link = (await app.ok(ReformTasksExportDocument, { format: 'CSV' }, { as: 'leaving-officer' })).reformTasksExport!;
      expect(new Date(link.expiresAt).getTime() - made.getTime()).toBe(600_000);
      app.clock.set(new Date(made.getTime() + 599_999));
      expect((await download(link.url)).status).toBe(200);
      app.clock.set(new Date(made.getTime() + 600_000));
      const expired = await download(link.url, { headers: { 'accept-language': 'zh-CN' } });
      expect(expired.status).toBe(410);
      expect(await expired.json()).toEqual({ error: { code: 'LINK_EXPIRED', message: '此下载链接已过期，请通过 GraphQL 接口重新获取。' } });
    } finally {
      app.clock.reset();
    }
  });

  it('is refused once altered, cut short or made up, and once its user is deactivated', async () => {
    const link = (await app.ok(ReformTasksExportDocument, { format: 'CSV' }, { as: 'leaving-officer' })).reformTasksExport!;
    const token = link.url.slice('/exports/'.length);
    const flipped = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    for (const url of [`/exports/${flipped}`, `/exports/${token.slice(0, -4)}`, '/exports/abc', '/exports/']) {
      const response = await download(url);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
    expect((await download(link.url, { method: 'POST' })).status).toBe(405);
    await app.orm.em.getConnection().execute(`update app_user set active = false where username = 'leaving-officer'`);
    try {
      const refused = await download(link.url);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    } finally {
      await app.orm.em.getConnection().execute(`update app_user set active = true where username = 'leaving-officer'`);
    }
  });
});

describe('the file formats', () => {
  it('names columns and sheets as Excel takes them', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(sheetName('体系/方面: [一]?', new Set())).toBe('体系 方面   一');
    expect(sheetName('x'.repeat(40), new Set())).toHaveLength(31);
    expect(sheetName('Summary', new Set(['summary']))).toBe('Summary (2)');
    expect(sheetName('   ', new Set())).toBe('Sheet');
    expect(dateSerial('1900-03-01')).toBe(61);
    expect(dateSerial('2026-12-04')).toBe(46360);
    expect(dateSerial('not a date')).toBeUndefined();
  });

  it('quotes CSV fields that need it and keeps text that looks like a formula from running', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-2)).toBe('-2');
    expect(csvField(null)).toBe('');
  });
});
