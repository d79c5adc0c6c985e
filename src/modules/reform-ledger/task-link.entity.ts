import { Property } from '@mikro-orm/core';

/**
 * A row that links something to a task (a supporting unit, a led reform), carrying copies of the
 * task's sort columns, which triggers keep equal to the task's (migration 20261204110000): each
 * ordering of "the tasks of this unit / this reform" then has an index on the link table,
 * `(owner, column, task_id)`, that a page seeks, as `(lead_unit_id, column, id)` serves a unit's
 * lead tasks. No single index can span the link table's owner and the task's column, and without
 * one a page either sorts all of its owner's tasks or walks every task in order probing the link.
 * The copies are the database's to write: no code sets them.
 */
export abstract class TaskLinkRow {
  @Property({ type: 'text', hidden: true })
  code!: string;

  @Property({ type: 'date', hidden: true })
  deadline!: string;

  @Property({ type: 'text', hidden: true })
  status!: string;

  @Property({ type: 'datetime', length: 3, hidden: true })
  updatedAt!: Date;
}
