import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { LedgerSectionType, LedgerType } from './ledger.types.js';

// Reads select plain rows shaped like the GraphQL types; every authenticated user may read the ledger.

type Row = Record<string, unknown>;

export const selectLedgers = (db: Knex) =>
  db('ledger as l').select({ key: 'l.id', code: 'l.code', kind: 'l.kind', year: 'l.year', title: 'l.title' });
export const toLedger = (row: Row) => nodeRow(LedgerType, 'Ledger', row as unknown as LedgerType);
const ledgerSortKeys = withTiebreaker([{ column: 'l.code', property: 'code', direction: 'asc' }], 'l.id');

export const selectSections = (db: Knex) =>
  db('ledger_section as s').select({ key: 's.id', code: 's.code', ordinal: 's.ordinal', title: 's.title', ledgerKey: 's.ledger_id' });
export const toSection = (row: Row) => nodeRow(LedgerSectionType, 'LedgerSection', row as unknown as LedgerSectionType);

export function listLedgers(ctx: Context, page: PageArgs): Promise<Page<LedgerType>> {
  return paginate({ db: ctx.db, query: () => selectLedgers(ctx.db), keys: ledgerSortKeys, args: page, map: toLedger });
}
