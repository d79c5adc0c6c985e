import type { Text } from '../../../shared/i18n/text.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';

// The ring (推磨式): every group sits at its home region and inspects another; followed from seat to
// target, the assignments run through every region once and come back to the start. Pure functions
// of the round's groups, shared by assignRotation and generateRotation.

export interface RingRegion {
  key: string;
  name: string;
}

export interface RingGroup {
  key: string;
  name: string;
  /** The group's seat in the ring: the region it is drawn from. */
  seatKey: string;
  /** Regions its leader or members come from, with who comes from there. */
  homes: { regionKey: string; who: string }[];
}

/** groupKey → the region it inspects. */
export type Assignment = Map<string, string>;

const namer = (regions: RingRegion[]) => {
  const names = new Map(regions.map((r) => [r.key, r.name]));
  return (key: string) => names.get(key) ?? key;
};

/** The next element of a ring, the last one's being the first. */
const following = <T>(items: T[], i: number): T => items[(i + 1) % items.length] as T;

function requireSize(groups: RingGroup[], regions: RingRegion[], field: string): void {
  if (groups.length !== regions.length) throw InspectionErrors.rotationIncomplete(M.groupCount(groups.length, regions.length), field);
}

/** Every region exactly once: nothing missing, nothing repeated, nothing unknown. */
function requireCover(keys: string[], regions: RingRegion[], field: string, what: keyof typeof M.coverSubjects): void {
  const name = namer(regions);
  const known = new Set(regions.map((r) => r.key));
  if (keys.some((k) => !known.has(k))) throw InspectionErrors.notFound('region', field);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) (seen.has(key) ? repeated : seen).add(key);
  const missing = regions.filter((r) => !seen.has(r.key)).map((r) => r.name);
  if (repeated.size > 0 || missing.length > 0 || keys.length !== regions.length) {
    const cover = M.cover(M.coverSubjects[what], keys.length, regions.length, [...repeated].map(name), missing);
    throw InspectionErrors.rotationIncomplete(cover, field);
  }
}

/** The assignment an `order` describes: the group seated at order[i] inspects order[i + 1], the last the first. */
export function assignmentFromOrder(order: string[], groups: RingGroup[], regions: RingRegion[]): Assignment {
  requireCover(order, regions, 'order', 'The order names');
  requireSize(groups, regions, 'order');
  const bySeat = new Map(groups.map((g) => [g.seatKey, g.key]));
  const assignment: Assignment = new Map();
  order.forEach((seat, i) => {
    const group = bySeat.get(seat);
    if (group === undefined) throw InspectionErrors.rotationIncomplete(M.noGroupSeated(namer(regions)(seat)), 'order');
    assignment.set(group, following(order, i));
  });
  return assignment;
}

/** Why a group may not inspect a region, or null when it may. */
export function conflictOf(group: RingGroup, regionKey: string): Text | null {
  if (group.seatKey === regionKey) return M.ownRegion;
  const home = group.homes.find((h) => h.regionKey === regionKey);
  return home ? M.homeRegionOf(home.who) : null;
}

/** Refuses an assignment that is not one valid ring; returns the ring as seats in order, from the first group's seat. */
export function checkRing(groups: RingGroup[], regions: RingRegion[], assignment: Assignment, field: string): string[] {
  const name = namer(regions);
  requireSize(groups, regions, field);
  const targets: [RingGroup, string][] = [];
  const unassigned: string[] = [];
  for (const g of groups) {
    const target = assignment.get(g.key);
    if (target === undefined) unassigned.push(g.name);
    else targets.push([g, target]);
  }
  if (unassigned.length > 0) throw InspectionErrors.rotationIncomplete(M.unassigned(unassigned), field);
  requireCover(
    targets.map(([, t]) => t),
    regions,
    field,
    'The assignments name',
  );
  const conflicts = targets.flatMap(([g, target]) => {
    const why = conflictOf(g, target);
    return why ? [M.conflict(g.name, name(target), why)] : [];
  });
  if (conflicts.length > 0) throw InspectionErrors.rotationConflict(M.homeGround(conflicts), field);
  const cycles = cyclesOf(new Map(targets.map(([g, t]) => [g.seatKey, t])));
  if (cycles.length > 1)
    throw InspectionErrors.notOneCycle(
      M.separateCycles(
        cycles.length,
        cycles.map((c) => describeRing(c, regions)),
      ),
      field,
    );
  return cycles[0] ?? [];
}

/**
 * A round's links (group, seat, target) in ring order, from the first group's seat: the way the
 * rotation reads. Empty while there is no rotation.
 */
