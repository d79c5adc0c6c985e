import type { Context } from '../../../shared/context.js';
import { requireRole } from '../../../shared/auth/access.js';
import { write } from '../../../shared/audit/write.js';
import { toGlobalId } from '../../../shared/graphql/global-id.js';
import { ReformTask } from '../../reform-ledger/index.js';
import { Unit } from '../../unit/index.js';
import { User } from '../../user/index.js';
import type { FindingSeverity } from '../inspection.enums.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { INSPECTORS } from '../inspection.roles.js';
import { requireGroupMember } from '../inspection.access.js';
import { Finding } from './finding.entity.js';
import { InspectionVisit } from './inspection-visit.entity.js';
import { holdRound } from './visit.service.js';

export async function recordFinding(
  ctx: Context,
  fields: { visitKey: string; taskKey: string; unitKey: string; description: string; severity: FindingSeverity },
): Promise<string> {
  requireRole(ctx, INSPECTORS, M.actions.recordFindings);
  return write(ctx, async ({ em, audit }) => {
    const found = await em.findOne(InspectionVisit, { id: fields.visitKey }, { fields: ['id', 'round', 'group'] });
    if (!found) throw InspectionErrors.notFound('inspection visit', 'visitId');
    await requireGroupMember(ctx, em, found.group.id);
    await holdRound(em, found.round.id);
    const visit = await em.findOneOrFail(InspectionVisit, { id: fields.visitKey }, { populate: ['round', 'region'], refresh: true });
    const task = await em.findOne(ReformTask, { id: fields.taskKey });
    if (!task) throw InspectionErrors.notFound('reform task', 'taskId');
    const unit = await em.findOne(Unit, { id: fields.unitKey }, { populate: ['region'] });
    if (!unit) throw InspectionErrors.notFound('unit', 'unitId');
    const finding = new Finding({
      visit,
      task,
      unit,
      description: fields.description,
      severity: fields.severity,
      recordedBy: em.getReference(User, ctx.viewer.key),
    });
    em.persist(finding);
    await em.flush();
    audit({
      action: 'inspectionFinding.record',
      object: { typename: 'InspectionFinding', key: finding.id },
      from: null,
      to: {
        visitId: toGlobalId('InspectionVisit', visit.id),
        task: task.code,
        unit: unit.name,
        severity: finding.severity,
        description: finding.description,
      },
    });
    return finding.id;
  });
}
