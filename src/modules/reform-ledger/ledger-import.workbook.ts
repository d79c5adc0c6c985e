import ExcelJS from 'exceljs';
import { readZipEntry, zipEntries, ZipRefused, type ZipLimits } from '../../shared/files/zip-reader.js';
import { ImportProblemCode } from './ledger-import.enums.js';
import { LEDGER_COLUMNS } from './ledger-export.js';

// Reads a ledger workbook (台账) as the commission keeps it, or as `ledgerExport` writes it: each
// sheet whose header row has the ledger's columns, its rows as text (dates as dates). A workbook is
// an upload, so it is taken apart within limits first (src/shared/files/zip-reader.ts).

/** What an import reads of a workbook before it gives up on it. */
export const WORKBOOK_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/** Rows one import takes. */
export const MAX_IMPORT_ROWS = 20_000;

/** The columns an import reads; the rest of the layout (序号, 状态, 最新进展, 是否逾期) is the graph's to say. */
export type ImportedColumn = 'section' | 'code' | 'title' | 'deliverableForm' | 'leadUnit' | 'supportingUnits' | 'deadline';
const IMPORTED: readonly ImportedColumn[] = ['section', 'code', 'title', 'deliverableForm', 'leadUnit', 'supportingUnits', 'deadline'];
/** How many cells one row may change. */
export const IMPORTED_COLUMN_COUNT = IMPORTED.length - 1;
/** A ledger sheet must have these; without 体系/方面 the sheet's name is the section. */
export const REQUIRED_COLUMNS: readonly ImportedColumn[] = ['code', 'title', 'deliverableForm', 'leadUnit', 'deadline'];
/** Rows a header row may be preceded by (a title, a note). */
const HEADER_SEARCH = 5;

export const headerOf = (column: ImportedColumn): string => LEDGER_COLUMNS[column].header;

/** A cell as an import reads it: its text, and its date if it holds one. */
export interface CellText {
  /** The column's letter, as Excel shows it. */
  column: string;
  text: string;
  /** `YYYY-MM-DD` when the cell holds a date (a date cell, or a number as Excel counts days). */
  date?: string;
  number?: number;
}

export interface SheetRow {
  sheet: string;
  /** As Excel numbers it. */
  row: number;
  cells: Partial<Record<ImportedColumn, CellText>>;
  /** Where each column is on this sheet, for refusals of an empty cell. */
  columns: Partial<Record<ImportedColumn, string>>;
}

export interface FileProblem {
  code: ImportProblemCode;
  sheet: string | null;
  row: number | null;
  column: string | null;
  params: Record<string, string>;
}

export class WorkbookRefused extends Error {
  override name = 'WorkbookRefused';
  constructor(readonly problem: FileProblem) {
    super(`Workbook refused: ${problem.code}`);
  }
}

const fileProblem = (code: ImportProblemCode, params: Record<string, string> = {}): FileProblem => ({
  code,
  sheet: null,
  row: null,
  column: null,
  params,
});

/**
 * Checks the archive before anything parses it: entries as the directory declares them, and each
 * inflated no further than declared (a ZIP bomb stops there), and the parts a workbook has.
 */
export async function checkWorkbookArchive(bytes: Buffer): Promise<void> {
  try {
    const entries = zipEntries(bytes, WORKBOOK_LIMITS);
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
      throw new WorkbookRefused(fileProblem(ImportProblemCode.NOT_A_WORKBOOK, { kind: 'ZIP' }));
    }
    for (const entry of entries) await readZipEntry(bytes, entry);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    throw new WorkbookRefused(
      error.problem === 'TOO_LARGE'
        ? fileProblem(ImportProblemCode.WORKBOOK_TOO_LARGE)
        : fileProblem(ImportProblemCode.NOT_A_WORKBOOK, { kind: 'ZIP' }),
    );
  }
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A cell's value as text: rich text joined, a formula's result, a link's text; dates as dates. */
function cellText(value: ExcelJS.CellValue, column: string): CellText {
  if (value === null || value === undefined) return { column, text: '' };
  if (value instanceof Date) return { column, text: isoDate(value), date: isoDate(value) };
  if (typeof value === 'number') return { column, text: String(value), number: value };
  if (typeof value === 'string') return { column, text: value.trim() };
  if (typeof value === 'boolean') return { column, text: value ? 'TRUE' : 'FALSE' };
  if ('richText' in value)
    return {
      column,
      text: value.richText
        .map((r) => r.text)
        .join('')
        .trim(),
    };
  if ('result' in value) return cellText(value.result, column);
  if ('text' in value && typeof value.text === 'string') return { column, text: value.text.trim() };
  return { column, text: '' };
}

/** The ledger columns of a header row, by where they are; null when it is not one. */
function headerColumns(row: ExcelJS.Row): Partial<Record<ImportedColumn, number>> | null {
  const found: Partial<Record<ImportedColumn, number>> = {};
  row.eachCell((cell, col) => {
    const text = cellText(cell.value, '').text.replace(/\s+/g, '');
    const column = IMPORTED.find((c) => headerOf(c) === text);
    if (column && found[column] === undefined) found[column] = col;
  });
  return found.code !== undefined ? found : null;
}

/**
 * The rows of every ledger sheet (a sheet with 任务编号 in a header row among its first rows),
 * skipping rows with nothing in the columns an import reads. Summary sheets have no such header
 * and are skipped. Refuses (WorkbookRefused) what is no workbook, no ledger, or a ledger sheet
 * without a column a task needs.
 */
export async function readLedgerWorkbook(bytes: Buffer): Promise<SheetRow[]> {
  await checkWorkbookArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookRefused(fileProblem(ImportProblemCode.NOT_A_WORKBOOK, { kind: 'ZIP' }));
  }
  const rows: SheetRow[] = [];
  let sheets = 0;
  for (const sheet of workbook.worksheets) {
    let header: { at: number; columns: Partial<Record<ImportedColumn, number>> } | null = null;
    for (let at = 1; at <= Math.min(HEADER_SEARCH, sheet.rowCount) && !header; at++) {
      const columns = headerColumns(sheet.getRow(at));
      if (columns) header = { at, columns };
    }
    if (!header) continue;
    sheets++;
    const { at, columns } = header;
    const letters = Object.fromEntries(Object.entries(columns).map(([name, col]) => [name, sheet.getColumn(col).letter])) as Partial<
      Record<ImportedColumn, string>
    >;
    for (const column of REQUIRED_COLUMNS) {
      if (columns[column] === undefined) {
        throw new WorkbookRefused({
          code: ImportProblemCode.MISSING_COLUMN,
          sheet: sheet.name,
          row: at,
          column: null,
          params: { header: headerOf(column) },
        });
      }
    }
    for (let number = at + 1; number <= sheet.rowCount; number++) {
      const row = sheet.getRow(number);
      const cells: SheetRow['cells'] = {};
      for (const column of IMPORTED) {
        const col = columns[column];
        if (col !== undefined) cells[column] = cellText(row.getCell(col).value, letters[column] ?? '');
      }
      if (Object.values(cells).every((c) => c.text === '')) continue;
      rows.push({ sheet: sheet.name, row: number, cells, columns: letters });
      if (rows.length > MAX_IMPORT_ROWS) {
        throw new WorkbookRefused(fileProblem(ImportProblemCode.TOO_MANY_ROWS, { limit: MAX_IMPORT_ROWS.toLocaleString('en') }));
      }
    }
  }
  if (sheets === 0) throw new WorkbookRefused(fileProblem(ImportProblemCode.NO_LEDGER_SHEET));
  return rows;
}
