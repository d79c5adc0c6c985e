import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddGroupMemberDocument,
  AddInspectionGroupDocument,
  AssignRotationDocument,
  ClearRotationDocument,
  CreateInspectionRoundDocument,
  GenerateRotationDocument,
  PeopleDocument,
  RemoveGroupMemberDocument,
  StartInspectionRoundDocument,
  UpdateInspectionGroupDocument,
  type AssignRotationInput,
  type AssignRotationMutationVariables,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { unitId } from './support/ids.js';
import { auditCount } from './support/audit.js';
import {
  buildRound,
  demoCadres,
  ringProblems,
  roundOfYear,
  viewRound,
  type BuiltRound,
  type Cadres,
  type Region,
} from './support/inspection.js';

let app: TestApp;
let cadres: Cadres;
beforeAll(async () => {
  app = await startApp();
  cadres = await demoCadres(app);
});
afterAll(() => app.close());

const ids = (regions: Region[]) => regions.map((r) => r.id);
/** The natural ring: each seat's group inspects the next seat. */
const shifted = (round: BuiltRound, by = 1) =>
  round.groups.map((groupId, i) => ({ groupId, regionId: round.seats[(i + by) % round.seats.length]!.id }));

async function assign(variables: AssignRotationMutationVariables) {
  const { assignRotation } = await app.ok(AssignRotationDocument, variables, { as: 'staff' });
  return assignRotation;
}

/** Refused with `code`, and nothing written: no rotation, no assigned region, no audit entry. */
async function expectRefused(round: BuiltRound, input: Omit<AssignRotationInput, 'roundId'>, code: string, message?: RegExp) {
  const before = await auditCount(app);
  const payload = await assign({ input: { roundId: round.roundId, ...input } });
  expect(payload.userErrors.map((e) => e.code)).toEqual([code]);
  if (message) expect(payload.userErrors[0]!.message).toMatch(message);
  expect(payload.inspectionRound).toBeNull();
  const view = await viewRound(app, round.roundId);
  expect(view.rotationAssignedAt).toBeNull();
  expect(view.groups.nodes.every((g) => g.assignedRegion === null)).toBe(true);
  expect(view.assignments).toEqual([]);
  expect(await auditCount(app)).toBe(before);
}

