import { isPlausibleDate } from '../../shared/domain/values.js';
import { ImportProblemCode, ImportRowAction } from './ledger-import.enums.js';
import { headerOf, type CellText, type FileProblem, type ImportedColumn, type SheetRow } from './ledger-import.workbook.js';
import { UNIT_SEPARATOR } from './ledger-export.js';
import { DeliverableForm } from './reform-ledger.enums.js';
import { MAX_CODE, MAX_TITLE } from './reform-task.entity.js';
import { DELIVERABLE_FORMS } from './reform-task.messages.js';

// What each row of an imported ledger would do to the ledger as it is now: create a task, change
// some of its cells, leave it, or be refused, and why. Pure: the dry run and the apply (inside its
// transaction, on the rows it has locked) plan the same way.

export interface SectionState {
  key: string;
  code: string;
  title: string;
}

export interface UnitState {
  key: string;
  code: string;
  name: string;
}

/** What a row sets, once every cell is read. */
export interface TaskFields {
  code: string;
  sectionKey: string;
  title: string;
  deliverableForm: DeliverableForm;
  leadUnitKey: string;
  supportingUnitKeys: string[];
  deadline: string;
}

/** A task of the ledger, as an import compares it (by code, which is its key in `LedgerState.tasks`). */
export interface TaskState extends Omit<TaskFields, 'code'> {
  key: string;
}

export interface LedgerState {
  sections: SectionState[];
  units: UnitState[];
  /** By code. */
  tasks: Map<string, TaskState>;
}

export interface CellChange {
  column: string;
  header: string;
  from: string | null;
  to: string;
}

export interface RowPlan {
  sheet: string;
  row: number;
  code: string | null;
  action: ImportRowAction;
  /** The task it matched by code. */
  taskKey: string | null;
  cells: CellChange[];
  /** What to write; absent on a refused row. */
  fields?: TaskFields;
}

export interface ImportPlan {
  rows: RowPlan[];
  problems: FileProblem[];
}

const FORMS = new Map<string, DeliverableForm>(
  Object.values(DeliverableForm).flatMap((form) => [
    [form, form],
    [DELIVERABLE_FORMS[form] ?? form, form],
  ]),
);
const FORM_LIST = Object.values(DeliverableForm)
  .map((f) => DELIVERABLE_FORMS[f] ?? f)
  .join('、');

