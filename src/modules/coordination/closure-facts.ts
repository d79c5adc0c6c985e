import type { Knex } from '@mikro-orm/postgresql';
import type { ActionItemStatus } from './coordination.enums.js';
import type { ClosureFacts } from './closure.js';

/** Runs a query where the caller reads: inside a write's transaction, or on the request's connection. */
export type RunQuery = (query: Knex.QueryBuilder) => Promise<Record<string, unknown>[]>;

/**
 * The facts `closure.ts` judges, for many issues in two statements: `closeCoordinationIssue` reads
 * them for one issue under its lock. The `closureBlockers` field builds the same facts from the rows
 * its issue's action items and obligations are listed from (coordination.loaders.ts), the same
 * columns in the same order; closure.ts judges both.
 */
export async function closureFactsOf(db: Knex, run: RunQuery, issueKeys: readonly string[]): Promise<Map<string, ClosureFacts>> {
  const facts = new Map<string, ClosureFacts>(issueKeys.map((key) => [key, { items: [], obligations: [] }]));
  if (issueKeys.length === 0) return facts;
  const items = await run(
    db('action_item as ai')
      .join('unit as u', 'u.id', 'ai.assigned_unit_id')
      .select({ issueKey: 'ai.issue_id', key: 'ai.id', description: 'ai.description', status: 'ai.status', assignedUnitName: 'u.name' })
      .whereIn('ai.issue_id', [...issueKeys])
      .orderBy(['ai.issue_id', 'ai.due_date', 'ai.id']),
  );
  const obligations = await run(
    db('fund_obligation as o')
      .select({
        issueKey: 'o.issue_id',
        key: 'o.id',
        purpose: 'o.purpose',
        amountFen: db.raw('o.amount_fen::text'),
        disbursedFen: db.raw(
          `(select coalesce(sum(t.amount_fen), 0)::text from fund_transaction t where t.obligation_id = o.id and t.kind = 'DISBURSEMENT')`,
        ),
      })
      .whereIn('o.issue_id', [...issueKeys])
      .orderBy(['o.issue_id', 'o.id']),
  );
  for (const r of items) {
    facts.get(String(r.issueKey))?.items.push({
      key: String(r.key),
      description: String(r.description),
      status: r.status as ActionItemStatus,
      assignedUnitName: String(r.assignedUnitName),
    });
  }
  for (const r of obligations) {
    facts.get(String(r.issueKey))?.obligations.push({
      key: String(r.key),
      purpose: String(r.purpose),
      amountFen: BigInt(String(r.amountFen)),
      disbursedFen: BigInt(String(r.disbursedFen)),
    });
  }
  return facts;
}