describe('the ring', () => {
  let round: BuiltRound;
  beforeAll(async () => {
    // Group 1 also has a cadre from the 6th seat's region (lent by group 6): sending it there is a home-region conflict.
    const lent = cadres.members.get(cadres.regions[5]!.id)![0]!;
    round = await buildRound(app, cadres, 2030, {
      membersOf: (i) => [
        ...(cadres.members.get(cadres.regions[i]!.id) ?? []).filter((p) => p !== lent).map((personId) => ({ personId })),
        ...(i === 0 ? [{ personId: lent, homeRegionId: cadres.regions[5]!.id }] : []),
      ],
    });
  });

  it('refuses a self-inspection, naming the group and the region', async () => {
    const assignments = shifted(round).map((a, i) => (i === 0 ? { ...a, regionId: round.seats[0]!.id } : a));
    // Group 13 then goes to seat 1, which group 1 took for itself: fix the ring among the other twelve.
    assignments[12] = { groupId: round.groups[12]!, regionId: round.seats[1]!.id };
    await expectRefused(round, { assignments }, 'ROTATION_CONFLICT', /第一督察组 → .* \(its own region\)/);
  });

  it('refuses a home-region conflict, naming the group, the region and the cadre', async () => {
    // Seat 1 inspects seat 6 directly: 1 → 6 → 2 → 3 → 4 → 5 → 7 → …
    const order = [round.seats[0]!, round.seats[5]!, ...round.seats.slice(1, 5), ...round.seats.slice(6)];
    await expectRefused(round, { order: ids(order) }, 'ROTATION_CONFLICT', /第一督察组 → .* \(home region of its member .+\)/);
  });

  it('refuses a missing region, a repeated one, and a wrong count', async () => {
    await expectRefused(round, { order: ids(round.seats.slice(0, 12)) }, 'ROTATION_INCOMPLETE', /names 12 regions for 13.*missing/);
    const repeated = [...ids(round.seats.slice(0, 12)), round.seats[3]!.id];
    await expectRefused(round, { order: repeated }, 'ROTATION_INCOMPLETE', /repeated: .*missing/);
    const twice = shifted(round).map((a, i) => (i === 1 ? { ...a, regionId: round.seats[4]!.id } : a));
    await expectRefused(round, { assignments: twice }, 'ROTATION_INCOMPLETE', /repeated/);
    await expectRefused(round, { assignments: shifted(round).slice(1) }, 'ROTATION_INCOMPLETE', /No region is assigned to 第一督察组/);
  });

  it('refuses two cycles instead of one', async () => {
    // Seats 1–6 among themselves, 7–13 among themselves: every region once, no conflict, two rings.
    const assignments = round.groups.map((groupId, i) => ({
      groupId,
      regionId: round.seats[i < 6 ? (i + 1) % 6 : 6 + ((i - 6 + 1) % 7)]!.id,
    }));
    await expectRefused(round, { assignments }, 'ROTATION_NOT_ONE_CYCLE', /2 separate cycles/);
  });

  it('refuses both forms at once, or neither', async () => {
    await expectRefused(round, { order: ids(round.seats), assignments: shifted(round) }, 'INVALID_INPUT');
    await expectRefused(round, {}, 'INVALID_INPUT');
  });

  it('refuses a ring when the round has fewer groups than regions', async () => {
    const short = await buildRound(app, cadres, 2031, { seats: cadres.regions.slice(0, 12) });
    await expectRefused(short, { order: ids(cadres.regions) }, 'ROTATION_INCOMPLETE', /12 groups for 13 regions/);
    const generated = await app.ok(GenerateRotationDocument, { input: { roundId: short.roundId } }, { as: 'staff' });
    expect(generated.generateRotation.userErrors.map((e) => e.code)).toEqual(['ROTATION_INCOMPLETE']);
  });

  it('accepts a valid 13-region ring and reads it back in ring order', async () => {
    const before = await auditCount(app);
    const payload = await assign({ input: { roundId: round.roundId, order: ids(round.seats) } });
    expect(payload.userErrors).toEqual([]);
    expect(payload.inspectionRound?.rotationAssignedAt).not.toBeNull();
    const view = await viewRound(app, round.roundId);
    expect(ringProblems(view)).toEqual([]);
    expect(view.assignments.map((a) => [a.fromRegion.id, a.region.id])).toEqual(
      round.seats.map((seat, i) => [seat.id, round.seats[(i + 1) % 13]!.id]),
    );
    expect(await auditCount(app)).toBe(before + 1);
    // A second rotation for the same round is refused.
    const again = await assign({ input: { roundId: round.roundId, order: ids(round.seats) } });
    expect(again.userErrors.map((e) => e.code)).toEqual(['ROUND_ALREADY_ASSIGNED']);
  });

  it('refuses a new member from the region the group was sent to, once the ring is assigned', async () => {
    const target = round.seats[1]!;
    const { people } = await app.ok(PeopleDocument, {
      filter: { unit: { eq: await unitId(app, `${target.code}-ZFW`) }, isPrincipalHead: true },
    });
    const before = await auditCount(app);
    const { addGroupMember } = await app.ok(
      AddGroupMemberDocument,
      { input: { groupId: round.groups[0]!, personId: people!.nodes[0]!.id } },
      { as: 'staff' },
    );
    expect(addGroupMember.userErrors).toMatchObject([{ code: 'ROTATION_CONFLICT', message: expect.stringContaining('第一督察组') }]);
    // Nor may its leader be said to come from there.
    const { updateInspectionGroup } = await app.ok(
      UpdateInspectionGroupDocument,
      { input: { groupId: round.groups[0]!, leaderId: cadres.leaders[0]!, leaderHomeRegionId: target.id } },
      { as: 'staff' },
    );
    expect(updateInspectionGroup.userErrors.map((e) => e.code)).toEqual(['ROTATION_CONFLICT']);
    expect(await auditCount(app)).toBe(before);
  });
});

