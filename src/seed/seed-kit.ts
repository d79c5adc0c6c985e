import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { Write } from '../shared/audit/write.js';

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
