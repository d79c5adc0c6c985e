/**
 * A timestamp column as read through MikroORM's connection, which hands them over as text
 * (`2026-11-26 14:40:24.123+00`), turned into a Date.
 */
export function timestamp(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(utcMillis(text) ?? Date.parse(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')));
}

/**
 * Converts the named timestamp fields of an object just built from a row (null stays null), in
 * place: the row itself keeps PostgreSQL's text, which its cursor is made from.
 */
export function withTimestamps<T extends object>(node: T, ...fields: (keyof T & string)[]): T {
  const values = node as Record<string, unknown>;
  for (const field of fields) {
    const value = values[field];
    if (value != null) values[field] = timestamp(value);
  }
  return node;
}

const ZERO = 48;

/** The two digits at `at`, or NaN. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : NaN;
}

/**
 * The moment of a timestamp in PostgreSQL's text at UTC, read by position: parsing it as a string
 * costs more than any other column of a row. Both forms rows come in: a column's
 * (`YYYY-MM-DD hh:mm:ss[.ffffff]+00`) and a JSON column's (`YYYY-MM-DDThh:mm:ss[.ffffff]+00:00`,
 * a relation read in its parent's statement). Undefined for any other form, which goes through
 * `Date.parse` as before.
 */
function utcMillis(text: string): number | undefined {
  const json = text.endsWith(':00') && text[10] === 'T';
  const end = text.length - (json ? 6 : 3);
  if (end < 19 || text.charCodeAt(end) !== 43 /* + */ || text.charCodeAt(end + 1) !== ZERO || text.charCodeAt(end + 2) !== ZERO) {
    return undefined;
  }
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== (json ? 'T' : ' ') || text[13] !== ':' || text[16] !== ':') return undefined;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  let millis = 0;
  if (end > 19) {
    // A fraction of one to six digits: its first three are the milliseconds, as Date.parse reads them.
    if (text[19] !== '.' || end === 20 || end > 26) return undefined;
    for (let at = 20, scale = 100; at < end; at++, scale /= 10) {
      const digit = text.charCodeAt(at) - ZERO;
      if (digit < 0 || digit > 9) return undefined;
      millis += Math.floor(digit * scale);
    }
  }
  // Ranges Date.parse and Date.UTC read alike (Date.UTC would take years 0-99 as 1900-1999).
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) {
    return undefined;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}
