import { describe, expect, it } from 'vitest';
import { codeOf } from './support/rules.js';
import {
  assignmentFromOrder,
  checkRing,
  generateRing,
  type RingGroup,
  type RingRegion,
} from '../src/modules/inspection/rounds/rotation.js';

// The ring's rules without a database: generateRing against an exhaustive search over every ring.

const regionsOf = (n: number): RingRegion[] => Array.from({ length: n }, (_, i) => ({ key: `r${i}`, name: `R${i}` }));

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function groupsWithRandomMembers(regions: RingRegion[], members: number, next: () => number): RingGroup[] {
  return regions.map((seat, i) => ({
    key: `g${i}`,
    name: `G${i}`,
    seatKey: seat.key,
    homes: Array.from({ length: members }, (_, m) => ({ regionKey: regions[Math.floor(next() * regions.length)]!.key, who: `m${m}` })),
  }));
}

/** Every ring through all regions starting at r0, by brute force: the oracle. */
function anyRingExists(groups: RingGroup[], regions: RingRegion[]): boolean {
  const bySeat = new Map(groups.map((g) => [g.seatKey, g]));
  const ok = (from: string, to: string) => {
    const g = bySeat.get(from)!;
    return to !== from && !g.homes.some((h) => h.regionKey === to);
  };
  const search = (path: string[]): boolean => {
    if (path.length === regions.length) return ok(path.at(-1)!, path[0]!);
    return regions.some((r) => !path.includes(r.key) && ok(path.at(-1)!, r.key) && search([...path, r.key]));
  };
  return search([regions[0]!.key]);
}

/**
 * Whether a ring through all regions exists, by dynamic programming over (regions visited, last
 * region) from r0: the oracle where brute force over 12! orders is too slow.
 */
function ringExistsByDp(groups: RingGroup[], regions: RingRegion[]): boolean {
  const n = regions.length;
  const index = new Map(regions.map((r, i) => [r.key, i]));
  const bySeat = new Map(groups.map((g) => [index.get(g.seatKey)!, g]));
  const ok = (from: number, to: number) => to !== from && !bySeat.get(from)!.homes.some((h) => index.get(h.regionKey) === to);
  // ends[visited]: the regions a path from r0 through exactly `visited` can end at, as a bit set.
  const ends = new Array<number>(2 ** n).fill(0);
  ends[1] = 1;
  for (let visited = 1; visited < 2 ** n; visited += 2) {
    for (let at = 0; at < n; at++) {
      if (!(ends[visited]! & (1 << at))) continue;
      for (let to = 0; to < n; to++) if (!(visited & (1 << to)) && ok(at, to)) ends[visited | (1 << to)]! |= 1 << to;
    }
  }
  const all = 2 ** n - 1;
  return regions.some((_, at) => (ends[all]! & (1 << at)) !== 0 && ok(at, 0));
}

describe('generateRing', () => {
  it('finds a valid ring exactly when one exists, for 400 randomly drawn member sets', () => {
    const regions = regionsOf(7);
    let found = 0;
    let none = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const groups = groupsWithRandomMembers(regions, 1 + (seed % 6), random(seed));
      const exists = anyRingExists(groups, regions);
      if (exists) {
        const order = generateRing(groups, regions);
        // The ring checker, which assignRotation uses, accepts it.
        expect(checkRing(groups, regions, assignmentFromOrder(order, groups, regions), 'order')).toHaveLength(7);
        found++;
      } else {
        expect(codeOf(() => generateRing(groups, regions))).toBe('NO_VALID_ROTATION');
        none++;
      }
    }
    // Both outcomes really occur among the draws.
    expect(found).toBeGreaterThan(100);
    expect(none).toBeGreaterThan(30);
  });

  it('finds a ring for 13 regions exactly when one exists, and avoids last year’s pairings where it can', () => {
    const regions = regionsOf(13);
    let found = 0;
    let none = 0;
    // 3 members a group leave most regions open; 16 close enough of them that some draws have no ring.
    for (let seed = 1; seed <= 100; seed++) {
      const groups = groupsWithRandomMembers(regions, seed <= 50 ? 3 : 16, random(seed));
      if (ringExistsByDp(groups, regions)) {
        const order = generateRing(groups, regions);
        expect(checkRing(groups, regions, assignmentFromOrder(order, groups, regions), 'order')).toHaveLength(13);
        found++;
      } else {
        expect(codeOf(() => generateRing(groups, regions))).toBe('NO_VALID_ROTATION');
        none++;
      }
    }
    // Both outcomes really occur among the draws.
    expect(found).toBeGreaterThanOrEqual(75);
    expect(none).toBeGreaterThanOrEqual(10);
    // Members only from their own seat: last year's ring r_i → r_{i+1} is not repeated.
    const plain: RingGroup[] = regions.map((r, i) => ({ key: `g${i}`, name: `G${i}`, seatKey: r.key, homes: [] }));
    const last = new Map(regions.map((r, i) => [r.key, regions[(i + 1) % 13]!.key]));
    const order = generateRing(plain, regions, last);
    order.forEach((seat, i) => expect(order[(i + 1) % 13]).not.toBe(last.get(seat)));
  });

  it('says why no ring exists', () => {
    const regions = regionsOf(5);
    const groups: RingGroup[] = regions.map((r, i) => ({ key: `g${i}`, name: `G${i}`, seatKey: r.key, homes: [] }));
    groups[0]!.homes = regions.map((r) => ({ regionKey: r.key, who: 'everyone' }));
    expect(() => generateRing(groups, regions)).toThrow(/G0 may inspect no region/);
    groups[0]!.homes = [];
    for (const g of groups) g.homes = [{ regionKey: 'r3', who: 'm' }];
    expect(() => generateRing(groups, regions)).toThrow(/no group may inspect R3/);
  });
});
