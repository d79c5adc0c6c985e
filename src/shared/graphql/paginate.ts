import type { Knex } from '@mikro-orm/postgresql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageArgs } from './connection.js';
import { decodeCursor, encodeCursor, type SortKey } from './cursor.js';
import { badUserInput } from './errors.js';
import { platformMessages } from '../i18n/platform.messages.js';

// Keyset paging in SQL: a page is the rows beyond the cursor in the ordering, never an OFFSET.

interface Window {
  size: number;
  backward: boolean;
  after: unknown[] | undefined;
  before: unknown[] | undefined;
}

function windowOf(args: PageArgs, keys: SortKey[]): Window {
  const { first, last } = args;
  if (first != null && last != null) throw badUserInput(platformMessages.firstAndLast, 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(platformMessages.pageSize(name, MAX_PAGE_SIZE, value), name);
    }
  }
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward: last != null,
    after: args.after != null ? decodeCursor(args.after, keys, 'after') : undefined,
    before: args.before != null ? decodeCursor(args.before, keys, 'before') : undefined,
  };
}

// The SQL type of each kind of key that may be nullable: its 'infinity' sorts after every value,
// where PostgreSQL puts null (see SortKey.nullable).
const NULLABLE = { date: 'date', timestamp: 'timestamptz' } as const;

function nullableType(key: SortKey): string {
  if (key.type !== 'date' && key.type !== 'timestamp') throw new Error(`Sort key ${key.column} is nullable but not a date or timestamp`);
  return NULLABLE[key.type];
}

/** A sort key as SQL (its column, bound with `??`), and a cursor value in the same terms (bound with `?`). */
const termSql = (key: SortKey) => (key.nullable ? `coalesce(??, 'infinity'::${nullableType(key)})` : '??');
const valueSql = (key: SortKey) => (key.nullable ? `coalesce(?::${nullableType(key)}, 'infinity'::${nullableType(key)})` : '?');

/**
 * Rows strictly after (or before) the cursor in the given order, written so that PostgreSQL seeks
 * the ordering's index instead of filtering it from its start: one row comparison
 * `(a, b, id) > (x, y, i)` when every key goes the same way; otherwise a range on the first key
 * (`a >= x`), which the index can seek, and the exact condition `a > x or (a = x and b < y) …`.
 */
function whereBeyond(qb: Knex.QueryBuilder, keys: SortKey[], values: unknown[], side: 'after' | 'before'): void {
  const op = (key: SortKey) => ((key.direction === 'asc') === (side === 'after') ? '>' : '<');
  const compare = (key: SortKey, operator: string) => `${termSql(key)} ${operator} ${valueSql(key)}`;
  const [first] = keys as [SortKey, ...SortKey[]];
  if (keys.every((k) => k.direction === first.direction)) {
    const row = `(${keys.map(termSql).join(', ')}) ${op(first)} (${keys.map(valueSql).join(', ')})`;
    void qb.whereRaw(row, [...keys.map((k) => k.column), ...values] as Knex.Value[]);
    return;
  }
  void qb.whereRaw(compare(first, `${op(first)}=`), [first.column, values[0]] as Knex.Value[]);
  const bindings: unknown[] = [];
  const alternatives = keys.map((key, i) => {
    const terms = [...keys.slice(0, i).map((k) => compare(k, '=')), compare(key, op(key))];
    keys.slice(0, i + 1).forEach((k, j) => bindings.push(k.column, values[j]));
    return `(${terms.join(' and ')})`;
  });
  void qb.whereRaw(`(${alternatives.join(' or ')})`, bindings as Knex.Value[]);
}

function orderSql(db: Knex, keys: SortKey[], reverse: boolean): Knex.Raw {
  const terms = keys.map((k) => `${termSql(k)} ${(k.direction === 'asc') !== reverse ? 'asc' : 'desc'}`);
  return db.raw(
    terms.join(', '),
    keys.map((k) => k.column),
  );
}

function applyWindow(qb: Knex.QueryBuilder, keys: SortKey[], window: Window): void {
  if (window.after) whereBeyond(qb, keys, window.after, 'after');
  if (window.before) whereBeyond(qb, keys, window.before, 'before');
}

