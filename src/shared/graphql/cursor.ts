import { timestamp } from '../db/values.js';
import { badUserInput } from './errors.js';
import { seal, unseal } from './opaque.js';
import { platformMessages } from '../i18n/platform.messages.js';

/**
 * One ORDER BY term: a SQL column, the property of the selected row that holds its value, and
 * the kind of value, so a cursor's values can be checked before they reach SQL.
 */
export interface SortKey {
  column: string;
  property: string;
  direction: 'asc' | 'desc';
  type?: 'text' | 'timestamp' | 'integer' | 'date';
  /**
   * The column may hold null (dates and timestamps only). It is then sorted as
   * `coalesce(column, 'infinity')`, which puts nulls where PostgreSQL does (last ascending, first
   * descending) while staying one comparable value, so a row comparison still seeks an index
   * built on that same expression, and a cursor may hold null.
   */
  nullable?: boolean;
}

/** Appends the id tiebreaker that makes every ordering total, hence every cursor exact. */
export function withTiebreaker(keys: SortKey[], idColumn: string): SortKey[] {
  const direction = keys.at(-1)?.direction ?? 'asc';
  return [...keys.filter((k) => k.property !== 'key'), { column: idColumn, property: 'key', direction, type: 'integer' }];
}

/** The sort keys of an `orderBy`: each term's column in its direction, then the id tiebreaker. */
export function orderKeys<F extends string>(
  columns: Record<F, Omit<SortKey, 'direction'>>,
  terms: readonly { field: F; direction: string }[],
  idColumn: string,
): SortKey[] {
  return withTiebreaker(
    terms.map((t) => ({ ...columns[t.field], direction: t.direction === 'DESC' ? 'desc' : 'asc' })),
    idColumn,
  );
}

function signature(keys: SortKey[]): string {
  return keys.map((k) => `${k.property}:${k.direction}`).join(',');
}

/**
 * Cursors are opaque to clients: the ordering's signature and the row's sort values, sealed with
 * the ID secret, since the values end with the row's key, which global IDs keep to themselves.
 */
export function encodeCursor(row: Record<string, unknown>, keys: SortKey[]): string {
  return seal(Buffer.from(JSON.stringify([signature(keys), ...keys.map((k) => row[k.property])])));
}

const BIGINT_TEXT = /^-?[0-9]{1,18}$/;
const DATE_TEXT = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/;
// As PostgreSQL writes timestamptz for us (and as JSON writes a Date): `2026-11-26 14:40:24.123+00`.
const TIMESTAMP_TEXT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$/;

/** A calendar date that exists: 2021-02-30 does not (JavaScript would roll it over to March). */
function realDate(value: string): boolean {
  const match = DATE_TEXT.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function valid(value: unknown, key: SortKey): boolean {
  if (value === null) return key.nullable === true;
  switch (key.type ?? 'text') {
    case 'text':
      return typeof value === 'string';
    case 'integer':
      return (typeof value === 'string' && BIGINT_TEXT.test(value)) || Number.isSafeInteger(value);
    case 'date':
      return typeof value === 'string' && value.length === 10 && realDate(value);
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP_TEXT.test(value) && realDate(value) && !Number.isNaN(timestamp(value).getTime());
  }
}

/** The sort values of a cursor; anything not made by `encodeCursor` for this ordering is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, keys: SortKey[], argument: string): unknown[] {
  const sealed = unseal(cursor);
  let decoded: unknown;
  try {
    decoded = sealed && JSON.parse(sealed.toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== keys.length + 1) {
    throw badUserInput(platformMessages.invalidCursor(argument), argument);
  }
  if (decoded[0] !== signature(keys)) {
    throw badUserInput(platformMessages.cursorOfOtherOrdering(argument), argument);
  }
  const values = decoded.slice(1) as unknown[];
  if (!keys.every((key, i) => valid(values[i], key))) throw badUserInput(platformMessages.invalidCursor(argument), argument);
  return values;
}
