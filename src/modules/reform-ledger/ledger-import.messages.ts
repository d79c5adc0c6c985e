import { defineMessages, type Text } from '../../shared/i18n/text.js';

// What an import of a ledger workbook says of its file and its rows. Every refusal names the
// cell's header as the workbook does; `params` hold what it quotes.

const quoted = (value: string) => `“${value}”`;

/** Each refusal of a file or a row, from what its `params` hold. */
export const importProblemMessages = defineMessages({
  NOT_A_WORKBOOK: (kind: string): Text => ({
    en: `The file is not an Excel workbook (.xlsx) but ${kind}: export the ledger from Excel as .xlsx and upload that.`,
    zh: `该文件不是 Excel 工作簿（.xlsx），而是${kind}：请在 Excel 中另存为 .xlsx 后上传。`,
  }),
  WORKBOOK_TOO_LARGE: {
    en: 'The workbook would inflate past what an import reads (100 MB, 2,000 parts): it is not a ledger, or far too big for one import.',
    zh: '该工作簿解压后超出导入上限（100 MB、2000 个部件）：不是台账文件，或超出单次导入的规模。',
  },
  NO_LEDGER_SHEET: {
    en: 'No sheet has the ledger’s header row (任务编号, 任务内容, 成果形式, 牵头单位, 完成时限 …) in its first rows.',
    zh: '没有一张工作表在前几行带有台账表头（任务编号、任务内容、成果形式、牵头单位、完成时限……）。',
  },
  MISSING_COLUMN: (header: string): Text => ({
    en: `The sheet has no column headed ${quoted(header)}, which an import needs.`,
    zh: `该工作表缺少导入所需的列${quoted(header)}。`,
  }),
  TOO_MANY_ROWS: (limit: string): Text => ({
    en: `One import takes at most ${limit} rows; split the workbook.`,
    zh: `单次导入最多 ${limit} 行，请拆分工作簿。`,
  }),
  REQUIRED_CELL_EMPTY: (header: string): Text => ({
    en: `${header} is empty; a task needs it.`,
    zh: `${header}为空，任务必须填写。`,
  }),
  TEXT_TOO_LONG: (header: string, max: string): Text => ({
    en: `${header} is longer than ${max} characters.`,
    zh: `${header}超过 ${max} 个字符。`,
  }),
  UNKNOWN_UNIT: (value: string): Text => ({
    en: `No unit has the name or code ${quoted(value)}.`,
    zh: `找不到名称或代码为${quoted(value)}的单位。`,
  }),
  AMBIGUOUS_UNIT: (value: string, codes: string): Text => ({
    en: `Several units are named ${quoted(value)} (${codes}): write the code of the one meant.`,
    zh: `有多个单位名为${quoted(value)}（${codes}）：请填写所指单位的代码。`,
  }),
  LEAD_ALSO_SUPPORTING: (value: string): Text => ({
    en: `${quoted(value)} leads the task and cannot also support it.`,
    zh: `${quoted(value)}是牵头单位，不能同时列为配合单位。`,
  }),
  SUPPORTING_TWICE: (value: string): Text => ({
    en: `${quoted(value)} is listed twice as a supporting unit.`,
    zh: `${quoted(value)}被重复列为配合单位。`,
  }),
  BAD_DATE: (value: string): Text => ({
    en: `${quoted(value)} is not a date between 2000 and 2100 (write it as a date cell, or as 2025-06-30 or 2025年6月30日).`,
    zh: `${quoted(value)}不是 2000 至 2100 年间的日期（请使用日期格式单元格，或写作 2025-06-30、2025年6月30日）。`,
  }),
  DUPLICATE_CODE: (value: string, sheet: string, row: string): Text => ({
    en: `Task code ${quoted(value)} is also on sheet ${quoted(sheet)}, row ${row}.`,
    zh: `任务编号${quoted(value)}与工作表${quoted(sheet)}第 ${row} 行重复。`,
  }),
  UNKNOWN_SECTION: (value: string): Text => ({
    en: `The ledger has no section ${quoted(value)}.`,
    zh: `该台账没有名为${quoted(value)}的体系/方面。`,
  }),
  UNKNOWN_DELIVERABLE_FORM: (value: string, forms: string): Text => ({
    en: `${quoted(value)} is not a deliverable form; write one of ${forms}.`,
    zh: `${quoted(value)}不是规定的成果形式，请填写：${forms}。`,
  }),
});

export const ledgerImportMessages = defineMessages({
  problems: importProblemMessages,
  actions: {
    import: { en: 'import ledgers', zh: '导入台账' },
  },
});

/** A refusal's sentence, from its code and what it quotes. */
export function problemText(code: string, params: Record<string, string>): Text {
  const p = (name: string) => params[name] ?? '';
  const M = importProblemMessages;
  switch (code) {
    case 'NOT_A_WORKBOOK':
      return M.NOT_A_WORKBOOK(p('kind'));
    case 'WORKBOOK_TOO_LARGE':
      return M.WORKBOOK_TOO_LARGE;
    case 'NO_LEDGER_SHEET':
      return M.NO_LEDGER_SHEET;
    case 'MISSING_COLUMN':
      return M.MISSING_COLUMN(p('header'));
    case 'TOO_MANY_ROWS':
      return M.TOO_MANY_ROWS(p('limit'));
    case 'REQUIRED_CELL_EMPTY':
      return M.REQUIRED_CELL_EMPTY(p('header'));
    case 'TEXT_TOO_LONG':
      return M.TEXT_TOO_LONG(p('header'), p('max'));
    case 'AMBIGUOUS_UNIT':
      return M.AMBIGUOUS_UNIT(p('value'), p('codes'));
    case 'DUPLICATE_CODE':
      return M.DUPLICATE_CODE(p('value'), p('sheet'), p('row'));
    case 'UNKNOWN_DELIVERABLE_FORM':
      return M.UNKNOWN_DELIVERABLE_FORM(p('value'), p('forms'));
    case 'UNKNOWN_UNIT':
    case 'LEAD_ALSO_SUPPORTING':
    case 'SUPPORTING_TWICE':
    case 'BAD_DATE':
    case 'UNKNOWN_SECTION':
      return M[code](p('value'));
    default:
      return { en: code, zh: code };
  }
}
