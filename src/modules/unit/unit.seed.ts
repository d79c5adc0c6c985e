import { existing, must, remember, type SeedRun } from '../../shared/db/seed-kit.js';
import { Person } from './person.entity.js';
import { Region } from './region.entity.js';
import { Unit } from './unit.entity.js';
import * as demo from './unit.seed-data.js';

declare module '../../shared/db/seed-kit.js' {
  interface SeedLookups {
    /** Units by code. */
    units: Map<string, Unit>;
  }
}

/** Adds the regions, units and people that are missing. */
export async function seedUnits(run: SeedRun): Promise<void> {
  const { adds } = run;
  const regions = await existing(adds.tx.em, Region, (r) => r.code);
  for (const seed of demo.regions) {
    if (!regions.has(seed.code)) adds.add(remember(regions, seed.code, new Region(seed.code, seed.name)), 'Region', { ...seed }, 'regions');
  }
  // Parents come before their children in the list, so each parent is known when needed.
  const units = await existing(adds.tx.em, Unit, (u) => u.code);
  for (const seed of demo.units) {
    if (units.has(seed.code)) continue;
    const unit = new Unit({ ...seed, region: seed.region ? must(regions, seed.region) : null });
    unit.moveUnder(seed.parent ? must(units, seed.parent) : null, []);
    adds.add(remember(units, seed.code, unit), 'Unit', { ...seed }, 'units');
  }
  await adds.flush();
  const people = await existing(adds.tx.em, Person, (p) => `${p.unit.code}/${p.name}`);
  for (const seed of demo.people) {
    if (!people.has(`${seed.unit}/${seed.name}`))
      adds.add(new Person({ ...seed, unit: must(units, seed.unit) }), 'Person', { ...seed }, 'people');
  }
  await adds.flush();
  run.lookups.units = units;
}
