import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, listLoader } from '../../shared/db/loader.js';
import { timestamp } from '../../shared/db/values.js';
import { formatFen } from './money.js';
import { selectIssues, selectObligations, toIssue, toObligation } from './coordination.read.js';
import type { FundTransactionType, IssueParticipantType } from './coordination.types.js';

type Row = Record<string, unknown>;

export function coordinationLoaders(db: Knex) {
  return {
    issueByKey: columnLoader(
      () => selectIssues(db),
      'i.id',
      toIssue,
      (i) => i.key,
    ),
    obligationByKey: columnLoader(
      () => selectObligations(db),
      'o.id',
      toObligation,
      (o) => o.key,
    ),
    participantsOf: listLoader(async (keys) =>
      (
        (await db('issue_participant as ip')
          .select({ role: 'ip.role', addedAt: 'ip.added_at', unitKey: 'ip.unit_id', issueKey: 'ip.issue_id' })
          .whereIn('ip.issue_id', [...keys])
          .orderBy(['ip.issue_id', 'ip.added_at', 'ip.unit_id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: { ...row, addedAt: timestamp(row.addedAt) } as unknown as IssueParticipantType,
      })),
    ),
    obligationsOf: listLoader(async (keys) =>
      (
        (await selectObligations(db)
          .whereIn('o.issue_id', [...keys])
          .orderBy(['o.issue_id', 'o.id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.issueKey),
        item: toObligation(row),
      })),
    ),
    transactionsOf: listLoader(async (keys) =>
      (
        (await db('fund_transaction as t')
          .select({
            kind: 't.kind',
            amountFen: db.raw('t.amount_fen::text'),
            occurredOn: 't.occurred_on',
            reference: 't.reference',
            obligationKey: 't.obligation_id',
          })
          .whereIn('t.obligation_id', [...keys])
          .orderBy(['t.obligation_id', 't.occurred_on', 't.id'])) as Row[]
      ).map((row) => ({
        groupKey: String(row.obligationKey),
        item: { ...row, amount: formatFen(BigInt(String(row.amountFen))) } as unknown as FundTransactionType,
      })),
    ),
  };
}
