import { randomUUID } from 'node:crypto';
import type { EntityClass, EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { write, type Write } from '../shared/audit/write.js';
import { DecisionCategory } from '../modules/decision-category/decision-category.entity.js';
import { Person } from '../modules/unit/person.entity.js';
import { Region } from '../modules/unit/region.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { User } from '../modules/user/user.entity.js';
import * as demo from './demo-data.js';

export interface SeedResult {
  regions: number;
  units: number;
  people: number;
  users: number;
  decisionCategories: number;
}

/**
 * Loads the demo data, adding only what is missing (matched by code, username, or unit and name),
 * so running it again changes nothing. Every row it adds gets its audit entry, as actor `system`.
 * Returns what was added, or null when nothing was missing.
 */
export async function seedDemoData(orm: MikroORM, options: { onlyIfEmpty?: boolean } = {}): Promise<SeedResult | null> {
  const em = orm.em.fork();
  if (options.onlyIfEmpty && (await em.count(Unit)) > 0) return null;
  const added: SeedResult = { regions: 0, units: 0, people: 0, users: 0, decisionCategories: 0 };
  try {
    await write({ em, requestId: `seed-${randomUUID()}`, actor: 'system' }, async (tx) => {
      const adds = new Additions(tx, added);
      const regions = await existing(tx.em, Region, (r) => r.code);
      for (const seed of demo.regions) {
        if (!regions.has(seed.code))
          adds.add(remember(regions, seed.code, new Region(seed.code, seed.name)), 'region', { ...seed }, 'regions');
      }
      // Parents come before their children in the list, so each parent is known when needed.
      const units = await existing(tx.em, Unit, (u) => u.code);
      for (const seed of demo.units) {
        if (units.has(seed.code)) continue;
        const unit = new Unit({ ...seed, region: seed.region ? must(regions, seed.region) : null });
        unit.moveUnder(seed.parent ? must(units, seed.parent) : null, []);
        adds.add(remember(units, seed.code, unit), 'unit', { ...seed }, 'units');
      }
      await adds.flush();

      const people = await existing(tx.em, Person, (p) => `${p.unit.code}/${p.name}`);
      for (const seed of demo.people) {
        if (!people.has(`${seed.unit}/${seed.name}`))
          adds.add(new Person({ ...seed, unit: must(units, seed.unit) }), 'person', { ...seed }, 'people');
      }
      const users = await existing(tx.em, User, (u) => u.username);
      for (const seed of demo.users) {
        if (!users.has(seed.username)) adds.add(new User({ ...seed, unit: must(units, seed.unit) }), 'user', { ...seed }, 'users');
      }
      const categories = await existing(tx.em, DecisionCategory, (c) => c.code);
      demo.decisionCategories.forEach((seed, i) => {
        if (!categories.has(seed.code))
          adds.add(new DecisionCategory({ ...seed, ordinal: i + 1 }), 'decisionCategory', { ...seed }, 'decisionCategories');
      });
      await adds.flush();
      // write() insists on an audit entry; with nothing to add there is nothing to write.
      if (Object.values(added).every((n) => n === 0)) throw new NothingToSeed();
    });
  } catch (error) {
    if (error instanceof NothingToSeed) return null;
    throw error;
  }
  return added;
}

async function existing<E extends object>(
  em: EntityManager,
  entity: EntityClass<E>,
  identity: (row: E) => string,
): Promise<Map<string, E>> {
  const rows: E[] = await em.find(entity, {});
  return new Map(rows.map((row) => [identity(row), row]));
}

/** The demo data refers to rows by code; a code that names nothing is a mistake in the data. */
function must<E>(rows: Map<string, E>, code: string): E {
  const row = rows.get(code);
  if (!row) throw new Error(`The demo data refers to "${code}", which it does not define.`);
  return row;
}

function remember<E>(map: Map<string, E>, key: string, entity: E): E {
  map.set(key, entity);
  return entity;
}

class NothingToSeed extends Error {}

type Entity = Region | Unit | Person | User | DecisionCategory;

/** Persists new rows, flushes them in one go, and records an audit entry for each. */
class Additions {
  private readonly pending: { entity: Entity; action: string; to: Record<string, unknown> }[] = [];

  constructor(
    private readonly tx: Write,
    private readonly added: SeedResult,
  ) {}

  add(entity: Entity, action: string, to: Record<string, unknown>, counter: keyof SeedResult): void {
    this.tx.em.persist(entity);
    this.pending.push({ entity, action, to });
    this.added[counter]++;
  }

  async flush(): Promise<void> {
    await this.tx.em.flush();
    for (const { entity, action, to } of this.pending.splice(0)) {
      this.tx.audit({ action: `${action}.create`, object: { typename: typenameOf(entity), key: entity.id }, from: null, to });
    }
  }
}

function typenameOf(entity: Entity): string {
  if (entity instanceof Region) return 'Region';
  if (entity instanceof Unit) return 'Unit';
  if (entity instanceof Person) return 'Person';
  if (entity instanceof User) return 'User';
  return 'DecisionCategory';
}
