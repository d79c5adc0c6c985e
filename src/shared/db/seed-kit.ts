import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { Write } from '../audit/write.js';

/** How many rows of each kind a seeding run added. */
export type SeedCounts = Record<string, number>;

/** Rows already in a table, by their identity in the demo data. */
export async function existing<E extends object>(
  em: EntityManager,
  entity: EntityClass<E>,
  identity: (row: E) => string,
): Promise<Map<string, E>> {
  const rows: E[] = await em.find(entity, {});
  return new Map(rows.map((row) => [identity(row), row]));
}

/** The demo data refers to rows by code; a code that names nothing is a mistake in the data. */
export function must<E>(rows: Map<string, E>, code: string): E {
  const row = rows.get(code);
  if (!row) throw new Error(`The demo data refers to "${code}", which it does not define.`);
  return row;
}

export function remember<E>(map: Map<string, E>, key: string, entity: E): E {
  map.set(key, entity);
  return entity;
}

/** Persists new rows, flushes them in one go, and records an audit entry for each. */
export class Additions {
  private readonly pending: { entity: { id: string }; typename: string; action: string; to: Record<string, unknown> }[] = [];
  readonly counts: SeedCounts = {};

  constructor(readonly tx: Write) {}

  /** `typename` names the GraphQL type, `counter` the line of the seeding report. */
  add(entity: { id: string }, typename: string, to: Record<string, unknown>, counter: string): void {
    this.tx.em.persist(entity);
    this.pending.push({ entity, typename, action: `${typename.charAt(0).toLowerCase()}${typename.slice(1)}.create`, to });
    this.counts[counter] = (this.counts[counter] ?? 0) + 1;
  }

  async flush(): Promise<void> {
    await this.tx.em.flush();
    for (const { entity, typename, action, to } of this.pending.splice(0)) {
      this.tx.audit({ action, object: { typename, key: entity.id }, from: null, to });
    }
  }

  /** Whether anything was added, counted here or by a seeder that writes its own audit entries. */
  get empty(): boolean {
    return Object.values(this.counts).every((n) => n === 0);
  }
}

/** The i-th item, counting round the list again past its end: how the demo data spreads names and values. */
export function cycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('The demo data cycles through an empty list.');
  return item;
}

/**
 * Rows one module's demo data gives the next (units by code, tasks by ledger and code…). Each module
 * adds the entries it provides to this interface from its seed file.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SeedLookups {}

export interface SeedRun {
  adds: Additions;
  /** Today in the province, from the clock the seeding runs by. */
  today: string;
  /** Filled as the steps run, in the order of the module list. */
  lookups: Partial<SeedLookups>;
}

/** A module's demo data: adds whatever of it is missing, recording each row with `run.adds`. */
export type SeedStep = (run: SeedRun) => Promise<void>;

/** What an earlier step provided; asking for what no earlier step gave is a mistake in the module order. */
export function lookup<K extends keyof SeedLookups>(run: SeedRun, name: K): SeedLookups[K] {
  const value = run.lookups[name];
  if (value === undefined) throw new Error(`The demo data needs "${name}", which no earlier module provided.`);
  return value;
}
