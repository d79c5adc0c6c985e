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

/** Rows strictly after (or before) the cursor in the given order: (a > x) or (a = x and b > y) … */
function whereBeyond(qb: Knex.QueryBuilder, keys: SortKey[], values: unknown[], side: 'after' | 'before'): void {
  void qb.where((outer) => {
    keys.forEach((key, i) => {
      void outer.orWhere((inner) => {
        keys.slice(0, i).forEach((earlier, j) => void inner.where(earlier.column, values[j] as Knex.Value));
        const ascending = (key.direction === 'asc') === (side === 'after');
        void inner.where(key.column, ascending ? '>' : '<', values[i] as Knex.Value);
      });
    });
  });
}

function orderSql(db: Knex, keys: SortKey[], reverse: boolean): Knex.Raw {
  const terms = keys.map((k) => `?? ${(k.direction === 'asc') !== reverse ? 'asc' : 'desc'}`);
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

async function countOf(db: Knex, qb: Knex.QueryBuilder): Promise<number> {
  const rows: { count: string | number }[] = await db.count({ count: '*' }).from(qb.clearSelect().select(db.raw('1')).as('matched'));
  return Number(rows[0]?.count ?? 0);
}

export interface PaginateGroupsOptions<R, T> extends PaginateOptions<R, T> {
  /** Column the pages are per (e.g. `parent_id`) and the property of the row that holds it. */
  group: { column: string; property: string };
  groupKeys: readonly string[];
  /** Counts per group in one statement; the loader that calls this batches it. */
  countGroups: (keys: readonly string[]) => Promise<Map<string, number>>;
}

/**
 * The same page for many parents at once (e.g. the first 5 children of each of 50 units): one
 * statement with a window function, so nested connections cost a constant number of statements.
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
    const inner = query().whereIn(group.column, [...groupKeys]);
    applyWindow(inner, keys, window);
    void inner.select(
      db.raw(`row_number() over (partition by ?? order by ${orderSql(db, keys, window.backward).toQuery()}) as "rowNumber"`, [
        group.column,
      ]),
    );
    const rows = (await db
      .select('*')
      .from(inner.as('ranked'))
      .where('rowNumber', '<=', window.size + 1)
      .orderBy([group.property, 'rowNumber'])) as R[];
    for (const row of rows) rowsByGroup.get(String(row[group.property]))?.push(row);
  }
  for (const [groupKey, rows] of rowsByGroup) pages.set(groupKey, toPage(rows, keys, window, map, countFor(groupKey)));
  return pages;
}