describe('who may plan, and when the ring is fixed', () => {
  it('lets only commission staff plan rounds', async () => {
    for (const as of ['inspector', 'viewer', 'officer', 'admin']) {
      expect(errorCodes(await app.gql(CreateInspectionRoundDocument, { input: { year: 2040, title: 'x' } }, { as }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    const demo = await roundOfYear(app, 2021);
    expect(errorCodes(await app.gql(GenerateRotationDocument, { input: { roundId: demo.id } }, { as: 'inspector' }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('refuses a second round for the same year', async () => {
    const { createInspectionRound } = await app.ok(
      CreateInspectionRoundDocument,
      { input: { year: 2021, title: '重复' } },
      { as: 'staff' },
    );
    expect(createInspectionRound.userErrors.map((e) => e.code)).toEqual(['ROUND_YEAR_TAKEN']);
  });

  it('clears and reassigns while PLANNING; once ACTIVE the ring, groups and members are fixed', async () => {
    const round = await buildRound(app, cadres, 2032);
    const noRing = await app.ok(StartInspectionRoundDocument, { input: { roundId: round.roundId } }, { as: 'staff' });
    expect(noRing.startInspectionRound.userErrors.map((e) => e.code)).toEqual(['ROTATION_INCOMPLETE']);
    expect((await assign({ input: { roundId: round.roundId, assignments: shifted(round, 1) } })).userErrors).toEqual([]);
    expect((await app.ok(ClearRotationDocument, { input: { roundId: round.roundId } }, { as: 'staff' })).clearRotation.userErrors).toEqual(
      [],
    );
    expect((await viewRound(app, round.roundId)).assignments).toEqual([]);
    expect((await assign({ input: { roundId: round.roundId, assignments: shifted(round, 5) } })).userErrors).toEqual([]);
    const started = await app.ok(StartInspectionRoundDocument, { input: { roundId: round.roundId } }, { as: 'staff' });
    expect(started.startInspectionRound.inspectionRound?.status).toBe('ACTIVE');

    const before = await auditCount(app);
    const cleared = await app.ok(ClearRotationDocument, { input: { roundId: round.roundId } }, { as: 'staff' });
    expect(cleared.clearRotation.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect((await assign({ input: { roundId: round.roundId, order: ids(round.seats) } })).userErrors.map((e) => e.code)).toEqual([
      'INVALID_TRANSITION',
    ]);
    const member = await app.ok(
      AddGroupMemberDocument,
      { input: { groupId: round.groups[0]!, personId: cadres.leaders[0]! } },
      { as: 'staff' },
    );
    expect(member.addGroupMember.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const leaving = (await viewRound(app, round.roundId)).groups.nodes[0]!.members[0]!.person.id;
    const relead = await app.ok(
      UpdateInspectionGroupDocument,
      { input: { groupId: round.groups[0]!, leaderId: cadres.leaders[0]! } },
      { as: 'staff' },
    );
    expect(relead.updateInspectionGroup.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const removal = await app.ok(RemoveGroupMemberDocument, { input: { groupId: round.groups[0]!, personId: leaving } }, { as: 'staff' });
    expect(removal.removeGroupMember.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const group = await app.ok(
      AddInspectionGroupDocument,
      { input: { roundId: round.roundId, leaderId: cadres.leaders[0]!, homeRegionId: cadres.regions[0]!.id } },
      { as: 'staff' },
    );
    expect(group.addInspectionGroup.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(await auditCount(app)).toBe(before);
    const view = await viewRound(app, round.roundId);
    expect(view.assignments.map((a) => a.region.id)).toEqual(
      view.assignments.map((a) => round.seats[(round.seats.findIndex((s) => s.id === a.fromRegion.id) + 5) % 13]!.id),
    );
  });

  it('refuses a group led by a cadre of a regional unit, and a cadre serving twice', async () => {
    const { createInspectionRound } = await app.ok(
      CreateInspectionRoundDocument,
      { input: { year: 2033, title: '2033' } },
      { as: 'staff' },
    );
    const roundId = createInspectionRound.inspectionRound!.id;
    const regional = cadres.members.get(cadres.regions[0]!.id)![0]!;
    const refused = await app.ok(
      AddInspectionGroupDocument,
      { input: { roundId, leaderId: regional, homeRegionId: cadres.regions[1]!.id } },
      { as: 'staff' },
    );
    expect(refused.addInspectionGroup.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'leaderId'] }]);
    const first = await app.ok(
      AddInspectionGroupDocument,
      { input: { roundId, leaderId: cadres.leaders[0]!, homeRegionId: cadres.regions[0]!.id } },
      { as: 'staff' },
    );
    const groupId = first.addInspectionGroup.inspectionGroup!.id;
    const seatTaken = await app.ok(
      AddInspectionGroupDocument,
      { input: { roundId, leaderId: cadres.leaders[1]!, homeRegionId: cadres.regions[0]!.id } },
      { as: 'staff' },
    );
    expect(seatTaken.addInspectionGroup.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    // Another leader: not a regional cadre, not one who leads another group; then back to the first.
    const relead = (leaderId: string, as = 'staff') =>
      app.gql(UpdateInspectionGroupDocument, { input: { groupId, leaderId, name: '第一组（调整）' } }, { as });
    expect((await relead(regional)).data?.updateInspectionGroup.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(errorCodes(await relead(cadres.leaders[2]!, 'inspector'))).toEqual(['FORBIDDEN']);
    const second = await app.ok(
      AddInspectionGroupDocument,
      { input: { roundId, leaderId: cadres.leaders[1]!, homeRegionId: cadres.regions[1]!.id } },
      { as: 'staff' },
    );
    expect(second.addInspectionGroup.userErrors).toEqual([]);
    expect((await relead(cadres.leaders[1]!)).data?.updateInspectionGroup.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const releaded = (await relead(cadres.leaders[2]!)).data?.updateInspectionGroup;
    expect(releaded?.userErrors).toEqual([]);
    expect(releaded?.inspectionGroup?.name).toBe('第一组（调整）');
    const restored = await app.ok(UpdateInspectionGroupDocument, { input: { groupId, leaderId: cadres.leaders[0]! } }, { as: 'staff' });
    expect(restored.updateInspectionGroup.inspectionGroup?.name).toBe('第一督察组');

    const leaderAsMember = await app.ok(AddGroupMemberDocument, { input: { groupId, personId: cadres.leaders[0]! } }, { as: 'staff' });
    expect(leaderAsMember.addGroupMember.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const added = await app.ok(AddGroupMemberDocument, { input: { groupId, personId: regional } }, { as: 'staff' });
    // The member's home region defaults to their unit's.
    expect(added.addGroupMember.inspectionGroup?.members.map((m) => m.homeRegion?.code)).toEqual([cadres.regions[0]!.code]);
    const twice = await app.ok(AddGroupMemberDocument, { input: { groupId, personId: regional } }, { as: 'staff' });
    expect(twice.addGroupMember.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);

    // Taken out again while PLANNING, by staff only; a second removal finds no such member.
    const input = { groupId, personId: regional };
    expect(errorCodes(await app.gql(RemoveGroupMemberDocument, { input }, { as: 'inspector' }))).toEqual(['FORBIDDEN']);
    const removed = await app.ok(RemoveGroupMemberDocument, { input }, { as: 'staff' });
    expect(removed.removeGroupMember.inspectionGroup?.members).toEqual([]);
    const again = await app.ok(RemoveGroupMemberDocument, { input }, { as: 'staff' });
    expect(again.removeGroupMember.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

describe('concurrent rotations', () => {
  it('lets exactly one of many simultaneous assignRotation calls on a round win', async () => {
    const round = await buildRound(app, cadres, 2034);
    const shifts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const results = await Promise.all(shifts.map((by) => assign({ input: { roundId: round.roundId, assignments: shifted(round, by) } })));
    const won = results.flatMap((r, i) => (r.userErrors.length === 0 ? [shifts[i]!] : []));
    expect(won).toHaveLength(1);
    expect(results.flatMap((r) => r.userErrors.map((e) => e.code)).sort()).toEqual(Array<string>(11).fill('ROUND_ALREADY_ASSIGNED'));
    // What is stored is exactly the winner's ring.
    const view = await viewRound(app, round.roundId);
    const expected = new Map(shifted(round, won[0]).map((a) => [a.groupId, a.regionId]));
    expect(view.groups.nodes.map((g) => g.assignedRegion?.id)).toEqual(view.groups.nodes.map((g) => expected.get(g.id)));
  });
});

describe('generateRotation', () => {
  it('returns a valid ring for each demo round, new pairings after 2020’s, and writes nothing', async () => {
    const pairings2020 = new Map((await roundOfYear(app, 2020)).assignments.map((a) => [a.fromRegion.id, a.region.id]));
    for (const year of [2020, 2021]) {
      const demo = await roundOfYear(app, year);
      const before = await auditCount(app);
      const { generateRotation } = await app.ok(GenerateRotationDocument, { input: { roundId: demo.id } }, { as: 'staff' });
      expect(generateRotation.userErrors).toEqual([]);
      expect(generateRotation.applied).toBe(false);
      // Check the proposal against the demo groups as if it were assigned.
      const proposed = new Map(generateRotation.assignments!.map((a) => [a.group.id, a.region.id]));
      const asIf = {
        ...demo,
        groups: { ...demo.groups, nodes: demo.groups.nodes.map((g) => ({ ...g, assignedRegion: { id: proposed.get(g.id)!, code: '' } })) },
      };
      expect(ringProblems(asIf)).toEqual([]);
      expect(generateRotation.order).toHaveLength(13);
      if (year === 2021) for (const a of generateRotation.assignments!) expect(a.region.id).not.toBe(pairings2020.get(a.fromRegion.id));
      expect(await auditCount(app)).toBe(before);
      expect((await viewRound(app, demo.id)).assignments).toEqual(demo.assignments);
    }
  });

  it('finds a ring for randomly drawn member sets and applies it, or says clearly that none exists', async () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = [...cadres.members.values()].flat();
    for (const year of [2035, 2036, 2037]) {
      // Three members a group, each said to come from a random region.
      const round = await buildRound(app, cadres, year, {
        membersOf: (i) => [0, 1, 2].map((k) => ({ personId: pool[i * 3 + k]!, homeRegionId: cadres.regions[Math.floor(next() * 13)]!.id })),
      });
      const { generateRotation } = await app.ok(
        GenerateRotationDocument,
        { input: { roundId: round.roundId, apply: true } },
        { as: 'staff' },
      );
      expect(generateRotation.userErrors).toEqual([]);
      expect(generateRotation.applied).toBe(true);
      expect(ringProblems(await viewRound(app, round.roundId))).toEqual([]);
    }

    // Group 1's cadres come from every region: no ring can exist.
    const hopeless = await buildRound(app, cadres, 2038, {
      membersOf: (i) =>
        i === 0
          ? cadres.regions.map((region, k) => ({ personId: pool[k]!, homeRegionId: region.id }))
          : (cadres.members.get(cadres.regions[i]!.id) ?? [])
              .filter((p) => !pool.slice(0, 13).includes(p))
              .map((personId) => ({ personId })),
    });
    const before = await auditCount(app);
    const { generateRotation } = await app.ok(
      GenerateRotationDocument,
      { input: { roundId: hopeless.roundId, apply: true } },
      { as: 'staff' },
    );
    expect(generateRotation.userErrors).toMatchObject([
      { code: 'NO_VALID_ROTATION', message: expect.stringMatching(/第一督察组 may inspect no region/) },
    ]);
    expect(generateRotation.applied).toBe(false);
    expect(await auditCount(app)).toBe(before);
  });
});
