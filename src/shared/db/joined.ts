import type DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import { prime } from './loader.js';

// A relation read inside its parent's statement: the related rows come back as a JSON column and
// prime the request's loader, so the relation's resolver finds them without another statement.

type Row = Record<string, unknown>;

/** The one row of a correlated `select` as a JSON object (null when there is none). */
export const jsonRow = (db: Knex, select: Knex.QueryBuilder): Knex.Raw => db.raw('(select row_to_json(j) from ? j)', [select]);

/** The rows of a correlated `select` as a JSON array, in its order. */
export const jsonRows = (db: Knex, select: Knex.QueryBuilder): Knex.Raw =>
  db.raw(`(select coalesce(json_agg(j), '[]'::json) from ? j)`, [select]);

/** JSON renders bigint keys as numbers; rows read directly carry them as text. Mends a row just parsed from JSON, in place. */
function asRead(row: Row): Row {
  for (const name in row) {
    const value = row[name];
    if (typeof value === 'number' && (name === 'key' || name.endsWith('Key'))) row[name] = String(value);
  }
  return row;
}

/** Maps a row read by `jsonRow` (or each of `jsonRows`) as a directly read row would be. */
export function fromJson<T>(json: unknown, map: (row: Row) => T): T[] {
  if (json == null) return [];
  return (Array.isArray(json) ? (json as Row[]) : [json as Row]).map((row) => map(asRead(row)));
}

/**
 * Maps the rows of a JSON column (`jsonRow`, `jsonRows`) by their `key`, priming `loader` with each,
 * for one request: a row whose key came before (the same unit under fifty tasks) is the object
 * mapped then, so each is mapped once however often the statement repeats it.
 */
export function primer<T>(loader: DataLoader<string, T | null>, map: (row: Row) => T): (json: unknown) => T[] {
  const mapped = new Map<string, T>();
  return (json) => {
    if (json == null) return [];
    return (Array.isArray(json) ? (json as Row[]) : [json as Row]).map((row) => {
      const key = String(row.key);
      let item = mapped.get(key);
      if (item === undefined) {
        item = map(asRead(row));
        mapped.set(key, item);
        prime(loader, key, item);
      }
      return item;
    });
  };
}