function toPage<R extends Record<string, unknown>, T>(
  rows: R[],
  keys: SortKey[],
  window: Window,
  map: (row: R) => T,
  count: () => Promise<number>,
): Page<T> {
  const more = rows.length > window.size;
  const slice = rows.slice(0, window.size);
  if (window.backward) slice.reverse();
  // Cursors are sealed (opaque.ts): an edge's is made only when the query asks for it.
  const cursorOf = (row: R | undefined) => (row === undefined ? null : encodeCursor(row, keys));
  const edges = slice.map((row) => ({
    get cursor() {
      return encodeCursor(row, keys);
    },
    node: map(row),
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: window.backward ? window.before !== undefined : more,
      hasPreviousPage: window.backward ? more : window.after !== undefined,
      get startCursor() {
        return cursorOf(slice[0]);
      },
      get endCursor() {
        return cursorOf(slice.at(-1));
      },
    },
    count,
  };
}

export interface PaginateOptions<R, T> {
  db: Knex;
  /** The filtered query (FROM and WHERE, selecting the row's columns); paging adds the rest. */
  query: () => Knex.QueryBuilder;
  keys: SortKey[];
  args: PageArgs;
  map: (row: R) => T;
}

/** One keyset page over a filtered query: a single statement, plus one for `totalCount` if asked. */
export async function paginate<R extends Record<string, unknown>, T>(options: PaginateOptions<R, T>): Promise<Page<T>> {
  const { db, query, keys, args, map } = options;
  const window = windowOf(args, keys);
  const totalCount = () => countOf(db, query());
  if (window.size === 0) return toPage<R, T>([], keys, window, map, totalCount);
  const qb = query();
  applyWindow(qb, keys, window);
  const rows = (await qb.orderByRaw(orderSql(db, keys, window.backward)).limit(window.size + 1)) as R[];
  return toPage(rows, keys, window, map, totalCount);
}

/**
 * Every row of a filtered query in its order, `size` rows per statement, each batch seeking past the
 * last row of the one before (as a page after its cursor does): for a reader that walks a whole
 * list, such as an export, in memory bounded by one batch however long the list.
 */
export async function* keysetBatches<R extends Record<string, unknown>>(
  db: Knex,
  query: () => Knex.QueryBuilder,
  keys: SortKey[],
  size: number,
): AsyncGenerator<R[]> {
  let last: R | undefined;
  for (;;) {
    const qb = query();
    if (last) {
      const row = last;
      whereBeyond(
        qb,
        keys,
        keys.map((k) => row[k.property]),
        'after',
      );
    }
    const rows = (await qb.orderByRaw(orderSql(db, keys, false)).limit(size)) as R[];
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    last = rows.at(-1);
  }
}

async function countOf(db: Knex, qb: Knex.QueryBuilder): Promise<number> {
  const rows: { count: string | number }[] = await db.count({ count: '*' }).from(qb.clearSelect().select(db.raw('1')).as('matched'));
  return Number(rows[0]?.count ?? 0);
}

export interface PaginateGroupsOptions<R, T> extends PaginateOptions<R, T> {
  /** Column the pages are per (e.g. `parent_id`), its SQL type (bigint unless said), and the property of the row that holds it. */
  group: { column: string; property: string; type?: 'bigint' | 'text' };
  groupKeys: readonly string[];
  /** Counts per group in one statement; the loader that calls this batches it. */
  countGroups: (keys: readonly string[]) => Promise<Map<string, number>>;
}

/** The keys as one PostgreSQL array literal, so every batch binds one parameter however many parents it has. */
function arrayLiteral(keys: readonly string[]): string {
  return `{${keys.map((k) => `"${k.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * The same page for many parents at once (e.g. the first 5 children of each of 50 units): one
 * statement in which each parent's page is a lateral subquery that seeks the `(parent, sort keys…)`
 * index from its cursor and stops after the page, so nested connections cost a constant number
 * of statements and a deep page per parent costs what the first does.
 */
export async function paginateGroups<R extends Record<string, unknown>, T>(
  options: PaginateGroupsOptions<R, T>,
): Promise<Map<string, Page<T>>> {
  const { db, query, keys, args, map, group, groupKeys, countGroups } = options;
  const window = windowOf(args, keys);
  const pages = new Map<string, Page<T>>();
  let counts: Promise<Map<string, number>> | undefined;
  const countFor = (groupKey: string) => async () => {
    counts ??= countGroups(groupKeys);
    return (await counts).get(groupKey) ?? 0;
  };
  const rowsByGroup = new Map<string, R[]>(groupKeys.map((k) => [k, []]));
  if (window.size > 0 && groupKeys.length > 0) {
    const order = orderSql(db, keys, window.backward);
    const page = query().whereRaw('?? = parent.key', [group.column]);
    applyWindow(page, keys, window);
    // Numbered within the page, so the outer statement can keep each page's order.
    void page
      .select(db.raw(`row_number() over (order by ${order.toQuery()}) as "rowNumber"`))
      .orderByRaw(order)
      .limit(window.size + 1);
    const rows = (await db
      .select('page.*')
      .from(
        db.raw(`unnest(?::${group.type ?? 'bigint'}[]) with ordinality as parent(key, ordinal) cross join lateral ? as page`, [
          arrayLiteral(groupKeys),
          page,
        ]),
      )
      .orderBy(['parent.ordinal', 'page.rowNumber'])) as R[];
    for (const row of rows) rowsByGroup.get(String(row[group.property]))?.push(row);
  }
  for (const [groupKey, rows] of rowsByGroup) pages.set(groupKey, toPage(rows, keys, window, map, countFor(groupKey)));
  return pages;
}
