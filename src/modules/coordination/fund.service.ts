import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { hasRole, holdsRole, requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { User } from '../user/index.js';
import { FundTransactionKind } from './coordination.enums.js';
import { CoordinationErrors } from './coordination.errors.js';
import { coordinationMessages } from './coordination.messages.js';
import { FundObligation } from './fund-obligation.entity.js';
import { findUnit } from '../unit/index.js';
import { auditIssue, lockIssue, RUNNERS } from './issue-lock.js';
import { formatFen, parseYuan } from './money.js';

// Funds: obligations between units, and the money that moves under them.

export async function createFundObligation(
  ctx: Context,
  issueKey: string,
  fields: { payerKey: string; payeeKey: string; purpose: string; amount: string; beneficiaries: number },
): Promise<string> {
  requireRole(ctx, RUNNERS, coordinationMessages.actions.recordObligations);
  return write(ctx, async ({ em, audit }) => {
    const issue = await lockIssue(em, issueKey);
    const amountFen = parseYuan(fields.amount);
    const [payer, payee] = [await findUnit(em, fields.payerKey, 'payerUnitId'), await findUnit(em, fields.payeeKey, 'payeeUnitId')];
    const from = issue.status;
    issue.workRecorded();
    const obligation = new FundObligation({ issue, payer, payee, purpose: fields.purpose, amountFen, beneficiaries: fields.beneficiaries });
    em.persist(obligation);
    await em.flush();
    auditIssue(
      audit,
      issueKey,
      'createObligation',
      { status: from },
      {
        status: issue.status,
        obligationId: toGlobalId('FundObligation', obligation.id),
        payer: payer.name,
        payee: payee.name,
        purpose: obligation.purpose,
        amount: formatFen(amountFen),
        beneficiaries: obligation.beneficiaries,
      },
    );
    return obligation.id;
  });
}

/**
 * Records money moving. The obligation's row is locked first, so concurrent transactions on it are
 * checked one after the other (`FundObligation.record`) against every earlier one. Settling is
 * allowed until the issue is CLOSED: a RESOLVED issue's money moves without reopening it.
 */
export async function recordFundTransaction(
  ctx: Context,
  obligationKey: string,
  fields: { kind: FundTransactionKind; amount: string; occurredOn: string | null; reference: string },
): Promise<string> {
  requireRole(ctx, [...RUNNERS, Role.UNIT_OFFICER], coordinationMessages.actions.recordTransactions);
  return write(ctx, async ({ em, audit }) => {
    const obligation = await em.findOne(FundObligation, { id: obligationKey }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!obligation) throw CoordinationErrors.notFound('fund obligation', 'obligationId');
    // An officer records only their own unit's side: the payer transfers, the payee disburses.
    const transfer = fields.kind === FundTransactionKind.TRANSFER;
    if (!hasRole(ctx.viewer, ...RUNNERS) && !holdsRole(ctx.viewer, Role.UNIT_OFFICER, transfer ? obligation.payer.id : obligation.payee.id))
      throw forbidden(coordinationMessages.transactionParty(transfer));
    const issue = await lockIssue(em, obligation.issue.id);
    issue.settlementRecorded();
    const amountFen = parseYuan(fields.amount);
    await obligation.transactions.init();
    const before = obligation.moved();
    const entry = obligation.record({
      kind: fields.kind,
      amountFen,
      occurredOn: fields.occurredOn ?? ctx.today,
      reference: fields.reference,
      recordedBy: em.getReference(User, ctx.viewer.key),
    });
    em.persist(entry);
    await em.flush();
    const after = obligation.moved();
    auditIssue(
      audit,
      issue.id,
      transfer ? 'transfer' : 'disburse',
      { transferred: formatFen(before.transferred), disbursed: formatFen(before.disbursed) },
      {
        transferred: formatFen(after.transferred),
        disbursed: formatFen(after.disbursed),
        obligationId: toGlobalId('FundObligation', obligationKey),
        kind: entry.kind,
        amount: formatFen(amountFen),
        occurredOn: entry.occurredOn,
        reference: entry.reference,
      },
    );
    return obligationKey;
  });
}
