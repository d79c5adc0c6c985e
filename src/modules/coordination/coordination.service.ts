import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { hasRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write, type Write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { Unit } from '../unit/index.js';
import { User } from '../user/index.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { FundTransactionKind, type ActionItemStatus, type IssueKind, type ParticipantRole } from './coordination.enums.js';
import { CoordinationErrors } from './coordination.errors.js';
import { FundObligation } from './fund-obligation.entity.js';
import { FundTransaction } from './fund-transaction.entity.js';
import { IssueParticipant } from './issue-participant.entity.js';
import { formatFen, parseYuan } from './money.js';
import { ActionItem } from './action-item.entity.js';
import { closureBlockers, describeBlockers, type ClosureFacts } from './closure.js';
import { Meeting } from './meeting.entity.js';

/** Coordinators and commission staff run coordination issues. */
const RUNNERS = [Role.COORDINATOR, Role.COMMISSION_STAFF];

async function findUnit(em: EntityManager, key: string, field: string): Promise<Unit> {
  const unit = await em.findOne(Unit, { id: key });
  if (!unit) throw CoordinationErrors.notFound('unit', field);
  return unit;
}

/** Locks the issue's row: work on one issue is recorded one change after the other. */
async function lockIssue(em: EntityManager, key: string): Promise<CoordinationIssue> {
  const issue = await em.findOne(CoordinationIssue, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!issue) throw CoordinationErrors.notFound('issue', 'issueId');
  return issue;
}

export async function openCoordinationIssue(
  ctx: Context,
  fields: { title: string; description: string; kind: IssueKind; leadUnitKey: string; openedOn: string | null; targetDate: string },
): Promise<string> {
  requireRole(ctx, RUNNERS, 'open coordination issues');
  return write(ctx, async ({ em, audit }) => {
    const issue = new CoordinationIssue({
      ...fields,
      leadUnit: await findUnit(em, fields.leadUnitKey, 'leadUnitId'),
      openedOn: fields.openedOn ?? ctx.today,
    });
    em.persist(issue);
    await em.flush();
    audit({
      action: 'coordinationIssue.open',
      object: { typename: 'CoordinationIssue', key: issue.id },
      from: null,
      to: {
        title: issue.title,
        kind: issue.kind,
        leadUnitId: toGlobalId('Unit', fields.leadUnitKey),
        openedOn: issue.openedOn,
        targetDate: issue.targetDate,
        status: issue.status,
      },
    });
    return issue.id;
  });
}

export async function addIssueParticipant(ctx: Context, issueKey: string, unitKey: string, role: ParticipantRole): Promise<string> {
  requireRole(ctx, RUNNERS, 'add participants');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const unit = await findUnit(em, unitKey, 'unitId');
    if (await em.findOne(IssueParticipant, { issue, unit })) throw CoordinationErrors.alreadyParticipating(unit.code);
    const from = issue.status;
    issue.workRecorded();
    em.persist(new IssueParticipant(issue, unit, role));
    audit({
      action: 'coordinationIssue.addParticipant',
      object: { typename: 'CoordinationIssue', key: issueKey },
      from: { status: from },
      to: { status: issue.status, unitId: toGlobalId('Unit', unitKey), unitName: unit.name, role },
    });
    return issueKey;
  });
}

export async function createFundObligation(
  ctx: Context,
  issueKey: string,
  fields: { payerKey: string; payeeKey: string; purpose: string; amount: string; beneficiaries: number },
): Promise<string> {
  requireRole(ctx, RUNNERS, 'record fund obligations');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const amountFen = parseYuan(fields.amount);
    const [payer, payee] = [await findUnit(em, fields.payerKey, 'payerUnitId'), await findUnit(em, fields.payeeKey, 'payeeUnitId')];
    const from = issue.status;
    issue.workRecorded();
    const obligation = new FundObligation({ issue, payer, payee, purpose: fields.purpose, amountFen, beneficiaries: fields.beneficiaries });
    em.persist(obligation);
    await em.flush();
    audit({
      action: 'coordinationIssue.createObligation',
      object: { typename: 'CoordinationIssue', key: issueKey },
      from: { status: from },
      to: {
        status: issue.status,
        obligationId: toGlobalId('FundObligation', obligation.id),
        payer: payer.name,
        payee: payee.name,
        purpose: obligation.purpose,
        amount: formatFen(amountFen),
        beneficiaries: obligation.beneficiaries,
      },
    });
    return obligation.id;
  });
}

/** Sums of an obligation's transactions by kind, read inside the caller's transaction. */
async function movedSoFar(em: EntityManager, obligationKey: string): Promise<{ transferred: bigint; disbursed: bigint }> {
  const rows = await em.execute<{ kind: FundTransactionKind; total: string }[]>(
    'select kind, sum(amount_fen)::text as total from fund_transaction where obligation_id = ? group by kind',
    [obligationKey],
  );
  const total = (kind: FundTransactionKind) => BigInt(rows.find((r) => r.kind === kind)?.total ?? '0');
  return { transferred: total(FundTransactionKind.TRANSFER), disbursed: total(FundTransactionKind.DISBURSEMENT) };
}

