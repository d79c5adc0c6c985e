import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import { holdsRole, requireRole } from '../../../shared/auth/access.js';
import { Role } from '../../../shared/auth/role.js';
import { write } from '../../../shared/audit/write.js';
import { forbidden } from '../../../shared/graphql/errors.js';
import { toGlobalId } from '../../../shared/graphql/global-id.js';
import { User } from '../../user/index.js';
import { Finding } from '../visits/finding.entity.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import { RectificationFeedback, type FeedbackFields } from './rectification-feedback.entity.js';
import { RectificationNotice } from './rectification-notice.entity.js';
import { INSPECTORS, RECTIFIERS } from '../inspection.roles.js';
import { requireGroupMember } from '../inspection.access.js';

const noticeObject = (key: string) => ({ typename: 'RectificationNotice', key });

/** The inspection group whose visit found the finding. */
async function groupOfFinding(em: EntityManager, findingKey: string): Promise<string> {
  const finding = await em.findOneOrFail(Finding, { id: findingKey }, { populate: ['visit'] });
  return finding.visit.group.id;
}

async function lockNotice(em: EntityManager, key: string): Promise<RectificationNotice> {
  const notice = await em.findOne(RectificationNotice, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!notice) throw InspectionErrors.notFound('rectification notice', 'noticeId');
  return notice;
}

export async function issueRectificationNotice(
  ctx: Context,
  fields: { findingKey: string; deadline: string; requirements: string; issuedOn: string | null },
): Promise<string> {
  requireRole(ctx, INSPECTORS, M.actions.issueNotices);
  return write(ctx, async ({ em, audit }) => {
    // The finding's row lock: two notices issued at once on one finding, and only one is written.
    const finding = await em.findOne(Finding, { id: fields.findingKey }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!finding) throw InspectionErrors.notFound('finding', 'findingId');
    // Notices are the group's, as its visits and findings are.
    await requireGroupMember(ctx, em, await groupOfFinding(em, finding.id));
    if (await em.findOne(RectificationNotice, { finding })) throw InspectionErrors.invalid('findingId', M.findingHasNotice);
    const issuedOn = fields.issuedOn ?? ctx.today;
    const notice = new RectificationNotice({ finding, issuedOn, deadline: fields.deadline, requirements: fields.requirements }, ctx.today);
    em.persist(notice);
    await em.flush();
    audit({
      action: 'rectificationNotice.issue',
      object: noticeObject(notice.id),
      from: null,
      to: {
        findingId: toGlobalId('InspectionFinding', finding.id),
        unitId: toGlobalId('Unit', notice.unit.id),
        issuedOn,
        deadline: notice.deadline,
        requirements: notice.requirements,
        status: notice.status,
      },
    });
    return notice.id;
  });
}

/** Only officers of the unit that must rectify act for it. */
export function requireResponsibleOfficer(ctx: Context, notice: RectificationNotice): void {
  if (!holdsRole(ctx.viewer, Role.UNIT_OFFICER, notice.unit.id)) throw forbidden(M.responsibleOfficerOnly);
}

export async function startRectification(ctx: Context, noticeKey: string): Promise<string> {
  requireRole(ctx, RECTIFIERS, M.actions.startRectifying);
  return write(ctx, async ({ em, audit }) => {
    const notice = await lockNotice(em, noticeKey);
    requireResponsibleOfficer(ctx, notice);
    const from = notice.status;
    notice.startRectifying();
    audit({ action: 'rectificationNotice.start', object: noticeObject(noticeKey), from: { status: from }, to: { status: notice.status } });
    return noticeKey;
  });
}

export async function submitRectificationFeedback(ctx: Context, noticeKey: string, fields: FeedbackFields): Promise<string> {
  requireRole(ctx, RECTIFIERS, M.actions.submitFeedback);
  return write(ctx, async ({ em, audit }) => {
    const notice = await lockNotice(em, noticeKey);
    requireResponsibleOfficer(ctx, notice);
    const from = notice.status;
    const feedback = notice.submitFeedback(fields, em.getReference(User, ctx.viewer.key), ctx.today);
    em.persist(feedback);
    audit({
      action: 'rectificationNotice.submitFeedback',
      object: noticeObject(noticeKey),
      from: { status: from },
      to: {
        status: notice.status,
        submittedOn: feedback.submittedOn,
        onTime: notice.isOnTime(feedback.submittedOn),
        rootCauseAnalysis: feedback.rootCauseAnalysis,
        measuresTaken: feedback.measuresTaken,
        evidence: feedback.evidence,
      },
    });
    return noticeKey;
  });
}

const JUDGEMENTS = { verify: M.actions.verifyNotices, close: M.actions.closeNotices, reopen: M.actions.reopenNotices };

/** The finding's group's inspectors and commission staff judge the feedback: verify, close, or reopen. */
async function judge(
  ctx: Context,
  noticeKey: string,
  action: keyof typeof JUDGEMENTS,
  move: (notice: RectificationNotice, em: EntityManager) => Promise<Record<string, unknown>>,
): Promise<string> {
  requireRole(ctx, INSPECTORS, JUDGEMENTS[action]);
  return write(ctx, async ({ em, audit }) => {
    const notice = await lockNotice(em, noticeKey);
    await requireGroupMember(ctx, em, await groupOfFinding(em, notice.finding.id));
    const from = notice.status;
    const details = await move(notice, em);
    audit({
      action: `rectificationNotice.${action}`,
      object: noticeObject(noticeKey),
      from: { status: from },
      to: { status: notice.status, ...details },
    });
    return noticeKey;
  });
}

export function verifyRectification(ctx: Context, noticeKey: string, note: string): Promise<string> {
  return judge(ctx, noticeKey, 'verify', async (notice, em) => {
    notice.verify(note, em.getReference(User, ctx.viewer.key), ctx.now);
    return { note: notice.verificationNote };
  });
}

export function closeRectificationNotice(ctx: Context, noticeKey: string): Promise<string> {
  return judge(ctx, noticeKey, 'close', async (notice, em) => {
    const [latest] = await em.find(RectificationFeedback, { notice }, { orderBy: { id: 'desc' }, limit: 1 });
    // VERIFIED is reached only through feedback, so there is one; close() refuses any other status first.
    notice.close(ctx.today, latest?.submittedOn ?? ctx.today);
    return { closedOn: notice.closedOn, closedOnTime: notice.closedOnTime };
  });
}

export function reopenRectificationNotice(ctx: Context, noticeKey: string, reason: string): Promise<string> {
  return judge(ctx, noticeKey, 'reopen', async (notice) => {
    notice.reopen(reason);
    return { reason: notice.reopenReason };
  });
}
