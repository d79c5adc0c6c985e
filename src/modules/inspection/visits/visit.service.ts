import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import { requireRole } from '../../../shared/auth/access.js';
import { write } from '../../../shared/audit/write.js';
import { toGlobalId } from '../../../shared/graphql/global-id.js';
import { ReformTask } from '../../reform-ledger/index.js';
import { Region } from '../../unit/index.js';
import { Unit } from '../../unit/index.js';
import { User } from '../../user/index.js';
import { InspectionGroup } from '../rounds/inspection-group.entity.js';
import { InspectionRound } from '../rounds/inspection-round.entity.js';
import { InspectionVisit } from './inspection-visit.entity.js';
import type { CheckVerdict, VisitKind, VisitMethod } from '../inspection.enums.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { INSPECTORS } from '../inspection.roles.js';
import { requireGroupMember } from '../inspection.access.js';
import { TaskCheck } from './task-check.entity.js';

/** Holds the round still while a visit or finding is recorded: it cannot close half-way through. */
export async function holdRound(em: EntityManager, key: string): Promise<void> {
  await em.findOne(InspectionRound, { id: key }, { lockMode: LockMode.PESSIMISTIC_READ });
}

export interface VisitFields {
  groupKey: string;
  regionKey: string;
  visitedOn: string;
  kind: VisitKind;
  methods: VisitMethod[];
  unitKeys: string[];
  summary: string;
  checks: { taskKey: string; quantity: CheckVerdict; results: CheckVerdict; quality: CheckVerdict; notes: string }[];
}

export async function recordInspectionVisit(ctx: Context, fields: VisitFields): Promise<string> {
  requireRole(ctx, INSPECTORS, M.actions.recordVisits);
  return write(ctx, async ({ em, audit }) => {
    const found = await em.findOne(InspectionGroup, { id: fields.groupKey }, { fields: ['id', 'round'] });
    if (!found) throw InspectionErrors.notFound('inspection group', 'groupId');
    await requireGroupMember(ctx, em, found.id);
    await holdRound(em, found.round.id);
    const group = await em.findOneOrFail(
      InspectionGroup,
      { id: fields.groupKey },
      { populate: ['round', 'assignedRegion'], refresh: true },
    );
    const region = await em.findOne(Region, { id: fields.regionKey });
    if (!region) throw InspectionErrors.notFound('region', 'regionId');
    const units = await em.find(Unit, { id: { $in: fields.unitKeys } }, { populate: ['region'] });
    if (units.length !== new Set(fields.unitKeys).size) throw InspectionErrors.notFound('unit', 'unitIds');
    const [earlier] = await em.execute('select 1 from inspection_visit where round_id = ? and region_id = ? and visited_on < ? limit 1', [
      group.round.id,
      region.id,
      fields.visitedOn,
    ]);
    const visit = new InspectionVisit(
      {
        group,
        region,
        visitedOn: fields.visitedOn,
        kind: fields.kind,
        methods: fields.methods,
        units,
        summary: fields.summary,
        recordedBy: em.getReference(User, ctx.viewer.key),
        visitedBefore: earlier !== undefined,
      },
      ctx.today,
    );
    em.persist(visit);
    const taskKeys = fields.checks.map((c) => c.taskKey);
    if (new Set(taskKeys).size !== taskKeys.length) throw InspectionErrors.invalid('checks', M.taskCheckedOnce);
    const tasks = new Map((await em.find(ReformTask, { id: { $in: taskKeys } })).map((t) => [t.id, t]));
    const checks = fields.checks.map((c, i) => {
      const task = tasks.get(c.taskKey);
      if (!task) throw InspectionErrors.notFound('reform task', `checks.${i}.taskId`);
      return new TaskCheck({ visit, task, quantity: c.quantity, results: c.results, quality: c.quality, notes: c.notes });
    });
    em.persist(checks);
    await em.flush();
    audit({
      action: 'inspectionVisit.record',
      object: { typename: 'InspectionVisit', key: visit.id },
      from: null,
      to: {
        groupId: toGlobalId('InspectionGroup', group.id),
        group: group.name,
        region: region.name,
        visitedOn: visit.visitedOn,
        kind: visit.kind,
        methods: visit.methods,
        units: units.map((u) => u.name),
        checks: checks.map((c) => ({ task: c.task.code, quantity: c.quantity, results: c.results, quality: c.quality })),
      },
    });
    return visit.id;
  });
}
