import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { Person } from '../unit/index.js';
import { Region } from '../unit/index.js';
import { UnitLevel } from '../unit/index.js';
import { GroupMember } from './group-member.entity.js';
import { InspectionGroup } from './inspection-group.entity.js';
import { InspectionRound } from './inspection-round.entity.js';
import { InspectionErrors } from './inspection.errors.js';

/** Commission staff run the rounds: groups, members, the rotation, start and close. */
export const ROUND_RUNNERS = [Role.COMMISSION_STAFF];

export async function lockRound(em: EntityManager, key: string, field = 'roundId'): Promise<InspectionRound> {
  const round = await em.findOne(InspectionRound, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!round) throw InspectionErrors.notFound('inspection round', field);
  return round;
}

/** Locks the round of a group, which must still be PLANNING: a group changes only while its round is planned. */
async function lockPlanningRoundOf(em: EntityManager, groupKey: string, action: string): Promise<InspectionRound> {
  const found = await em.findOne(InspectionGroup, { id: groupKey }, { fields: ['id', 'round'] });
  if (!found) throw InspectionErrors.notFound('inspection group', 'groupId');
  const round = await lockRound(em, found.round.id, 'groupId');
  round.requirePlanning(action);
  return round;
}

async function findRegion(em: EntityManager, key: string, field: string): Promise<Region> {
  const region = await em.findOne(Region, { id: key });
  if (!region) throw InspectionErrors.notFound('region', field);
  return region;
}

const roundObject = (key: string) => ({ typename: 'InspectionRound', key });

export async function createInspectionRound(ctx: Context, fields: { year: number; title: string }): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, 'create inspection rounds');
  try {
    return await write(ctx, async ({ em, audit }) => {
      const round = new InspectionRound(fields);
      if (await em.findOne(InspectionRound, { year: round.year })) throw InspectionErrors.roundYearTaken(round.year);
      em.persist(round);
      await em.flush();
      audit({ action: 'inspectionRound.create', object: roundObject(round.id), from: null, to: { year: round.year, title: round.title } });
      return round.id;
    });
  } catch (error) {
    // Two rounds for one year created at the same instant: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw InspectionErrors.roundYearTaken(fields.year);
    throw error;
  }
}

/** Where the person already serves in the round, as a leader or a member (the group whose leader they may stay, aside). */
async function servesIn(em: EntityManager, roundKey: string, personKey: string, leading: string | null = null): Promise<string | null> {
  const [row] = await em.execute<{ name: string }[]>(
    `select g.name from inspection_group g where g.round_id = ? and ((g.leader_id = ? and g.id <> ?)
       or exists (select 1 from inspection_group_member m where m.group_id = g.id and m.person_id = ?)) limit 1`,
    [roundKey, personKey, leading ?? '0', personKey],
  );
  return row?.name ?? null;
}

export async function addInspectionGroup(
  ctx: Context,
  roundKey: string,
  fields: { leaderKey: string; homeRegionKey: string; leaderHomeRegionKey: string | null; name: string | null },
): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, 'form inspection groups');
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    round.requirePlanning('given new groups');
    if (round.hasRotation) throw InspectionErrors.alreadyAssigned();
    const leader = await em.findOne(Person, { id: fields.leaderKey }, { populate: ['unit'] });
    if (!leader) throw InspectionErrors.notFound('person', 'leaderId');
    const homeRegion = await findRegion(em, fields.homeRegionKey, 'homeRegionId');
    const leaderHomeRegion = fields.leaderHomeRegionKey ? await findRegion(em, fields.leaderHomeRegionKey, 'leaderHomeRegionId') : null;
    const serving = await servesIn(em, roundKey, leader.id);
    if (serving) throw InspectionErrors.invalid('leaderId', `${leader.name} already serves in ${serving} this round.`);
    const seated = await em.findOne(InspectionGroup, { round, homeRegion });
    if (seated) throw InspectionErrors.invalid('homeRegionId', `${homeRegion.name} already has its group in this round: ${seated.name}.`);
    const [{ next }] = await em.execute<[{ next: number }]>(
      'select (coalesce(max(ordinal), 0) + 1)::int as next from inspection_group where round_id = ?',
      [roundKey],
    );
    const group = new InspectionGroup({
      round,
      ordinal: next,
      name: fields.name,
      leader,
      leaderIsProvincial: leader.unit.level === UnitLevel.PROVINCE,
      leaderHomeRegion,
      homeRegion,
    });
    em.persist(group);
    await em.flush();
    audit({
      action: 'inspectionGroup.create',
      object: { typename: 'InspectionGroup', key: group.id },
      from: null,
      to: {
        roundId: toGlobalId('InspectionRound', roundKey),
        name: group.name,
        leader: leader.name,
        homeRegion: homeRegion.name,
        leaderHomeRegion: leaderHomeRegion?.name ?? null,
      },
    });
    return group.id;
  });
}

