import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { write } from '../shared/audit/write.js';
import { DecisionCategory } from '../modules/decision-category/decision-category.entity.js';
import { Person } from '../modules/unit/person.entity.js';
import { Region } from '../modules/unit/region.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { User } from '../modules/user/user.entity.js';
import * as demo from './demo-data.js';
import { seedLedgers } from './ledger-seed.js';
import { seedLedReforms, seedReformCases } from './reform-seed.js';
import { seedMajorDecisions } from './risk-seed.js';
import { seedCoordination } from './coordination-seed.js';
import { seedInspections } from './inspection-seed.js';
import { todayIn } from '../shared/time.js';
import { Additions, existing, must, remember, type SeedCounts } from './seed-kit.js';

class NothingToSeed extends Error {}

/**
 * Loads the demo data, adding only what is missing (matched by code, username, or unit and name),
 * so running it again changes nothing. Every row it adds gets its audit entry, as actor `system`.
 * Returns what was added, or null when nothing was missing.
 */
export async function seedDemoData(orm: MikroORM, options: { onlyIfEmpty?: boolean } = {}): Promise<SeedCounts | null> {
  const em = orm.em.fork();
  if (options.onlyIfEmpty && (await em.count(Unit)) > 0) return null;
  try {
    return await write({ em, requestId: `seed-${randomUUID()}`, actor: 'system' }, async (tx) => {
      const adds = new Additions(tx);
      const regions = await existing(tx.em, Region, (r) => r.code);
      for (const seed of demo.regions) {
        if (!regions.has(seed.code))
          adds.add(remember(regions, seed.code, new Region(seed.code, seed.name)), 'Region', { ...seed }, 'regions');
      }
      // Parents come before their children in the list, so each parent is known when needed.
      const units = await existing(tx.em, Unit, (u) => u.code);
      for (const seed of demo.units) {
        if (units.has(seed.code)) continue;
        const unit = new Unit({ ...seed, region: seed.region ? must(regions, seed.region) : null });
        unit.moveUnder(seed.parent ? must(units, seed.parent) : null, []);
        adds.add(remember(units, seed.code, unit), 'Unit', { ...seed }, 'units');
      }
      await adds.flush();

      const people = await existing(tx.em, Person, (p) => `${p.unit.code}/${p.name}`);
      for (const seed of demo.people) {
        if (!people.has(`${seed.unit}/${seed.name}`))
          adds.add(new Person({ ...seed, unit: must(units, seed.unit) }), 'Person', { ...seed }, 'people');
      }
      const users = await existing(tx.em, User, (u) => u.username);
      for (const seed of demo.users) {
        if (!users.has(seed.username))
          adds.add(remember(users, seed.username, new User({ ...seed, unit: must(units, seed.unit) })), 'User', { ...seed }, 'users');
      }
      const categories = await existing(tx.em, DecisionCategory, (c) => c.code);
      demo.decisionCategories.forEach((seed, i) => {
        if (!categories.has(seed.code))
          adds.add(new DecisionCategory({ ...seed, ordinal: i + 1 }), 'DecisionCategory', { ...seed }, 'decisionCategories');
      });
      await adds.flush();

      const tasks = await seedLedgers(adds, units, users);
      await seedLedReforms(adds, tasks);
      await seedReformCases(adds, units, todayIn('Asia/Shanghai'));
      await seedMajorDecisions(adds, units, users);
      await seedCoordination(adds, units, users);
      await seedInspections(adds, units, users, tasks);
      // write() insists on an audit entry; with nothing to add there is nothing to write.
      if (adds.empty) throw new NothingToSeed();
      return adds.counts;
    });
  } catch (error) {
    if (error instanceof NothingToSeed) return null;
    throw error;
  }
}
