import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ImportJobProgressDocument,
  ImportJobReportDocument,
  LedgerExportDocument,
  LedgerImportsDocument,
  LedgerTasksByCodeDocument,
  StartLedgerImportDocument,
  type ImportMode,
} from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';
import { auditOf } from './support/audit.js';
import { PNG, upload, uploaded } from './support/files.js';
import { keyOfId, ledgersByCode } from './support/ids.js';
import { until } from './support/until.js';
import { importWorkbook as importInto, zipOf } from './support/imports.js';

let app: TestApp;
let ledgerId: string;
/** The ledger as `ledgerExport` writes it: what every workbook of these tests starts from. */
let exported: Buffer;

beforeAll(async () => {
  app = await startApp();
  ledgerId = (await ledgersByCode(app)).get('RECTIFICATION')!.id;
  exported = await exportLedger();
});
afterAll(() => app.close());

async function exportLedger(): Promise<Buffer> {
  const link = (await app.ok(LedgerExportDocument, { ledgerId }, { as: 'staff' })).ledgerExport!;
  return Buffer.from(await (await fetch(`${app.url}${link.url}`)).arrayBuffer());
}

/** The exported workbook with `edit` made to it, as someone would in Excel. */
async function edited(edit: (book: ExcelJS.Workbook) => void, from = exported): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(from as unknown as ArrayBuffer);
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The first sheet holding tasks (after the two summaries). */
const taskSheet = (book: ExcelJS.Workbook) => book.worksheets.find((s) => s.getCell('C1').value === '任务编号')!;

const importWorkbook = (bytes: Buffer, mode: ImportMode = 'DRY_RUN', name?: string) => importInto(app, ledgerId, bytes, mode, name);

const tasks = async () => (await app.ok(LedgerTasksByCodeDocument, { ledgerId }, { as: 'staff' })).reformTasks!.nodes;
const taskWrites = async () =>
  Number(
    (
      await app.orm.em
        .getConnection()
        .execute<{ n: string }[]>(`select count(*) as n from audit_entry where action in ('reformTask.create', 'reformTask.update')`)
    )[0]!.n,
  );