export async function addGroupMember(
  ctx: Context,
  groupKey: string,
  fields: { personKey: string; homeRegionKey: string | null },
): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, 'add group members');
  return write(ctx, async ({ em, audit }) => {
    const round = await lockPlanningRoundOf(em, groupKey, 'given new members');
    const group = await em.findOneOrFail(InspectionGroup, { id: groupKey }, { populate: ['assignedRegion'], refresh: true });
    const person = await em.findOne(Person, { id: fields.personKey }, { populate: ['unit.region'] });
    if (!person) throw InspectionErrors.notFound('person', 'personId');
    const homeRegion = fields.homeRegionKey ? await findRegion(em, fields.homeRegionKey, 'homeRegionId') : person.unit.region;
    const serving = await servesIn(em, round.id, person.id);
    if (serving) throw InspectionErrors.invalid('personId', `${person.name} already serves in ${serving} this round.`);
    // Joining after the rotation was assigned: the group's target must not be the newcomer's home.
    if (homeRegion && group.assignedRegion?.id === homeRegion.id)
      throw InspectionErrors.rotationConflict(
        `${person.name} comes from ${homeRegion.name}, which ${group.name} is assigned to inspect.`,
        'personId',
      );
    em.persist(new GroupMember(group, person, homeRegion));
    audit({
      action: 'inspectionGroup.addMember',
      object: { typename: 'InspectionGroup', key: groupKey },
      from: null,
      to: { personId: toGlobalId('Person', person.id), person: person.name, homeRegion: homeRegion?.name ?? null },
    });
    return groupKey;
  });
}

export interface GroupDescription {
  leaderKey: string;
  leaderHomeRegionKey: string | null;
  name: string | null;
}

/** Gives a group another leader or name while the round is PLANNING. */
export async function updateInspectionGroup(ctx: Context, groupKey: string, fields: GroupDescription): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, 'change inspection groups');
  return write(ctx, async ({ em, audit }) => {
    const round = await lockPlanningRoundOf(em, groupKey, 'changed');
    const group = await em.findOneOrFail(InspectionGroup, { id: groupKey }, { populate: ['leader', 'assignedRegion'], refresh: true });
    const leader = await em.findOne(Person, { id: fields.leaderKey }, { populate: ['unit'] });
    if (!leader) throw InspectionErrors.notFound('person', 'leaderId');
    const leaderHomeRegion = fields.leaderHomeRegionKey ? await findRegion(em, fields.leaderHomeRegionKey, 'leaderHomeRegionId') : null;
    const serving = await servesIn(em, round.id, leader.id, groupKey);
    if (serving) throw InspectionErrors.invalid('leaderId', `${leader.name} already serves in ${serving} this round.`);
    const from = { name: group.name, leader: group.leader.name };
    group.describe({ name: fields.name, leader, leaderIsProvincial: leader.unit.level === UnitLevel.PROVINCE, leaderHomeRegion });
    audit({
      action: 'inspectionGroup.update',
      object: { typename: 'InspectionGroup', key: groupKey },
      from,
      to: { name: group.name, leader: leader.name, leaderHomeRegion: leaderHomeRegion?.name ?? null },
    });
    return groupKey;
  });
}

/** Takes a cadre out of a group while the round is PLANNING: no ring is ever made invalid by it. */
export async function removeGroupMember(ctx: Context, groupKey: string, personKey: string): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, 'remove group members');
  return write(ctx, async ({ em, audit }) => {
    await lockPlanningRoundOf(em, groupKey, 'changed');
    const member = await em.findOne(GroupMember, { group: groupKey, person: personKey }, { populate: ['person'] });
    if (!member) throw InspectionErrors.notFound('member of this group', 'personId');
    em.remove(member);
    audit({
      action: 'inspectionGroup.removeMember',
      object: { typename: 'InspectionGroup', key: groupKey },
      from: { personId: toGlobalId('Person', personKey), person: member.person.name },
      to: null,
    });
    return groupKey;
  });
}

export async function startInspectionRound(ctx: Context, roundKey: string): Promise<string> {
  return moveRound(ctx, roundKey, 'start', (round) => round.start(ctx.today));
}

export async function closeInspectionRound(ctx: Context, roundKey: string): Promise<string> {
  return moveRound(ctx, roundKey, 'close', (round) => round.close(ctx.today));
}

async function moveRound(ctx: Context, roundKey: string, action: string, move: (round: InspectionRound) => void): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, `${action} inspection rounds`);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    const from = round.status;
    move(round);
    audit({ action: `inspectionRound.${action}`, object: roundObject(roundKey), from: { status: from }, to: { status: round.status } });
    return roundKey;
  });
}
