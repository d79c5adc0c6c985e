import {
  AddGroupMemberDocument,
  AddInspectionGroupDocument,
  CreateInspectionRoundDocument,
  InspectionRoundDocument,
  InspectionRoundsDocument,
  RegionsDocument,
  type InspectionRoundQuery,
} from '../generated/graphql.js';
import type { TestApp } from './app.js';

// Builds inspection rounds through the API as commission staff would, from the demo's cadres: the
// 13 group leaders of provincial units and the 3 cadres of each region's commission.

export type RoundView = NonNullable<InspectionRoundQuery['inspectionRound']>;

export interface Region {
  id: string;
  code: string;
}

export interface Cadres {
  regions: Region[];
  leaders: string[];
  /** Person IDs of the regions' cadres, by region ID. */
  members: Map<string, string[]>;
}

export const must = <T extends { userErrors: { code: string; message: string }[] }>(payload: T, what: string): T => {
  if (payload.userErrors.length) throw new Error(`${what}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
};

export async function roundOfYear(app: TestApp, year: number): Promise<RoundView> {
  const { inspectionRounds } = await app.ok(InspectionRoundsDocument, {});
  const round = inspectionRounds!.nodes.find((r) => r.year === year);
  if (!round) throw new Error(`no round for ${year}`);
  return viewRound(app, round.id);
}

export async function viewRound(app: TestApp, id: string): Promise<RoundView> {
  const { inspectionRound } = await app.ok(InspectionRoundDocument, { id });
  if (!inspectionRound) throw new Error(`no round ${id}`);
  return inspectionRound;
}

/** The demo's cadres, as the 2021 round placed them. */
export async function demoCadres(app: TestApp): Promise<Cadres> {
  const { regions } = await app.ok(RegionsDocument, {});
  const round = await roundOfYear(app, 2021);
  const members = new Map<string, string[]>();
  for (const group of round.groups.nodes)
    members.set(
      group.homeRegion.id,
      group.members.map((m) => m.person.id),
    );
  return {
    regions: regions!.nodes.map((r) => ({ id: r.id, code: r.code })),
    leaders: round.groups.nodes.map((g) => g.leader.id),
    members,
  };
}

export interface BuiltRound {
  roundId: string;
  /** Group IDs, group i seated at `seats[i]`. */
  groups: string[];
  seats: Region[];
}

/**
 * A PLANNING round with one group per seat (all regions unless fewer are given), led by the demo
 * leaders, each with its region's 3 cadres; `extra` adds members with stated home regions.
 */
export async function buildRound(
  app: TestApp,
  cadres: Cadres,
  year: number,
  options: { seats?: Region[]; membersOf?: (seat: number) => { personId: string; homeRegionId?: string }[] } = {},
): Promise<BuiltRound> {
  const seats = options.seats ?? cadres.regions;
  const created = must(
    (await app.ok(CreateInspectionRoundDocument, { input: { year, title: `${year}年度督察` } }, { as: 'staff' })).createInspectionRound,
    'round',
  );
  const roundId = created.inspectionRound!.id;
  const groups: string[] = [];
  for (const [i, seat] of seats.entries()) {
    const added = await app.ok(
      AddInspectionGroupDocument,
      { input: { roundId, leaderId: cadres.leaders[i]!, homeRegionId: seat.id } },
      { as: 'staff' },
    );
    const groupId = must(added.addInspectionGroup, 'group').inspectionGroup!.id;
    groups.push(groupId);
    const members = options.membersOf?.(i) ?? (cadres.members.get(seat.id) ?? []).map((personId) => ({ personId }));
    for (const member of members) {
      must((await app.ok(AddGroupMemberDocument, { input: { groupId, ...member } }, { as: 'staff' })).addGroupMember, 'member');
    }
  }
  return { roundId, groups, seats };
}

/** Checks a ring independently: one cycle through every region, no group at home ground. */
export function ringProblems(round: RoundView): string[] {
  const problems: string[] = [];
  const groups = round.groups.nodes;
  const targets = groups.map((g) => g.assignedRegion?.id);
  if (targets.some((t) => !t)) problems.push('unassigned group');
  if (new Set(targets).size !== groups.length) problems.push('region inspected twice');
  for (const g of groups) {
    const homes = new Set([g.homeRegion.id, ...g.members.map((m) => m.homeRegion?.id)]);
    if (g.assignedRegion && homes.has(g.assignedRegion.id)) problems.push(`${g.name} at home ground`);
  }
  const next = new Map(groups.map((g) => [g.homeRegion.id, g.assignedRegion?.id]));
  let at = groups[0]?.homeRegion.id;
  const seen = new Set<string>();
  while (at && !seen.has(at)) {
    seen.add(at);
    at = next.get(at);
  }
  if (seen.size !== groups.length) problems.push(`cycle of ${seen.size}, not ${groups.length}`);
  return problems;
}

/** The moves of a rectification notice. */
export type NoticeMove = 'start' | 'submit' | 'verify' | 'close' | 'reopen';

/** The moves each notice status allows, as the tests expect them (over HTTP and on the entity). */
export const NOTICE_MOVES_ALLOWED: Record<string, NoticeMove[]> = {
  NOTIFIED: ['start'],
  RECTIFYING: ['submit'],
  FEEDBACK_SUBMITTED: ['verify', 'reopen'],
  VERIFIED: ['close'],
  REOPENED: ['start'],
  CLOSED: [],
};
