import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { Region } from './region.entity.js';
import { Unit } from './unit.entity.js';
import { UnitErrors } from './unit.errors.js';
import { unitMessages } from './unit.messages.js';
import type { UnitKind, UnitLevel } from './unit.enums.js';

/** A unit as a command names it: references by primary key, decoded from IDs by the resolver. */
export interface UnitFields {
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  parentKey?: string | null;
  regionKey?: string | null;
}

/** Changes to a unit: undefined leaves a field as it is; a null reference clears it. */
export type UnitChanges = Partial<UnitFields>;

/** What the audit trail keeps of a unit. */
function snapshot(unit: Unit): Record<string, unknown> {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: unit.level,
    parentId: unit.parent ? toGlobalId('Unit', unit.parent.id) : null,
    regionId: unit.region ? toGlobalId('Region', unit.region.id) : null,
  };
}

async function findRegion(em: EntityManager, key: string | null | undefined): Promise<Region | null> {
  if (key == null) return null;
  const region = await em.findOne(Region, { id: key });
  if (!region) throw UnitErrors.notFound('region', ['input', 'regionId']);
  return region;
}

async function findParent(em: EntityManager, key: string | null | undefined): Promise<Unit | null> {
  if (key == null) return null;
  const parent = await em.findOne(Unit, { id: key });
  if (!parent) throw UnitErrors.notFound('unit', ['input', 'parentId']);
  return parent;
}

/** Ids of a unit and all its ancestors, nearest first. */
async function ancestry(em: EntityManager, unitKey: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `with recursive chain(id, parent_id) as (
       select id, parent_id from unit where id = ?
       union
       select u.id, u.parent_id from unit u join chain c on u.id = c.parent_id
     ) select id from chain`,
    [unitKey],
  );
  return rows.map((r) => r.id);
}

/** Checked before anything changes: a query would otherwise flush the change first. */
async function ensureCodeFree(em: EntityManager, code: string, unitKey?: string): Promise<void> {
  const normalised = Unit.normaliseCode(code);
  const other = await em.findOne(Unit, { code: normalised, ...(unitKey ? { id: { $ne: unitKey } } : {}) });
  if (other) throw UnitErrors.duplicateCode(normalised);
}

/** Flushes, turning a unique-code race lost to a concurrent write into DUPLICATE_CODE. */
async function flushUnit(em: EntityManager, unit: Unit): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw UnitErrors.duplicateCode(unit.code);
    throw error;
  }
}

export async function createUnit(ctx: Context, fields: UnitFields): Promise<string> {
  requireRole(ctx, [Role.ADMIN], unitMessages.actions.create);
  return write(ctx, async ({ em, audit }) => {
    const region = await findRegion(em, fields.regionKey);
    const parent = await findParent(em, fields.parentKey);
    const unit = new Unit({ code: fields.code, name: fields.name, kind: fields.kind, level: fields.level, region });
    await ensureCodeFree(em, unit.code);
    unit.moveUnder(parent, []);
    em.persist(unit);
    await flushUnit(em, unit);
    audit({ action: 'unit.create', object: { typename: 'Unit', key: unit.id }, from: null, to: snapshot(unit) });
    return unit.id;
  });
}

export async function updateUnit(ctx: Context, key: string, changes: UnitChanges): Promise<string> {
  requireRole(ctx, [Role.ADMIN], unitMessages.actions.change);
  return write(ctx, async ({ em, audit }) => {
    const unit = await em.findOne(Unit, { id: key });
    if (!unit) throw UnitErrors.notFound('unit', ['input', 'id']);
    // Everything is read before the unit changes: MikroORM flushes pending changes before a query.
    const region = changes.regionKey === undefined ? unit.region : await findRegion(em, changes.regionKey);
    let parent = unit.parent;
    let parentAncestry: string[] = [];
    if (changes.parentKey !== undefined) {
      // Hierarchy changes are serialised, so two concurrent moves cannot together form a cycle.
      await em.execute(`select pg_advisory_xact_lock(hashtext('unit-hierarchy'))`);
      parent = await findParent(em, changes.parentKey);
      parentAncestry = parent ? await ancestry(em, parent.id) : [];
    }
    if (changes.code != null) await ensureCodeFree(em, changes.code, unit.id);

    const before = snapshot(unit);
    unit.describe({
      code: changes.code ?? unit.code,
      name: changes.name ?? unit.name,
      kind: changes.kind ?? unit.kind,
      level: changes.level ?? unit.level,
      region,
    });
    if (changes.parentKey !== undefined) unit.moveUnder(parent, parentAncestry);
    await flushUnit(em, unit);
    audit({ action: 'unit.update', object: { typename: 'Unit', key: unit.id }, from: before, to: snapshot(unit) });
    return unit.id;
  });
}