export function inRingOrder<L extends { fromRegionKey: string; regionKey: string | null }>(links: L[]): (L & { regionKey: string })[] {
  const assigned = links.filter((l): l is L & { regionKey: string } => l.regionKey !== null);
  if (assigned.length === 0) return [];
  const bySeat = new Map(assigned.map((l) => [l.fromRegionKey, l]));
  const [ring] = cyclesOf(new Map(assigned.map((l) => [l.fromRegionKey, l.regionKey])));
  return (ring ?? []).flatMap((seat) => bySeat.get(seat) ?? []);
}

/** The cycles of a permutation (seat → target), each as its seats in order, in the order of the seats given. */
function cyclesOf(next: Map<string, string>): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const seat of next.keys()) {
    const cycle: string[] = [];
    for (let at: string | undefined = seat; at !== undefined && !done.has(at); at = next.get(at)) {
      done.add(at);
      cycle.push(at);
    }
    if (cycle.length > 0) cycles.push(cycle);
  }
  return cycles;
}

/**
 * Finds a ring with no conflict, as the seats in order (the group seated at each inspects the
 * next), or says why there is none. Pairings in `avoid` (seat → target, e.g. last year's) are left
 * out where a ring without them exists, so groups meet new regions from year to year. Depth-first,
 * most constrained region first, remembering dead ends (visited set, position): at most 2ⁿ·n
 * states, instant for 13 regions.
 */
export function generateRing(groups: RingGroup[], regions: RingRegion[], avoid = new Map<string, string>()): string[] {
  requireSize(groups, regions, 'roundId');
  const n = regions.length;
  if (n > 30) throw new Error('generateRing handles at most 30 regions.');
  if (n < 2) throw InspectionErrors.noValidRotation(M.ringTooSmall);
  const index = new Map(regions.map((r, i) => [r.key, i]));
  const bySeat = new Map(groups.map((g) => [index.get(g.seatKey), g]));
  const seated = regions.map((_, i) => bySeat.get(i));
  if (seated.some((g) => g === undefined)) throw InspectionErrors.rotationIncomplete(M.everyRegionSeated, 'roundId');
  const allowed = seated.map((g) => regions.map((r) => g !== undefined && conflictOf(g, r.key) === null));
  const may = (from: number, to: number) => allowed[from]?.[to] === true;

  const stuck = seated.filter((g, i) => g && !regions.some((_, t) => may(i, t))).map((g) => g?.name ?? '');
  if (stuck.length > 0) throw InspectionErrors.noValidRotation(M.stuck(stuck));
  const unreachable = regions.filter((_, t) => !regions.some((__, i) => may(i, t))).map((r) => r.name);
  if (unreachable.length > 0) throw InspectionErrors.noValidRotation(M.unreachable(unreachable));

  const begin = index.get(groups[0]?.seatKey ?? '') ?? 0;
  const avoided = seated.map((g) => (g ? index.get(avoid.get(g.seatKey) ?? '') : undefined));
  // First without any of last year's pairings; only if that is impossible, with them.
  const ring = findRing(n, begin, (from, to) => may(from, to) && avoided[from] !== to) ?? findRing(n, begin, may);
  if (!ring) throw InspectionErrors.noValidRotation(M.noRing);
  return ring.map((i) => regions[i]?.key ?? '');
}

/** A Hamiltonian cycle from `start` over n nodes along allowed edges, or null; dead ends are remembered. */
function findRing(n: number, start: number, may: (from: number, to: number) => boolean): number[] | null {
  const nodes = Array.from({ length: n }, (_, i) => i);
  const options = nodes.map((from) => nodes.filter((t) => may(from, t)).length);
  const dead = new Set<number>();
  const path = [start];
  const full = 2 ** n - 1;
  const extend = (at: number, visited: number): boolean => {
    if (visited === full) return may(at, start);
    const state = visited * 32 + at;
    if (dead.has(state)) return false;
    const candidates = nodes.filter((t) => may(at, t) && (visited & (2 ** t)) === 0);
    // Most constrained first: the regions with fewest ways onward.
    candidates.sort((a, b) => (options[a] ?? 0) - (options[b] ?? 0) || a - b);
    for (const t of candidates) {
      path.push(t);
      if (extend(t, visited | (2 ** t))) return true;
      path.pop();
    }
    dead.add(state);
    return false;
  };
  return extend(start, 2 ** start) ? path : null;
}

/** A ring of seats as `A → B → … → A`, by name. */
export function describeRing(seats: string[], regions: RingRegion[]): string {
  const name = namer(regions);
  return [...seats, ...seats.slice(0, 1)].map(name).join(' → ');
}
