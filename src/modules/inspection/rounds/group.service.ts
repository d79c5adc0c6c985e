import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import { requireRole } from '../../../shared/auth/access.js';
import { write } from '../../../shared/audit/write.js';
import { toGlobalId } from '../../../shared/graphql/global-id.js';
import { Person, Region, UnitLevel } from '../../unit/index.js';
import { InspectionErrors, type RoundMove } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { ROUND_RUNNERS } from '../inspection.roles.js';
import { GroupMember } from './group-member.entity.js';
import { InspectionGroup } from './inspection-group.entity.js';
import { InspectionRound } from './inspection-round.entity.js';
import { lockRound } from './round.service.js';

/** Locks the round of a group, which must still be PLANNING: a group changes only while its round is planned. */
async function lockPlanningRoundOf(em: EntityManager, groupKey: string, action: RoundMove): Promise<InspectionRound> {
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

async function findLeader(em: EntityManager, key: string): Promise<Person> {
  const leader = await em.findOne(Person, { id: key }, { populate: ['unit'] });
  if (!leader) throw InspectionErrors.notFound('person', 'leaderId');
  return leader;
}

/** Refuses a cadre who already serves in the round, as a leader or a member (the group whose leader they may stay, aside). */
async function requireFree(em: EntityManager, roundKey: string, person: Person, field: string, leading: string | null = null) {
  const [row] = await em.execute<{ name: string }[]>(
    `select g.name from inspection_group g where g.round_id = ? and ((g.leader_id = ? and g.id <> ?)
       or exists (select 1 from inspection_group_member m where m.group_id = g.id and m.person_id = ?)) limit 1`,
    [roundKey, person.id, leading ?? '0', person.id],
  );
  if (row) throw InspectionErrors.invalid(field, M.alreadyServes(person.name, row.name));
}

const groupObject = (key: string) => ({ typename: 'InspectionGroup', key });
const isProvincial = (person: Person) => person.unit.level === UnitLevel.PROVINCE;

export async function addInspectionGroup(
  ctx: Context,
  roundKey: string,
  fields: { leaderKey: string; homeRegionKey: string; leaderHomeRegionKey: string | null; name: string | null },
): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.formGroups);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    round.requireOpenForGroups();
    const leader = await findLeader(em, fields.leaderKey);
    const homeRegion = await findRegion(em, fields.homeRegionKey, 'homeRegionId');
    const leaderHomeRegion = fields.leaderHomeRegionKey ? await findRegion(em, fields.leaderHomeRegionKey, 'leaderHomeRegionId') : null;
    await requireFree(em, roundKey, leader, 'leaderId');
    const seated = await em.findOne(InspectionGroup, { round, homeRegion });
    if (seated) throw InspectionErrors.invalid('homeRegionId', M.regionHasGroup(homeRegion.name, seated.name));
    const [{ next }] = await em.execute<[{ next: number }]>(
      'select (coalesce(max(ordinal), 0) + 1)::int as next from inspection_group where round_id = ?',
      [roundKey],
    );
    const group = new InspectionGroup({
      round,
      ordinal: next,
      name: fields.name,
      leader,
      leaderIsProvincial: isProvincial(leader),
      leaderHomeRegion,
      homeRegion,
    });
    em.persist(group);
    await em.flush();
    audit({
      action: 'inspectionGroup.create',
      object: groupObject(group.id),
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
  requireRole(ctx, ROUND_RUNNERS, M.actions.addMembers);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockPlanningRoundOf(em, groupKey, 'given new members');
    const group = await em.findOneOrFail(InspectionGroup, { id: groupKey }, { populate: ['round', 'assignedRegion'], refresh: true });
    const person = await em.findOne(Person, { id: fields.personKey }, { populate: ['unit.region'] });
    if (!person) throw InspectionErrors.notFound('person', 'personId');
    const homeRegion = fields.homeRegionKey ? await findRegion(em, fields.homeRegionKey, 'homeRegionId') : person.unit.region;
    await requireFree(em, round.id, person, 'personId');
    em.persist(group.admit(person, homeRegion, ctx.now));
    audit({
      action: 'inspectionGroup.addMember',
      object: groupObject(groupKey),
      from: null,
      to: { personId: toGlobalId('Person', person.id), person: person.name, homeRegion: homeRegion?.name ?? null },
    });
    return groupKey;
  });
}

/** Gives a group another leader or name while the round is PLANNING. */
export async function updateInspectionGroup(
  ctx: Context,
  groupKey: string,
  fields: { leaderKey: string; leaderHomeRegionKey: string | null; name: string | null },
): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.changeGroups);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockPlanningRoundOf(em, groupKey, 'changed');
    const group = await em.findOneOrFail(InspectionGroup, { id: groupKey }, { populate: ['leader', 'assignedRegion'], refresh: true });
    const leader = await findLeader(em, fields.leaderKey);
    const leaderHomeRegion = fields.leaderHomeRegionKey ? await findRegion(em, fields.leaderHomeRegionKey, 'leaderHomeRegionId') : null;
    await requireFree(em, round.id, leader, 'leaderId', groupKey);
    const from = { name: group.name, leader: group.leader.name };
    group.describe({ name: fields.name, leader, leaderIsProvincial: isProvincial(leader), leaderHomeRegion });
    audit({
      action: 'inspectionGroup.update',
      object: groupObject(groupKey),
      from,
      to: { name: group.name, leader: leader.name, leaderHomeRegion: leaderHomeRegion?.name ?? null },
    });
    return groupKey;
  });
}

/** Takes a cadre out of a group while the round is PLANNING: no ring is ever made invalid by it. */
export async function removeGroupMember(ctx: Context, groupKey: string, personKey: string): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.removeMembers);
  return write(ctx, async ({ em, audit }) => {
    await lockPlanningRoundOf(em, groupKey, 'changed');
    const member = await em.findOne(GroupMember, { group: groupKey, person: personKey }, { populate: ['person'] });
    if (!member) throw InspectionErrors.notFound('member of this group', 'personId');
    em.remove(member);
    audit({
      action: 'inspectionGroup.removeMember',
      object: groupObject(groupKey),
      from: { personId: toGlobalId('Person', personKey), person: member.person.name },
      to: null,
    });
    return groupKey;
  });
}