describe('a round trip through Excel', () => {
  it('imports the ledger’s own export as it is: every row unchanged, and applying it writes nothing', async () => {
    const before = await tasks();
    const writes = await taskWrites();
    const dry = await importWorkbook(exported);
    expect(dry).toMatchObject({ status: 'SUCCEEDED', total: before.length, processed: before.length, created: 0, changed: 0, refused: 0 });
    expect(dry.unchanged).toBe(before.length);
    expect(dry.rows.nodes.every((r) => r.action === 'UNCHANGED' && r.cells.length === 0)).toBe(true);
    expect(dry.errors.totalCount).toBe(0);
    // The import itself is on the trail: started, then finished with what it found.
    const trail = await auditOf(app, dry.id);
    expect(trail.map((e) => e.action)).toEqual(['ledgerImport.start', 'ledgerImport.finish']);
    expect(trail[1]!.to).toMatchObject({ status: 'SUCCEEDED', unchanged: before.length, created: 0, changed: 0, refused: 0, problems: 0 });
    const applied = await importWorkbook(exported, 'APPLY');
    expect(applied).toMatchObject({ status: 'SUCCEEDED', changed: 0, created: 0, unchanged: before.length });
    expect(await tasks()).toEqual(before);
    expect(await taskWrites()).toBe(writes);
  });

  it('reports exactly three changed cells and one changed unit, then applies them, each task with its audit entry', async () => {
    const before = await tasks();
    const [a, b, c, d] = before;
    const other = before.find((t) => t.leadUnit.code !== d!.leadUnit.code && !d!.supportingUnits.some((u) => u.code === t.leadUnit.code))!;
    const rowOf = (sheet: ExcelJS.Worksheet, code: string) => {
      for (let n = 2; n <= sheet.rowCount; n++) if (sheet.getCell(`C${n}`).value === code) return n;
      throw new Error(`No row has ${code}`);
    };
    const changedBook = await edited((book) => {
      const cells = new Map<string, ExcelJS.Worksheet>();
      for (const sheet of book.worksheets)
        if (sheet.getCell('C1').value === '任务编号')
          for (let n = 2; n <= sheet.rowCount; n++) cells.set(sheet.getCell(`C${n}`).text, sheet);
      const sheetOf = (code: string) => cells.get(code)!;
      sheetOf(a!.code).getCell(`D${rowOf(sheetOf(a!.code), a!.code)}`).value = `${a!.title}（修订）`;
      sheetOf(b!.code).getCell(`H${rowOf(sheetOf(b!.code), b!.code)}`).value = new Date(Date.UTC(2031, 5, 30));
      sheetOf(c!.code).getCell(`E${rowOf(sheetOf(c!.code), c!.code)}`).value = c!.deliverableForm === 'REPORT' ? '试点' : '报告';
      sheetOf(d!.code).getCell(`F${rowOf(sheetOf(d!.code), d!.code)}`).value = other.leadUnit.name;
    });
    const dry = await importWorkbook(changedBook);
    expect(dry).toMatchObject({ status: 'SUCCEEDED', changed: 4, created: 0, unchanged: before.length - 4, refused: 0 });
    const changes = Object.fromEntries(
      (await app.ok(ImportJobReportDocument, { id: dry.id, actions: ['CHANGE'] }, { as: 'staff' })).importJob!.rows.nodes.map((r) => [
        r.code,
        r.cells.map((cell) => ({ ...cell })),
      ]),
    );
    expect(changes).toEqual({
      [a!.code]: [{ column: 'D', header: '任务内容', from: a!.title, to: `${a!.title}（修订）` }],
      [b!.code]: [{ column: 'H', header: '完成时限', from: b!.deadline, to: '2031-06-30' }],
      [c!.code]: [
        { column: 'E', header: '成果形式', from: expect.any(String) as string, to: c!.deliverableForm === 'REPORT' ? '试点' : '报告' },
      ],
      [d!.code]: [{ column: 'F', header: '牵头单位', from: d!.leadUnit.name, to: other.leadUnit.name }],
    });
    // Nothing is written by a dry run.
    expect(await tasks()).toEqual(before);

    const applied = await importWorkbook(changedBook, 'APPLY');
    expect(applied).toMatchObject({ status: 'SUCCEEDED', changed: 4, processed: before.length });
    const after = new Map((await tasks()).map((t) => [t.code, t]));
    expect(after.get(a!.code)!.title).toBe(`${a!.title}（修订）`);
    expect(after.get(b!.code)!.deadline).toBe('2031-06-30');
    expect(after.get(c!.code)!.deliverableForm).toBe(c!.deliverableForm === 'REPORT' ? 'PILOT' : 'REPORT');
    expect(after.get(d!.code)!.leadUnit.code).toBe(other.leadUnit.code);
    for (const task of [a!, b!, c!, d!]) {
      const trail = await auditOf(app, task.id);
      expect(trail.at(-1)).toMatchObject({ actor: 'staff', action: 'reformTask.update' });
    }
    // The other rows were left alone: same values, not even touched.
    for (const task of before.slice(4).filter((t) => t.code !== d!.code)) expect(after.get(task.code)).toEqual(task);
    exported = await exportLedger();
  });

  it('creates the tasks of rows whose codes the ledger does not have, with their supporting units', async () => {
    const before = await tasks();
    let supporting: { code: string; name: string }[] = [];
    const book = await edited((wb) => {
      const sheet = taskSheet(wb);
      const source = sheet.getRow(2).values as unknown[];
      const lead = sheet.getCell('F2').text;
      // Two units other than the row's lead: one written by its code, one by its name, as people write them.
      supporting = [...new Map(before.map((t) => [t.leadUnit.code, t.leadUnit])).values()].filter((u) => u.name !== lead).slice(0, 2);
      const row = sheet.addRow(source.slice(1));
      row.getCell(3).value = 'NEW-1';
      row.getCell(4).value = '新增的整改措施';
      row.getCell(7).value = `${supporting[0]!.code}，${supporting[1]!.name}`;
    });
    const applied = await importWorkbook(book, 'APPLY');
    expect(applied).toMatchObject({ status: 'SUCCEEDED', created: 1, changed: 0 });
    const created = applied.rows.nodes.find((r) => r.action === 'CREATE')!;
    expect(created.task?.code).toBe('NEW-1');
    const task = (await tasks()).find((t) => t.code === 'NEW-1')!;
    expect(task.title).toBe('新增的整改措施');
    expect(task.supportingUnits.map((u) => u.code).sort()).toEqual(supporting.map((u) => u.code).sort());
    expect((await auditOf(app, task.id)).map((e) => e.action)).toEqual(['reformTask.create']);
    exported = await exportLedger();
  });
});

