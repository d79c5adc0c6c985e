import type { Knex } from '@mikro-orm/postgresql';
import { withTiebreaker } from '../../shared/graphql/cursor.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { timestamp } from '../../shared/db/values.js';
import { IssueEvent, type FieldChange } from './issue-event.types.js';

type Row = Record<string, unknown>;

export const selectEvents = (db: Knex) =>
  db('audit_entry as ae').select({
    key: 'ae.id',
    action: 'ae.action',
    actorName: 'ae.actor',
    at: 'ae.created_at',
    from: 'ae.from',
    to: 'ae.to',
    objectId: 'ae.object_id',
  });

/** A recorded value as text: strings as they are, numbers and flags written out, lists and objects as JSON. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/**
 * An audit entry's before and after as field changes: every field either side recorded, in the
 * order recorded, except those it left as they were.
 */
export function changesOf(from: Record<string, unknown> | null, to: Record<string, unknown> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])];
  return fields
    .map((field) => ({ field, from: asText(from?.[field]), to: asText(to?.[field]) }))
    .filter((change) => change.from !== change.to);
}

export const toEvent = (row: Row) =>
  nodeRow(IssueEvent, 'IssueEvent', {
    key: row.key,
    action: row.action,
    actorName: row.actorName,
    at: timestamp(row.at),
    changes: changesOf(row.from as Record<string, unknown> | null, row.to as Record<string, unknown> | null),
    objectId: row.objectId,
  } as unknown as IssueEvent);

/** Oldest first: the order things happened in. */
export const eventSortKeys = withTiebreaker([], 'ae.id');
