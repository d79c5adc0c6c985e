import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit } from './unit.entity.js';
import { UnitErrors } from './unit.errors.js';

// For other modules' writes: the units an input names, or NOT_FOUND on the input field that named them.

/** The unit with this key. */
export async function findUnit(em: EntityManager, key: string, field: string): Promise<Unit> {
  const unit = await em.findOne(Unit, { id: key });
  if (!unit) throw UnitErrors.notFound('unit', ['input', field]);
  return unit;
}

/** The units with these keys, in their order, in one statement. */
export async function findUnits(em: EntityManager, keys: readonly string[], field: string): Promise<Unit[]> {
  const units = keys.length === 0 ? [] : await em.find(Unit, { id: { $in: [...new Set(keys)] } });
  const byKey = new Map(units.map((u) => [u.id, u]));
  return keys.map((key) => {
    const unit = byKey.get(key);
    if (!unit) throw UnitErrors.notFound('unit', ['input', field]);
    return unit;
  });
}
