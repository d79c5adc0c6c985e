import { defineModule } from '../../shared/module.js';
import { seedUnits } from './unit.seed.js';
import { Person } from './person.entity.js';
import { PersonResolver } from './person.resolver.js';
import { Region } from './region.entity.js';
import { RegionResolver } from './region.resolver.js';
import { Unit } from './unit.entity.js';
import { unitErrorDescriptions } from './unit.errors.js';
import { unitLoaders } from './unit.loaders.js';
import { UnitResolver } from './unit.resolver.js';

/** Units, regions and people: who is who in the province. */
export const unitModule = defineModule({
  name: 'unit',
  entities: [Region, Unit, Person],
  resolvers: [UnitResolver, RegionResolver, PersonResolver],
  loaders: unitLoaders,
  errorCodes: unitErrorDescriptions,
  seed: seedUnits,
});

export { Person, Region, Unit };
export { UnitKind, UnitLevel } from './unit.enums.js';
export { PersonType, RegionType, UnitType } from './unit.types.js';
export { farmReclamationUnits, regions as demoRegions, units as demoUnits } from './unit.seed-data.js';
export { findUnit, findUnits } from './unit.lookup.js';
