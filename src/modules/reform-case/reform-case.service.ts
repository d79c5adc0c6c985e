import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import type { Text } from '../../shared/i18n/text.js';
import { findUnit } from '../unit/index.js';
import { GuidanceVisit } from './guidance-visit.entity.js';
import { ReformCase, type CaseDecision } from './reform-case.entity.js';
import { ReformCaseErrors } from './reform-case.errors.js';
import { reformCaseMessages } from './reform-case.messages.js';

/** Commission staff, or an officer of the case's own unit. */
function requireStaffOrOfficerOf(ctx: Context, unitKey: string, action: Text): void {
  const officer = holdsRole(ctx.viewer, Role.UNIT_OFFICER, unitKey);
  if (!officer && !hasRole(ctx.viewer, Role.COMMISSION_STAFF)) throw forbidden(reformCaseMessages.staffOrOfficerOnly(action));
}

async function lockCase(em: EntityManager, key: string): Promise<ReformCase> {
  const found = await em.findOne(ReformCase, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found) throw ReformCaseErrors.notFound('case', 'caseId');
  return found;
}

export async function createReformCase(ctx: Context, fields: { unitKey: string; title: string; summary: string }): Promise<string> {
  requireStaffOrOfficerOf(ctx, fields.unitKey, reformCaseMessages.actions.recordCase);
  return write(ctx, async ({ em, audit }) => {
    const reformCase = new ReformCase({ unit: await findUnit(em, fields.unitKey, 'unitId'), title: fields.title, summary: fields.summary });
    em.persist(reformCase);
    await em.flush();
    audit({
      action: 'reformCase.create',
      object: { typename: 'ReformCase', key: reformCase.id },
      from: null,
      to: { unitId: toGlobalId('Unit', fields.unitKey), title: reformCase.title, status: reformCase.status },
    });
    return reformCase.id;
  });
}

export async function submitReformCase(ctx: Context, key: string): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF, Role.UNIT_OFFICER], reformCaseMessages.actions.submit);
  return write(ctx, async ({ em, audit }) => {
    const reformCase = await lockCase(em, key);
    requireStaffOrOfficerOf(ctx, reformCase.unit.id, reformCaseMessages.actions.submitThis);
    const from = reformCase.status;
    reformCase.submit(ctx.now);
    audit({
      action: 'reformCase.submit',
      object: { typename: 'ReformCase', key },
      from: { status: from },
      to: { status: reformCase.status },
    });
    return key;
  });
}

export async function selectReformCase(ctx: Context, key: string, decision: CaseDecision): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], reformCaseMessages.actions.decide);
  return write(ctx, async ({ em, audit }) => {
    const reformCase = await lockCase(em, key);
    const from = reformCase.status;
    reformCase.decide(decision, ctx.now);
    audit({
      action: 'reformCase.decide',
      object: { typename: 'ReformCase', key },
      from: { status: from },
      to: { status: reformCase.status, recognitionLevel: reformCase.recognitionLevel, recognizedBy: reformCase.recognizedBy },
    });
    return key;
  });
}

/** Records a visit to the case; returns the visit's key. */
export async function recordGuidanceVisit(
  ctx: Context,
  key: string,
  visit: { visitedOn: string; visitingUnitKey: string; notes: string },
): Promise<string> {
  requireRole(ctx, [Role.COMMISSION_STAFF], reformCaseMessages.actions.recordVisits);
  return write(ctx, async ({ em, audit }) => {
    const reformCase = await lockCase(em, key);
    const visitingUnit = await findUnit(em, visit.visitingUnitKey, 'visitingUnitId');
    const entry = new GuidanceVisit({ reformCase, visitedOn: visit.visitedOn, visitingUnit, notes: visit.notes }, ctx.today);
    em.persist(entry);
    await em.flush();
    audit({
      action: 'reformCase.recordVisit',
      object: { typename: 'ReformCase', key },
      from: null,
      to: {
        visitId: toGlobalId('GuidanceVisit', entry.id),
        visitedOn: entry.visitedOn,
        visitingUnitId: toGlobalId('Unit', visitingUnit.id),
        notes: entry.notes,
      },
    });
    return entry.id;
  });
}