/**
 * Records money moving. The obligation's row is locked first, so concurrent transactions on it are
 * checked one after the other against sums that include every earlier one: a transfer never goes
 * beyond the obligation, a disbursement never beyond what was transferred.
 */
export async function recordFundTransaction(
  ctx: Context,
  obligationKey: string,
  fields: { kind: FundTransactionKind; amount: string; occurredOn: string | null; reference: string },
): Promise<string> {
  requireRole(ctx, [...RUNNERS, Role.UNIT_OFFICER], 'record fund transactions');
  return write(ctx, async ({ em, audit }) => {
    const obligation = await em.findOne(FundObligation, { id: obligationKey }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!obligation) throw CoordinationErrors.notFound('fund obligation', 'obligationId');
    // An officer records only their own unit's side: the payer transfers, the payee disburses.
    const side = fields.kind === FundTransactionKind.TRANSFER ? obligation.payer.id : obligation.payee.id;
    if (!hasRole(ctx.viewer, ...RUNNERS) && ctx.viewer.unitKey !== side) {
      throw forbidden(
        `Only coordinators, commission staff or an officer of the ${fields.kind === FundTransactionKind.TRANSFER ? 'payer' : 'payee'} may record this.`,
      );
    }
    const issue = await lockIssue(em, obligation.issue.id);
    issue.workRecorded();
    const amountFen = parseYuan(fields.amount);
    const moved = await movedSoFar(em, obligationKey);
    const room =
      fields.kind === FundTransactionKind.TRANSFER ? obligation.amountFen - moved.transferred : moved.transferred - moved.disbursed;
    const entry = new FundTransaction(
      {
        obligation,
        kind: fields.kind,
        amountFen,
        occurredOn: fields.occurredOn ?? ctx.today,
        reference: fields.reference,
        recordedBy: em.getReference(User, ctx.viewer.key),
      },
      room,
    );
    em.persist(entry);
    await em.flush();
    audit({
      action: `coordinationIssue.${fields.kind === FundTransactionKind.TRANSFER ? 'transfer' : 'disburse'}`,
      object: { typename: 'CoordinationIssue', key: issue.id },
      from: { transferred: formatFen(moved.transferred), disbursed: formatFen(moved.disbursed) },
      to: {
        obligationId: toGlobalId('FundObligation', obligationKey),
        kind: entry.kind,
        amount: formatFen(amountFen),
        occurredOn: entry.occurredOn,
        reference: entry.reference,
      },
    });
    return entry.id;
  });
}

/** The facts closing looks at, read from the database inside the caller's transaction. */
export async function closureFactsOf(
  run: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  issueKey: string,
): Promise<ClosureFacts> {
  const items = await run(
    'select ai.id as key, ai.description, ai.status, u.name as "assignedUnitName" from action_item ai join unit u on u.id = ai.assigned_unit_id where ai.issue_id = ? order by ai.id',
    [issueKey],
  );
  const obligations = await run(
    `select o.id as key, o.purpose, o.amount_fen::text as amount,
       (select coalesce(sum(t.amount_fen), 0) from fund_transaction t where t.obligation_id = o.id and t.kind = 'DISBURSEMENT')::text as disbursed
     from fund_obligation o where o.issue_id = ? order by o.id`,
    [issueKey],
  );
  return {
    items: items.map((r) => ({
      key: String(r.key),
      description: String(r.description),
      status: r.status as ActionItemStatus,
      assignedUnitName: String(r.assignedUnitName),
    })),
    obligations: obligations.map((r) => ({
      key: String(r.key),
      purpose: String(r.purpose),
      amountFen: BigInt(String(r.amount)),
      disbursedFen: BigInt(String(r.disbursed)),
    })),
  };
}

function auditIssue(
  audit: Write['audit'],
  key: string,
  action: string,
  from: Record<string, unknown> | null,
  to: Record<string, unknown>,
): void {
  audit({ action: `coordinationIssue.${action}`, object: { typename: 'CoordinationIssue', key }, from, to });
}

export interface MeetingFields {
  heldOn: string;
  title: string;
  minutes: string;
  attendingUnitKeys: string[];
  resolutions: { text: string; actions: { description: string; assignedUnitKey: string; dueDate: string }[] }[];
}

