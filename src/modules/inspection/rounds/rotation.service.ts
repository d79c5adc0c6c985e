import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import { requireRole } from '../../../shared/auth/access.js';
import { write } from '../../../shared/audit/write.js';
import { Region } from '../../unit/index.js';
import { InspectionGroup } from './inspection-group.entity.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { ROUND_RUNNERS } from '../inspection.roles.js';
import { lockRound, roundObject } from './round.service.js';
import {
  assignmentFromOrder,
  checkRing,
  describeRing,
  generateRing,
  type Assignment,
  type RingGroup,
  type RingRegion,
} from './rotation.js';

export interface Ring {
  groups: RingGroup[];
  regions: RingRegion[];
}

/** A round's groups with every region their leader and members come from, and all regions. */
export async function ringOf(em: EntityManager, roundKey: string): Promise<Ring> {
  const regions = await em.execute<RingRegion[]>('select id::text as key, name from region order by code, id');
  const groups = await em.execute<{ key: string; name: string; seatKey: string; leaderHome: string | null; leaderName: string }[]>(
    `select g.id::text as key, g.name, g.home_region_id::text as "seatKey",
       g.leader_home_region_id::text as "leaderHome", p.name as "leaderName"
     from inspection_group g join person p on p.id = g.leader_id where g.round_id = ? order by g.ordinal, g.id`,
    [roundKey],
  );
  const members = await em.execute<{ groupKey: string; regionKey: string; name: string }[]>(
    `select m.group_id::text as "groupKey", m.home_region_id::text as "regionKey", p.name
     from inspection_group_member m join inspection_group g on g.id = m.group_id join person p on p.id = m.person_id
     where g.round_id = ? and m.home_region_id is not null order by m.added_at, p.id`,
    [roundKey],
  );
  return {
    regions,
    groups: groups.map((g) => ({
      key: g.key,
      name: g.name,
      seatKey: g.seatKey,
      homes: [
        ...(g.leaderHome ? [{ regionKey: g.leaderHome, who: `its leader ${g.leaderName}` }] : []),
        ...members.filter((m) => m.groupKey === g.key).map((m) => ({ regionKey: m.regionKey, who: `its member ${m.name}` })),
      ],
    })),
  };
}

/** The previous year's pairings (seat → target), which a generated ring avoids where it can. */
async function lastPairings(em: EntityManager, roundKey: string): Promise<Map<string, string>> {
  const rows = await em.execute<{ seat: string; target: string }[]>(
    `select g.home_region_id::text as seat, g.assigned_region_id::text as target
     from inspection_group g join inspection_round r on r.id = g.round_id
     where r.year = (select year - 1 from inspection_round where id = ?) and g.assigned_region_id is not null`,
    [roundKey],
  );
  return new Map(rows.map((r) => [r.seat, r.target]));
}

/** The ring as an order of regions, or as each group's region: exactly one of the two. */
export interface RotationSpec {
  order: string[] | null;
  assignments: { groupKey: string; regionKey: string }[] | null;
}

/** Writes a checked ring; the round's row lock makes a second, concurrent one fail with ROUND_ALREADY_ASSIGNED. */
async function applyRing(em: EntityManager, roundKey: string, ring: Ring, assignment: Assignment, field: string): Promise<string> {
  const seats = checkRing(ring.groups, ring.regions, assignment, field);
  for (const group of await em.find(InspectionGroup, { round: roundKey })) {
    const target = assignment.get(group.id);
    if (target === undefined) throw new Error(`checkRing let ${group.name} through without a region`);
    group.assignedRegion = em.getReference(Region, target);
  }
  return describeRing(seats, ring.regions);
}

export async function assignRotation(ctx: Context, roundKey: string, spec: RotationSpec): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.assignRotations);
  const { order, assignments } = spec;
  if ((order === null) === (assignments === null)) throw InspectionErrors.invalid('order', M.orderOrAssignments);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    round.rotationAssigned(ctx.now);
    const ring = await ringOf(em, roundKey);
    const [assignment, field] =
      order !== null
        ? [assignmentFromOrder(order, ring.groups, ring.regions), 'order']
        : [assignmentOf(assignments ?? [], ring), 'assignments'];
    const described = await applyRing(em, roundKey, ring, assignment, field);
    audit({
      action: 'inspectionRound.assignRotation',
      object: roundObject(roundKey),
      from: null,
      to: { ring: described },
    });
    return roundKey;
  });
}

function assignmentOf(pairs: { groupKey: string; regionKey: string }[], ring: Ring): Assignment {
  const groups = new Set(ring.groups.map((g) => g.key));
  if (pairs.some((p) => !groups.has(p.groupKey))) throw InspectionErrors.notFound('group of this round', 'assignments');
  const names = new Map(ring.groups.map((g) => [g.key, g.name]));
  const seen = new Set<string>();
  const twice = pairs.filter((p) => seen.size === seen.add(p.groupKey).size).map((p) => names.get(p.groupKey) ?? p.groupKey);
  if (twice.length > 0) throw InspectionErrors.rotationIncomplete(M.assignedTwice([...new Set(twice)]), 'assignments');
  return new Map(pairs.map((p) => [p.groupKey, p.regionKey]));
}

/** One link of a ring: a group, its seat, and the region it inspects. */
export interface RingLink {
  groupKey: string;
  fromRegionKey: string;
  regionKey: string;
}

/** A proposed or assigned ring: the regions in order, and each group (by number) with the region it inspects. */
export interface RingProposal {
  roundKey: string;
  order: string[];
  links: RingLink[];
  applied: boolean;
}

const linksOf = (ring: Ring, assignment: Assignment): RingLink[] =>
  ring.groups.map((g) => ({ groupKey: g.key, fromRegionKey: g.seatKey, regionKey: assignment.get(g.key) ?? '' }));

/**
 * Finds a valid ring for the round. Proposed only, unless `apply`, which assigns it as
 * `assignRotation` would (same lock, same checks, same audit).
 */
export async function generateRotation(ctx: Context, roundKey: string, apply: boolean): Promise<RingProposal> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.generateRotations);
  const propose = async (em: EntityManager) => {
    const ring = await ringOf(em, roundKey);
    const order = generateRing(ring.groups, ring.regions, await lastPairings(em, roundKey));
    return { ring, order, assignment: assignmentFromOrder(order, ring.groups, ring.regions) };
  };
  if (!apply) {
    if ((await ctx.em.execute('select 1 from inspection_round where id = ?', [roundKey])).length === 0)
      throw InspectionErrors.notFound('inspection round', 'roundId');
    const { ring, order, assignment } = await propose(ctx.em);
    return { roundKey, order, links: linksOf(ring, assignment), applied: false };
  }
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    round.rotationAssigned(ctx.now);
    const { ring, order, assignment } = await propose(em);
    const described = await applyRing(em, roundKey, ring, assignment, 'roundId');
    audit({
      action: 'inspectionRound.assignRotation',
      object: roundObject(roundKey),
      from: null,
      to: { ring: described, generated: true },
    });
    return { roundKey, order, links: linksOf(ring, assignment), applied: true };
  });
}

export async function clearRotation(ctx: Context, roundKey: string): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.clearRotations);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    round.rotationCleared();
    const groups = await em.find(InspectionGroup, { round: roundKey });
    for (const group of groups) group.assignedRegion = null;
    audit({
      action: 'inspectionRound.clearRotation',
      object: roundObject(roundKey),
      from: null,
      to: { ring: null },
    });
    return roundKey;
  });
}
