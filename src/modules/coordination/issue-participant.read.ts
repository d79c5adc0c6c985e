import type { Knex } from '@mikro-orm/postgresql';
import { withTimestamps } from '../../shared/db/values.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { IssueParticipantType } from './coordination-issue.types.js';

type Row = Record<string, unknown>;

export const selectParticipants = (db: Knex) =>
  db('issue_participant as ip').select({
    key: 'ip.id',
    role: 'ip.role',
    addedAt: 'ip.added_at',
    unitKey: 'ip.unit_id',
    issueKey: 'ip.issue_id',
  });

/** An issue's participants in the order added (after the issue column, where rows of several issues are read). */
export const PARTICIPANT_ORDER = ['ip.added_at', 'ip.id'];

export const toParticipant = (row: Row) =>
  withTimestamps(nodeRow(IssueParticipantType, 'IssueParticipant', row as unknown as IssueParticipantType), 'addedAt');
