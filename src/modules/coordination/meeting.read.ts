import type { Knex } from '@mikro-orm/postgresql';
import { nodeRow } from '../../shared/graphql/node.js';
import { MeetingType } from './coordination-issue.types.js';

type Row = Record<string, unknown>;

export const selectMeetings = (db: Knex) =>
  db('coordination_meeting as m').select({
    key: 'm.id',
    heldOn: 'm.held_on',
    title: 'm.title',
    minutes: 'm.minutes',
    resolutions: 'm.resolutions',
    attendingUnitKeys: 'm.attending_unit_ids',
    issueKey: 'm.issue_id',
  });

export const toMeeting = (row: Row) => nodeRow(MeetingType, 'Meeting', row as unknown as MeetingType);