export async function recordMeeting(ctx: Context, issueKey: string, fields: MeetingFields): Promise<string> {
  requireRole(ctx, RUNNERS, 'record meetings');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const attending = await Promise.all(fields.attendingUnitKeys.map((key) => findUnit(em, key, 'attendingUnitIds')));
    const from = issue.status;
    issue.workRecorded();
    const meeting = new Meeting(
      {
        issue,
        heldOn: fields.heldOn,
        title: fields.title,
        minutes: fields.minutes,
        attendingUnitIds: [...new Set(attending.map((u) => u.id))],
        resolutions: fields.resolutions.map((r) => r.text),
      },
      ctx.today,
    );
    em.persist(meeting);
    const items: ActionItem[] = [];
    for (const resolution of fields.resolutions) {
      for (const action of resolution.actions) {
        const item = new ActionItem({
          issue,
          meeting,
          description: action.description,
          assignedUnit: await findUnit(em, action.assignedUnitKey, 'assignedUnitId'),
          dueDate: action.dueDate,
        });
        em.persist(item);
        items.push(item);
      }
    }
    await em.flush();
    auditIssue(
      audit,
      issueKey,
      'recordMeeting',
      { status: from },
      {
        status: issue.status,
        meetingId: toGlobalId('Meeting', meeting.id),
        heldOn: meeting.heldOn,
        title: meeting.title,
        attending: attending.map((u) => u.name),
        resolutions: meeting.resolutions,
      },
    );
    for (const item of items)
      auditIssue(audit, issueKey, 'assignAction', null, {
        actionItemId: toGlobalId('ActionItem', item.id),
        description: item.description,
        assignedUnit: item.assignedUnit.name,
        dueDate: item.dueDate,
      });
    return meeting.id;
  });
}

export async function addActionItem(
  ctx: Context,
  issueKey: string,
  fields: { description: string; assignedUnitKey: string; dueDate: string },
): Promise<string> {
  requireRole(ctx, RUNNERS, 'assign action items');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const from = issue.status;
    issue.workRecorded();
    const item = new ActionItem({
      issue,
      meeting: null,
      description: fields.description,
      assignedUnit: await findUnit(em, fields.assignedUnitKey, 'assignedUnitId'),
      dueDate: fields.dueDate,
    });
    em.persist(item);
    await em.flush();
    auditIssue(
      audit,
      issueKey,
      'assignAction',
      { status: from },
      {
        status: issue.status,
        actionItemId: toGlobalId('ActionItem', item.id),
        description: item.description,
        assignedUnit: item.assignedUnit.name,
        dueDate: item.dueDate,
      },
    );
    return item.id;
  });
}

/** Completes (with evidence) or cancels (with a reason) an action item. */
export async function settleActionItem(ctx: Context, itemKey: string, outcome: 'complete' | 'cancel', text: string): Promise<string> {
  requireRole(ctx, outcome === 'complete' ? [...RUNNERS, Role.UNIT_OFFICER] : RUNNERS, `${outcome} action items`);
  return write(ctx, async ({ em, audit }) => {
    const found = await em.findOne(ActionItem, { id: itemKey }, { fields: ['id', 'issue'] });
    if (!found) throw CoordinationErrors.notFound('action item', 'actionItemId');
    await lockIssue(em, found.issue.id);
    const item = await em.findOneOrFail(ActionItem, { id: itemKey }, { populate: ['assignedUnit'], refresh: true });
    // An officer completes only their own unit's items.
    if (!hasRole(ctx.viewer, ...RUNNERS) && ctx.viewer.unitKey !== item.assignedUnit.id)
      throw forbidden('Only an officer of the assigned unit, a coordinator or commission staff may complete this item.');
    const by = em.getReference(User, ctx.viewer.key);
    if (outcome === 'complete') item.complete(text, by);
    else item.cancel(text, by);
    auditIssue(
      audit,
      found.issue.id,
      outcome === 'complete' ? 'completeAction' : 'cancelAction',
      { status: 'OPEN' },
      {
        actionItemId: toGlobalId('ActionItem', itemKey),
        description: item.description,
        status: item.status,
        [outcome === 'complete' ? 'evidence' : 'reason']: item.evidence,
      },
    );
    return item.issue.id;
  });
}

export async function resolveCoordinationIssue(ctx: Context, issueKey: string): Promise<string> {
  requireRole(ctx, RUNNERS, 'resolve issues');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const from = issue.status;
    issue.resolve();
    auditIssue(audit, issueKey, 'resolve', { status: from }, { status: issue.status });
    return issueKey;
  });
}

export async function closeCoordinationIssue(ctx: Context, issueKey: string): Promise<string> {
  requireRole(ctx, RUNNERS, 'close issues');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const facts = await closureFactsOf((sql, params) => em.execute(sql, params), issueKey);
    issue.close(describeBlockers(closureBlockers(facts)));
    auditIssue(audit, issueKey, 'close', { status: 'RESOLVED' }, { status: issue.status });
    return issueKey;
  });
}

export async function reopenCoordinationIssue(ctx: Context, issueKey: string, reason: string): Promise<string> {
  requireRole(ctx, RUNNERS, 'reopen issues');
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const from = issue.status;
    issue.reopen(reason);
    auditIssue(audit, issueKey, 'reopen', { status: from }, { status: issue.status, reason: issue.reopenReason });
    return issueKey;
  });
}