/** Between supporting units in a cell: 、 as the export writes, or a comma, semicolon or line break. */
const UNIT_LIST = /[、,，;；\n]+/;

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as its serial numbers count (1899-12-30, past its 1900 leap-year slip). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A real calendar day in `YYYY-MM-DD`, or null. */
function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A deadline as a date cell, a number as Excel counts days, or text such as 2025-06-30, 2025/6/30, 2025.6.30, 2025年6月30日. */
export function readDate(cell: CellText): string | null {
  let date: string | null = null;
  if (cell.date) date = cell.date;
  else if (cell.number !== undefined && Number.isInteger(cell.number))
    date = new Date(EXCEL_EPOCH + cell.number * DAY_MS).toISOString().slice(0, 10);
  else {
    const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(cell.text);
    if (match) date = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return date && isPlausibleDate(date) ? date : null;
}

class Planner {
  private readonly sectionsByName = new Map<string, SectionState>();
  private readonly unitsByCode = new Map<string, UnitState>();
  private readonly unitsByName = new Map<string, UnitState[]>();
  private readonly unitsByKey = new Map<string, UnitState>();
  private readonly sectionTitles = new Map<string, string>();
  private readonly seen = new Map<string, SheetRow>();
  readonly problems: FileProblem[] = [];

  constructor(private readonly state: LedgerState) {
    for (const s of state.sections) {
      this.sectionsByName.set(s.title, s);
      this.sectionsByName.set(s.code, s);
      this.sectionTitles.set(s.key, s.title);
    }
    for (const u of state.units) {
      this.unitsByCode.set(u.code, u);
      this.unitsByName.set(u.name, [...(this.unitsByName.get(u.name) ?? []), u]);
      this.unitsByKey.set(u.key, u);
    }
  }

  private refuse(row: SheetRow, column: ImportedColumn, code: ImportProblemCode, params: Record<string, string>): null {
    this.problems.push({ code, sheet: row.sheet, row: row.row, column: row.columns[column] ?? null, params });
    return null;
  }

  private required(row: SheetRow, column: ImportedColumn, max?: number): string | null {
    const text = row.cells[column]?.text ?? '';
    if (text === '') return this.refuse(row, column, ImportProblemCode.REQUIRED_CELL_EMPTY, { header: headerOf(column) });
    if (max !== undefined && text.length > max) {
      return this.refuse(row, column, ImportProblemCode.TEXT_TOO_LONG, { header: headerOf(column), max: String(max) });
    }
    return text;
  }

  /** A unit by its code, else by its name when one unit alone has it. */
  private unit(row: SheetRow, column: ImportedColumn, value: string): UnitState | null {
    const byCode = this.unitsByCode.get(value.toUpperCase());
    if (byCode) return byCode;
    const named = this.unitsByName.get(value) ?? [];
    const [only] = named;
    if (only && named.length === 1) return only;
    if (named.length > 1) {
      return this.refuse(row, column, ImportProblemCode.AMBIGUOUS_UNIT, { value, codes: named.map((u) => u.code).join(', ') });
    }
    return this.refuse(row, column, ImportProblemCode.UNKNOWN_UNIT, { value });
  }

  /** Units as the ledger writes them in one cell: by name, in code order, separated by 、. */
  private names(keys: readonly string[]): string {
    return keys
      .map((key) => this.unitsByKey.get(key) ?? { key, code: key, name: key })
      .sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
      .map((u) => u.name)
      .join(UNIT_SEPARATOR);
  }

  /** The row's plan; its refusals are added to `problems`. */
  plan(row: SheetRow): RowPlan {
    const before = this.problems.length;
    const code = this.required(row, 'code', MAX_CODE);
    if (code !== null) {
      const first = this.seen.get(code);
      if (first) {
        this.refuse(row, 'code', ImportProblemCode.DUPLICATE_CODE, { value: code, sheet: first.sheet, row: String(first.row) });
      } else this.seen.set(code, row);
    }
    const sectionText = row.cells.section?.text ?? '';
    const sectionName = sectionText === '' ? row.sheet : sectionText;
    const section =
      this.sectionsByName.get(sectionName) ?? this.refuse(row, 'section', ImportProblemCode.UNKNOWN_SECTION, { value: sectionName });
    const title = this.required(row, 'title', MAX_TITLE);
    const formText = this.required(row, 'deliverableForm');
    const form =
      formText === null
        ? null
        : (FORMS.get(formText) ??
          this.refuse(row, 'deliverableForm', ImportProblemCode.UNKNOWN_DELIVERABLE_FORM, { value: formText, forms: FORM_LIST }));
    const leadText = this.required(row, 'leadUnit');
    const lead = leadText === null ? null : this.unit(row, 'leadUnit', leadText);
    const supporting: UnitState[] = [];
    for (const value of (row.cells.supportingUnits?.text ?? '')
      .split(UNIT_LIST)
      .map((v) => v.trim())
      .filter(Boolean)) {
      const unit = this.unit(row, 'supportingUnits', value);
      if (!unit) continue;
      if (unit.key === lead?.key) this.refuse(row, 'supportingUnits', ImportProblemCode.LEAD_ALSO_SUPPORTING, { value });
      else if (supporting.some((u) => u.key === unit.key))
        this.refuse(row, 'supportingUnits', ImportProblemCode.SUPPORTING_TWICE, { value });
      else supporting.push(unit);
    }
    const deadlineText = this.required(row, 'deadline');
    const deadline =
      deadlineText === null
        ? null
        : (readDate(row.cells.deadline ?? { column: '', text: deadlineText }) ??
          this.refuse(row, 'deadline', ImportProblemCode.BAD_DATE, { value: deadlineText }));
    const existing = code === null ? undefined : this.state.tasks.get(code);
    const base = { sheet: row.sheet, row: row.row, code, taskKey: existing?.key ?? null };
    if (this.problems.length > before || code === null || !section || title === null || !form || !lead || deadline === null) {
      return { ...base, action: ImportRowAction.REFUSE, cells: [] };
    }
    const fields: TaskFields = {
      code,
      sectionKey: section.key,
      title,
      deliverableForm: form,
      leadUnitKey: lead.key,
      supportingUnitKeys: supporting.map((u) => u.key),
      deadline,
    };
    const cells = this.changes(row, existing, fields);
    const action = !existing ? ImportRowAction.CREATE : cells.length > 0 ? ImportRowAction.CHANGE : ImportRowAction.UNCHANGED;
    return { ...base, action, cells, fields };
  }

  /** Each cell whose value differs from the task's (every one, for a new task), as the ledger shows them. */
  private changes(row: SheetRow, task: TaskState | undefined, to: TaskFields): CellChange[] {
    const shown = (t: Omit<TaskFields, 'code'>): Record<Exclude<ImportedColumn, 'code'>, string> => ({
      section: this.sectionTitles.get(t.sectionKey) ?? t.sectionKey,
      title: t.title,
      deliverableForm: DELIVERABLE_FORMS[t.deliverableForm] ?? t.deliverableForm,
      leadUnit: this.unitsByKey.get(t.leadUnitKey)?.name ?? t.leadUnitKey,
      supportingUnits: this.names(t.supportingUnitKeys),
      deadline: t.deadline,
    });
    const after = shown(to);
    const before = task ? shown(task) : null;
    const sameUnits = task && [...task.supportingUnitKeys].sort().join() === [...to.supportingUnitKeys].sort().join();
    const changes: CellChange[] = [];
    for (const column of Object.keys(after) as (keyof typeof after)[]) {
      const changed = column === 'supportingUnits' ? !sameUnits : before?.[column] !== after[column];
      if (changed && !(column === 'supportingUnits' && !before && after[column] === '')) {
        changes.push({ column: row.columns[column] ?? '', header: headerOf(column), from: before?.[column] ?? null, to: after[column] });
      }
    }
    return changes;
  }
}

/** What each row would do to the ledger in `state`, and every refusal, in the workbook's order. */
export function planImport(rows: readonly SheetRow[], state: LedgerState, tick: (done: number) => void = () => undefined): ImportPlan {
  const planner = new Planner(state);
  const plans = rows.map((row, i) => {
    const plan = planner.plan(row);
    tick(i + 1);
    return plan;
  });
  return { rows: plans, problems: planner.problems };
}