describe('a workbook with one defect', () => {
  /** One defect each, in the first task row of the first task sheet (row 2), and where it is reported. */
  const DEFECTS: [string, (sheet: ExcelJS.Worksheet) => void, { code: string; row: number; column: string }][] = [
    ['an unknown lead unit name', (s) => void (s.getCell('F2').value = '不存在的单位'), { code: 'UNKNOWN_UNIT', row: 2, column: 'F' }],
    [
      'an unknown supporting unit code',
      (s) => void (s.getCell('G2').value = 'NO-SUCH-UNIT'),
      { code: 'UNKNOWN_UNIT', row: 2, column: 'G' },
    ],
    ['a bad date', (s) => void (s.getCell('H2').value = '2025-02-30'), { code: 'BAD_DATE', row: 2, column: 'H' }],
    ['a date that is not one', (s) => void (s.getCell('H2').value = '六月底'), { code: 'BAD_DATE', row: 2, column: 'H' }],
    ['a duplicate code', (s) => void (s.getCell('C3').value = s.getCell('C2').value), { code: 'DUPLICATE_CODE', row: 3, column: 'C' }],
    [
      'the lead unit also supporting',
      (s) => void (s.getCell('G2').value = s.getCell('F2').value),
      { code: 'LEAD_ALSO_SUPPORTING', row: 2, column: 'G' },
    ],
    ['an empty title', (s) => void (s.getCell('D2').value = null), { code: 'REQUIRED_CELL_EMPTY', row: 2, column: 'D' }],
    ['an empty lead unit', (s) => void (s.getCell('F2').value = ''), { code: 'REQUIRED_CELL_EMPTY', row: 2, column: 'F' }],
    [
      'an unknown deliverable form',
      (s) => void (s.getCell('E2').value = '口头汇报'),
      { code: 'UNKNOWN_DELIVERABLE_FORM', row: 2, column: 'E' },
    ],
  ];

  it.each(DEFECTS)('refuses %s, at its row and column, and writes nothing', async (_, defect, expected) => {
    const before = await tasks();
    const writes = await taskWrites();
    let sheet = '';
    const book = await edited((wb) => {
      const s = taskSheet(wb);
      sheet = s.name;
      defect(s);
    });
    for (const mode of ['DRY_RUN', 'APPLY'] as const) {
      const report = await importWorkbook(book, mode);
      expect(report).toMatchObject({ status: 'REFUSED', refused: 1 });
      expect(report.errors.nodes.map(({ sheet: s, row, column, code }) => ({ sheet: s, row, column, code }))).toEqual([
        { sheet, ...expected },
      ]);
      expect(report.errors.nodes[0]!.message).not.toBe('');
      const refused = report.rows.nodes.filter((r) => r.action === 'REFUSE');
      expect(refused.map((r) => r.row)).toEqual([expected.row]);
    }
    expect(await tasks()).toEqual(before);
    expect(await taskWrites()).toBe(writes);
  });

  it('says what is wrong in the viewer’s language', async () => {
    const book = await edited((wb) => void (taskSheet(wb).getCell('F2').value = '不存在的单位'));
    const report = await importWorkbook(book);
    const id = report.id;
    const zh = await app.gql(ImportJobReportDocument, { id }, { as: 'staff', language: 'zh-CN' });
    expect(zh.data?.importJob?.errors.nodes[0]?.message).toBe('找不到名称或代码为“不存在的单位”的单位。');
    const en = await app.gql(ImportJobReportDocument, { id }, { as: 'staff', language: 'en' });
    expect(en.data?.importJob?.errors.nodes[0]?.message).toBe('No unit has the name or code “不存在的单位”.');
  });
});

