import type { Writable } from 'node:stream';
import { ZipWriter } from './zip-writer.js';

// An Office Open XML workbook (.xlsx) written as a stream: sheet after sheet, row after row, each
// row compressed and sent as it comes (ZipWriter), so a sheet of any length costs the memory of one
// row. Text goes in inline strings (no shared-string table to hold), dates as date serials with a
// date format, so Excel and WPS sort and filter them as dates. Each sheet has its header row in bold,
// frozen, with an autofilter, and the column widths given.

/** How a column's cells are written and shown. */
export type CellKind = 'text' | 'wrap' | 'date' | 'integer' | 'number' | 'percent' | 'money';

export interface SheetColumn {
  header: string;
  /** In characters, as Excel counts them (a Chinese character is about two). */
  width: number;
  kind: CellKind;
}

/** A cell's value: text, a number, a date as `YYYY-MM-DD`, or nothing. */
export type CellValue = string | number | null | undefined;

export interface SheetWriter {
  row(values: readonly CellValue[]): Promise<void>;
  /** Rows written so far, the header not counted. */
  readonly rows: number;
  end(): Promise<void>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Style indexes of `STYLES`' cellXfs. */
const STYLE: Record<CellKind | 'header', number> = { text: 0, header: 1, date: 2, wrap: 3, integer: 4, percent: 5, money: 6, number: 7 };

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Characters XML 1.0 does not allow (controls other than tab, newline and return) and unpaired surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` as XML character data or attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** The column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date serial Excel stores for `YYYY-MM-DD` (days since 1899-12-30); undefined when it is not such a date. */
export function dateSerial(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  return (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - EPOCH) / DAY_MS;
}

/** A sheet's name as Excel takes it: at most 31 characters, none of `[]:*?/\`, not blank. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

function cell(ref: string, value: CellValue, kind: CellKind, style = STYLE[kind]): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : '';
  }
  if (kind === 'date') {
    const serial = dateSerial(value);
    if (serial !== undefined) return `<c r="${ref}" s="${style}"><v>${serial}</v></c>`;
  }
  return `<c r="${ref}" s="${kind === 'date' ? STYLE.text : style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/** Writes one workbook to `out`: `sheet()` after `sheet()`, then `finish()`. */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  /** Each sheet's name, part number and, once ended, the range its autofilter covers. */
  private readonly sheets: { name: string; file: number; filter?: string }[] = [];
  /** Where each sheet goes in the workbook's tab order, by the order it was written. */
  private readonly order: number[] = [];

  constructor(out: Writable, modified: Date) {
    this.zip = new ZipWriter(out, modified);
  }

  /** Names already used by this workbook's sheets. */
  get names(): ReadonlySet<string> {
    return new Set(this.sheets.map((sheet) => sheet.name));
  }

  /**
   * Starts a sheet named `name` (made valid and unique) with its header row; `position` puts its
   * tab before the sheets written earlier (0: first), so a summary counted while the other sheets
   * were written can still come first.
   */
  async sheet(name: string, columns: readonly SheetColumn[], position?: number): Promise<SheetWriter> {
    const file = this.sheets.length + 1;
    const record: { name: string; file: number; filter?: string } = { name: sheetName(name, this.names), file };
    this.sheets.push(record);
    this.order.splice(position ?? this.order.length, 0, file - 1);
    const entry = await this.zip.entry(`xl/worksheets/sheet${file}.xml`);
    const last = columnName(columns.length - 1);
    const widths = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
    const header = columns.map((c, i) => cell(`${columnName(i)}1`, c.header, 'text', STYLE.header)).join('');
    await entry.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
        `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
        `<sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols><sheetData><row r="1">${header}</row>`,
    );
    let rows = 0;
    return {
      get rows() {
        return rows;
      },
      row: async (values) => {
        rows++;
        const r = rows + 1;
        const cells = columns.map((column, i) => cell(`${columnName(i)}${r}`, values[i], column.kind)).join('');
        await entry.write(`<row r="${r}">${cells}</row>`);
      },
      end: async () => {
        record.filter = `$A$1:$${last}$${rows + 1}`;
        await entry.write(
          `</sheetData><autoFilter ref="A1:${last}${rows + 1}"/><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
        );
        await entry.end();
      },
    };
  }

  /** Writes the workbook's parts that list its sheets, and the archive's directory. */
  async finish(): Promise<void> {
    const tabs = this.order.map((index) => this.sheets[index]).filter((sheet) => sheet !== undefined);
    await this.zip.file(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        this.sheets
          .map(
            (s) =>
              `<Override PartName="/xl/worksheets/sheet${s.file}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        `</Types>`,
    );
    await this.zip.file(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    // Excel names each sheet's filtered range, by the sheet's place among the tabs.
    const filters = tabs
      .map((s, i) =>
        s.filter
          ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(s.name.replace(/'/g, "''"))}'!${s.filter}</definedName>`
          : '',
      )
      .join('');
    await this.zip.file(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        tabs.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${s.file}"/>`).join('') +
        `</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`,
    );
    await this.zip.file(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        this.sheets
          .map((s) => `<Relationship Id="rId${s.file}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${s.file}.xml"/>`)
          .join('') +
        `<Relationship Id="rId${this.sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    );
    await this.zip.file('xl/styles.xml', STYLES);
    await this.zip.finish();
  }
}
