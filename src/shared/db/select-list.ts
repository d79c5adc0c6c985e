import type { Knex } from '@mikro-orm/postgresql';
import { remember } from '../bounded-map.js';

/** A select list as SQL text with the values it binds. */
interface Compiled {
  sql: string;
  bindings: Knex.Value[];
}

/** Shapes remembered per process; past this many, the oldest make room. */
const MAX_SHAPES = 1_000;
/** Shape → its compiled list, or null where the list cannot be reused as text. */
const compiled = new Map<string, Compiled | null>();

/**
 * The statement `build()` makes (columns selected from what `from()` makes: a table and its joins,
 * nothing more), with its select list compiled to SQL once per `shape` and then reused as text.
 * knex quotes and joins every column and subquery of a list anew for each statement it compiles:
 * for a task page with its relations, a tenth of a short request's CPU. `shape` names the list and
 * everything it depends on (which relations, which optional columns), across the whole process. The
 * statement's text is the same either way; a list with a `?` of its own, which could not be told
 * from its bindings, is built every time.
 */
export function compiledSelect(db: Knex, shape: string, from: () => Knex.QueryBuilder, build: () => Knex.QueryBuilder): Knex.QueryBuilder {
  let list = compiled.get(shape);
  if (list === undefined) {
    list = compile(db, from, build());
    remember(compiled, shape, list, MAX_SHAPES);
  }
  return list ? from().select(db.raw(list.sql, list.bindings)) : build();
}

function compile(db: Knex, from: () => Knex.QueryBuilder, qb: Knex.QueryBuilder): Compiled | null {
  const { sql, bindings } = qb.toSQL();
  const rest = from().select(db.raw('1')).toSQL();
  const tail = rest.sql.slice('select 1'.length);
  if (rest.bindings.length > 0 || !sql.startsWith('select ') || !sql.endsWith(tail)) return null;
  const list = sql.slice('select '.length, sql.length - tail.length);
  if ((list.match(/\?/g)?.length ?? 0) !== bindings.length) return null;
  return { sql: list, bindings: [...bindings] };
}