describe('a file that is not a workbook', () => {
  const start = async (fileId: string) =>
    (await app.ok(StartLedgerImportDocument, { input: { ledgerId, fileId } }, { as: 'staff' })).startLedgerImport;

  it('refuses a PNG named .xlsx at once, saying what it is', async () => {
    const file = await uploaded(app, 'staff', '台账.xlsx', PNG);
    expect(file.contentType).toBe('image/png');
    const started = await start(file.id);
    expect(started.importJob).toBeNull();
    expect(started.userErrors).toEqual([
      { code: 'NOT_A_WORKBOOK', field: ['input', 'fileId'], message: expect.stringContaining('image/png') as string },
    ]);
  });

  it('refuses a ZIP bomb at once, before inflating it: one declaring too much, and one hiding it', async () => {
    // 200 MB of zeros deflate to about 200 KB: a workbook in name, a bomb in fact.
    const honest = await zipOf([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/workbook.xml', '<workbook/>'],
      ['xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024)],
    ]);
    expect(honest.length).toBeLessThan(1024 * 1024);
    // The same bytes with the sheet's declared size made small: the directory lies, the inflating stops.
    const lying = Buffer.from(honest);
    const directory = lying.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    lying.writeUInt32LE(4096, directory + 24);
    for (const bomb of [honest, lying]) {
      const file = await uploaded(app, 'staff', 'bomb.xlsx', bomb);
      expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const started = await start(file.id);
      expect(started.importJob).toBeNull();
      expect(started.userErrors.map((e) => e.code)).toEqual(['WORKBOOK_TOO_LARGE']);
    }
  });

  it('refuses a workbook of 50 MB at the upload, before reading it', async () => {
    const big = Buffer.concat([await zipOf([['[Content_Types].xml', '<Types/>']]), Buffer.alloc(50 * 1024 * 1024)]);
    expect(await upload(app, 'staff', 'big.xlsx', big)).toMatchObject({ status: 413, body: { error: { code: 'FILE_TOO_LARGE' } } });
  });

  it('reports a workbook with no ledger sheet, and one lacking a column a task needs', async () => {
    const noLedger = await edited((wb) => {
      for (const sheet of [...wb.worksheets]) if (sheet.getCell('C1').value === '任务编号') wb.removeWorksheet(sheet.id);
    });
    const report = await importWorkbook(noLedger);
    expect(report).toMatchObject({ status: 'REFUSED', total: 0 });
    expect(report.errors.nodes.map((e) => e.code)).toEqual(['NO_LEDGER_SHEET']);
    const noDeadline = await edited((wb) => void (taskSheet(wb).getCell('H1').value = '时限'));
    const missing = await importWorkbook(noDeadline);
    expect(missing.errors.nodes.map((e) => [e.code, e.row])).toEqual([['MISSING_COLUMN', 1]]);
    expect(missing.errors.nodes[0]!.message).toContain('完成时限');
  });
});

describe('an import of thousands of rows', () => {
  it('runs after the answer, reports its progress, and is there to read from another session once done', async () => {
    const n = 2_000;
    const base = await tasks();
    const book = await edited((wb) => {
      const sheet = taskSheet(wb);
      const source = (sheet.getRow(2).values as unknown[]).slice(1);
      for (let i = 0; i < n; i++) {
        const row = sheet.addRow(source);
        row.getCell(3).value = `BULK-${String(i).padStart(4, '0')}`;
        row.getCell(4).value = `批量导入的整改措施 ${i}`;
      }
    });
    const file = await uploaded(app, 'staff', '批量.xlsx', book);
    const started = (await app.ok(StartLedgerImportDocument, { input: { ledgerId, fileId: file.id, mode: 'APPLY' } }, { as: 'staff' }))
      .startLedgerImport.importJob!;
    // The answer comes before the rows are read: the browser may close now.
    expect(['QUEUED', 'RUNNING']).toContain(started.status);
    const seen: number[] = [];
    await until(
      async () => {
        const job = (await app.ok(ImportJobProgressDocument, { id: started.id }, { as: 'admin' })).importJob!;
        seen.push(job.processed);
        return job.status !== 'QUEUED' && job.status !== 'RUNNING';
      },
      'the import of thousands of rows ended',
      120_000,
    );
    // Progress moved while it ran, and never back.
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen.some((processed) => processed > 0 && processed < base.length + n)).toBe(true);
    const done = (await app.ok(ImportJobProgressDocument, { id: started.id }, { as: 'staff' })).importJob!;
    expect(done).toMatchObject({ total: base.length + n, processed: base.length + n, created: n, unchanged: base.length });
    expect(done.finishedAt).not.toBeNull();
    const listed = (await app.ok(LedgerImportsDocument, { id: ledgerId }, { as: 'staff' })).node;
    expect(listed && 'imports' in listed ? listed.imports.nodes.map((j) => j.id) : []).toContain(started.id);
    const writes = Number(
      (
        await app.orm.em
          .getConnection()
          .execute<{ n: string }[]>(`select count(*) as n from audit_entry where action = 'reformTask.create' and actor = 'staff'`)
      )[0]!.n,
    );
    expect(writes).toBeGreaterThanOrEqual(n);
    expect((await app.ok(LedgerTasksByCodeDocument, { ledgerId }, { as: 'staff' })).reformTasks!.totalCount).toBe(base.length + n);
  });

  it('is shown FAILED once its process has stopped answering, and is kept from those who may not see it', async () => {
    const report = await importWorkbook(exported);
    await app.orm.em
      .getConnection()
      .execute(`update ledger_import set status = 'RUNNING', heartbeat_at = now() - interval '2 minutes' where id = ?`, [
        keyOfId(report.id),
      ]);
    expect((await app.ok(ImportJobProgressDocument, { id: report.id }, { as: 'staff' })).importJob!.status).toBe('FAILED');
    expect((await app.ok(ImportJobProgressDocument, { id: report.id }, { as: 'officer' })).importJob).toBeNull();
    const refused = await app.gql(
      StartLedgerImportDocument,
      { input: { ledgerId, fileId: (await uploaded(app, 'officer', 'x.xlsx', exported)).id } },
      { as: 'officer' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
