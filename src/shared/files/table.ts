import type { Writable } from 'node:stream';
import { writeTo } from './output.js';
import { XlsxWriter, type CellValue, type SheetColumn, type SheetWriter } from './xlsx-writer.js';

// What an export writes: tables of rows under headers, to a workbook (a sheet each) or to CSV (the
// rows of every table after one header). The same exporter serves both.

export type { CellValue, SheetColumn } from './xlsx-writer.js';

export enum FileFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

export interface TableOptions {
  /** Where its tab goes among those written before (0: first). */
  position?: number;
  /** Figures about the other tables (a summary): a workbook shows them, CSV, being one table, does not. */
  summary?: boolean;
}

export interface TableSink {
  table(name: string, columns: readonly SheetColumn[], options?: TableOptions): Promise<SheetWriter>;
  /** Completes the file (not the output stream, which the caller ends). */
  finish(): Promise<void>;
}

export function workbookSink(out: Writable, modified: Date): TableSink {
  const writer = new XlsxWriter(out, modified);
  return {
    table: (name, columns, options) => writer.sheet(name, columns, options?.position),
    finish: () => writer.finish(),
  };
}

/** A cell Excel would read as a formula (`=`, `+`, `-`, `@`, or a tab or return first) is kept as text by a leading `'`. */
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that looks like a formula made inert. */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV in UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8 (Chinese text otherwise
 * comes out garbled), lines ending in CRLF. The first table's header heads the file; the rows of
 * later tables with the same columns follow it; summaries are left out.
 */
export function csvSink(out: Writable): TableSink {
  let header: string | undefined;
  return {
    table: async (_name, columns, options) => {
      let rows = 0;
      const skip = options?.summary === true;
      const line = columns.map((c) => csvField(c.header)).join(',');
      if (!skip) {
        if (header === undefined) {
          header = line;
          await writeTo(out, `\uFEFF${line}\r\n`);
        } else if (header !== line) {
          throw new Error('A CSV file holds one table: every table written to it has the same columns.');
        }
      }
      return {
        get rows() {
          return rows;
        },
        row: async (values) => {
          rows++;
          if (!skip) await writeTo(out, `${columns.map((_, i) => csvField(values[i])).join(',')}\r\n`);
        },
        end: () => Promise.resolve(),
      };
    },
    finish: async () => {
      if (header === undefined) await writeTo(out, '\uFEFF');
    },
  };
}

export function sinkFor(format: FileFormat, out: Writable, modified: Date): TableSink {
  return format === FileFormat.XLSX ? workbookSink(out, modified) : csvSink(out);
}
