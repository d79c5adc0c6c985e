import type { Knex } from '@mikro-orm/postgresql';
import { nodeRow } from '../../shared/graphql/node.js';
import { formatFen } from './money.js';
import { FundObligationType, FundTransactionType, type FenTotals, type FundTotals } from './fund.types.js';

type Row = Record<string, unknown>;

/** Obligations with their totals, summed in SQL over exact integer fen. */
export const selectObligations = (db: Knex) =>
  db('fund_obligation as o').select({
    key: 'o.id',
    purpose: 'o.purpose',
    amountFen: db.raw('o.amount_fen::text'),
    beneficiaries: 'o.beneficiaries',
    issueKey: 'o.issue_id',
    payerKey: 'o.payer_id',
    payeeKey: 'o.payee_id',
    transferredFen: db.raw(
      `(select coalesce(sum(t.amount_fen), 0)::text from fund_transaction t where t.obligation_id = o.id and t.kind = 'TRANSFER')`,
    ),
    disbursedFen: db.raw(
      `(select coalesce(sum(t.amount_fen), 0)::text from fund_transaction t where t.obligation_id = o.id and t.kind = 'DISBURSEMENT')`,
    ),
  });

/** An issue's obligations in the order recorded. */
export const OBLIGATION_ORDER = ['o.id'];

/** Totals in yuan from sums in fen; outstanding is what is still to disburse. */
export function totalsOf(fen: FenTotals): FundTotals {
  return {
    obligated: formatFen(fen.obligated),
    transferred: formatFen(fen.transferred),
    disbursed: formatFen(fen.disbursed),
    outstanding: formatFen(fen.obligated - fen.disbursed),
  };
}

/** The totals over several obligations, added in fen. */
export function totalsOver(obligations: readonly { fen: FenTotals }[]): FundTotals {
  const sum = (pick: (fen: FenTotals) => bigint) => obligations.reduce((total, o) => total + pick(o.fen), 0n);
  return totalsOf({ obligated: sum((f) => f.obligated), transferred: sum((f) => f.transferred), disbursed: sum((f) => f.disbursed) });
}

export const toObligation = (row: Row) => {
  const fen = {
    obligated: BigInt(String(row.amountFen)),
    transferred: BigInt(String(row.transferredFen)),
    disbursed: BigInt(String(row.disbursedFen)),
  };
  return nodeRow(FundObligationType, 'FundObligation', {
    ...row,
    amount: formatFen(fen.obligated),
    fen,
    totals: totalsOf(fen),
  } as unknown as FundObligationType);
};

export const selectTransactions = (db: Knex) =>
  db('fund_transaction as t').select({
    key: 't.id',
    kind: 't.kind',
    amountFen: db.raw('t.amount_fen::text'),
    occurredOn: 't.occurred_on',
    reference: 't.reference',
    recordedByKey: 't.recorded_by_id',
    obligationKey: 't.obligation_id',
  });

export const toTransaction = (row: Row) =>
  nodeRow(FundTransactionType, 'FundTransaction', {
    ...row,
    amount: formatFen(BigInt(String(row.amountFen))),
  } as unknown as FundTransactionType);
