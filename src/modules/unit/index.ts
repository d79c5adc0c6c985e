import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import type { UnitErrorCode } from './unit.errors.js';
import { seedUnits } from './unit.seed.js';
import { Person } from './person.entity.js';
import { PersonResolver } from './person.resolver.js';
import { Region } from './region.entity.js';
import { RegionResolver } from './region.resolver.js';
import { Unit } from './unit.entity.js';
import { unitCodes, unitMessages } from './unit.messages.js';
import { unitLoaders } from './unit.loaders.js';
import { UnitResolver } from './unit.resolver.js';

/** Units, regions and people: who is who in the province. */
export const unitModule = defineModule({
  name: 'unit',
  entities: [Region, Unit, Person],
  resolvers: [UnitResolver, RegionResolver, PersonResolver],
  loaders: unitLoaders,
  errorCodes: unitCodes satisfies ErrorCodeDescriptions<UnitErrorCode>,
  messages: unitMessages,
  seed: seedUnits,
});

export { Person, Region, Unit };
export { UnitKind, UnitLevel } from './unit.enums.js';
export { PersonType, RegionType, UnitType } from './unit.types.js';
export { farmReclamationUnits, regions as demoRegions, units as demoUnits } from './unit.seed-data.js';
export { findUnit, findUnits } from './unit.lookup.js';
export { unitJson, unitsJson, withUnitJson } from './unit.read.js';
