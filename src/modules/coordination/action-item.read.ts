import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import type { Page, PageArgs } from '../../shared/graphql/connection.js';
import { orderKeys, type SortKey } from '../../shared/graphql/cursor.js';
import { conditionField, filtered, type FilterField } from '../../shared/graphql/filter.js';
import { nodeRow } from '../../shared/graphql/node.js';
import { paginate } from '../../shared/graphql/paginate.js';
import { withTimestamps } from '../../shared/db/values.js';
import { ActionItemOrderField, type ActionItemFilter, type ActionItemOrder } from './action-item.inputs.js';
import { ActionItemType } from './action-item.types.js';

type Row = Record<string, unknown>;

export const selectActionItems = (db: Knex) =>
  db('action_item as ai').select({
    key: 'ai.id',
    description: 'ai.description',
    dueDate: 'ai.due_date',
    status: 'ai.status',
    evidence: 'ai.evidence',
    completedAt: 'ai.completed_at',
    completedByKey: 'ai.completed_by_id',
    createdAt: 'ai.created_at',
    issueKey: 'ai.issue_id',
    assignedUnitKey: 'ai.assigned_unit_id',
    meetingKey: 'ai.meeting_id',
  });

/** An issue's action items, earliest due first. */
export const ACTION_ITEM_ORDER = ['ai.due_date', 'ai.id'];

export const toActionItem = (row: Row) =>
  withTimestamps(nodeRow(ActionItemType, 'ActionItem', row as unknown as ActionItemType), 'completedAt');

function actionItemFields(ctx: Context): Record<string, FilterField> {
  return {
    assignedUnit: { column: 'ai.assigned_unit_id', kind: 'id', typename: 'Unit' },
    status: { column: 'ai.status', kind: 'enum' },
    dueDate: { column: 'ai.due_date', kind: 'date' },
    // The SQL twin of `itemIsOverdue` (action-item.entity.ts).
    overdue: conditionField((q) => void q.where('ai.due_date', '<', ctx.today).where('ai.status', 'OPEN')),
  };
}

const actionItemOrderColumns: Record<ActionItemOrderField, Omit<SortKey, 'direction'>> = {
  [ActionItemOrderField.DUE_DATE]: { column: 'ai.due_date', property: 'dueDate', type: 'date' },
  [ActionItemOrderField.CREATED_AT]: { column: 'ai.created_at', property: 'createdAt', type: 'timestamp' },
};

/** Earliest due first unless `orderBy` says otherwise: a unit's inbox. */
export function listActionItems(
  ctx: Context,
  page: PageArgs,
  filter?: ActionItemFilter | null,
  orderBy?: ActionItemOrder[] | null,
): Promise<Page<ActionItemType>> {
  const terms = orderBy?.length ? orderBy : [{ field: ActionItemOrderField.DUE_DATE, direction: 'ASC' }];
  return paginate({
    db: ctx.db,
    query: filtered(() => selectActionItems(ctx.db), filter, actionItemFields(ctx)),
    keys: orderKeys(actionItemOrderColumns, terms, 'ai.id'),
    args: page,
    map: toActionItem,
  });
}
