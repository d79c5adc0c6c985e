import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';

/**
 * A loader of rows by key that returns them in the order of the keys asked for (null where a row
 * is missing), as DataLoader requires.
 */
export function rowLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOfRow: (row: T) => string): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOfRow(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of rows of `select()` whose `column` equals the key, mapped to GraphQL objects. */
export function columnLoader<T>(
  select: () => Knex.QueryBuilder,
  column: string,
  map: (row: Record<string, unknown>) => T,
  keyOfRow: (row: T) => string,
): DataLoader<string, T | null> {
  return rowLoader(async (keys) => ((await select().whereIn(column, [...keys])) as Record<string, unknown>[]).map(map), keyOfRow);
}

/**
 * Loaders that depend on field arguments (a nested connection's `first`, `orderBy`…): one loader
 * per distinct set of arguments, so every parent asking the same page is served by one batch.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, args: unknown, create: () => DataLoader<string, V>): DataLoader<string, V> {
    const id = `${name}:${JSON.stringify(args)}`;
    let loader = this.loaders.get(id);
    if (!loader) {
      loader = create();
      this.loaders.set(id, loader);
    }
    return loader as DataLoader<string, V>;
  }
}

/** What a resolver returns that may be known at once or loaded. */
export type Loaded<T> = T | Promise<T>;

/**
 * Values a loader was primed with (`prime`): read in a parent's statement, so their resolvers answer
 * at once, without the promise and the batch a `load` takes even from the loader's cache. A loader
 * lives for one request (or until `refreshLoaders` replaces it after a write), and so do these.
 */
const primed = new WeakMap<DataLoader<string, unknown>, Map<string, unknown>>();

/**
 * Primes `loader` with `value` for `key`. The first value primed for a key stays, as DataLoader keeps
 * the first it has; a key the loader loaded before it was primed keeps that object in the loader,
 * equal to the primed one, since both were read in the same request.
 */
export function prime<T>(loader: DataLoader<string, T>, key: string, value: T): void {
  let values = primed.get(loader);
  if (values === undefined) {
    values = new Map();
    primed.set(loader, values);
  }
  if (values.has(key)) return;
  values.set(key, value);
  loader.prime(key, value);
}

/** The value `loader` was primed with for `key`, at once; else it loads it. */
export function load<T>(loader: DataLoader<string, T>, key: string): Loaded<T> {
  const values = primed.get(loader);
  return values?.has(key) ? (values.get(key) as T) : loader.load(key);
}

/** `f` of a value known at once or loaded: at once when `value` is. */
export function mapLoaded<T, U>(value: Loaded<T>, f: (value: T) => Loaded<U>): Loaded<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Every value of `values`: at once when each is known at once, else once all are loaded. */
export function allLoaded<T>(values: readonly Loaded<T>[]): Loaded<T[]> {
  return values.some((value) => value instanceof Promise) ? Promise.all(values) : (values as T[]);
}

/** Loads a row that must exist (its key came from a foreign key); a missing one is a bug, not a null. */
export function loadRequired<T>(loader: DataLoader<string, T | null>, key: string, what: string): Loaded<T> {
  return mapLoaded(load(loader, key), (row) => {
    if (row === null) throw new Error(`${what} ${key} is missing`);
    return row;
  });
}

/** A loader of one page per parent key, from a function that pages many parents at once. */
export function groupLoader<T>(load: (keys: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T> {
  return new DataLoader(async (keys) => {
    const pages = await load(keys);
    return keys.map((key) => pages.get(key) ?? new Error(`No page for ${key}`));
  });
}

/** A loader of all rows per key (a task's supporting units, a ledger's sections), in the order fetched. */
export function listLoader<T>(fetch: (keys: readonly string[]) => Promise<{ groupKey: string; item: T }[]>): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const lists = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const { groupKey, item } of await fetch(keys)) lists.get(groupKey)?.push(item);
    return keys.map((key) => lists.get(key) ?? []);
  });
}

/** Counts rows per key of `column` in one grouped statement. */
export async function countBy(
  db: Knex,
  table: string,
  column: string,
  keys: readonly string[],
  where?: (qb: Knex.QueryBuilder) => void,
): Promise<Map<string, number>> {
  const qb = db(table)
    .select({ key: column })
    .count({ count: '*' })
    .whereIn(column, [...keys])
    .groupBy(column);
  where?.(qb);
  const rows = (await qb) as { key: string; count: string }[];
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}
