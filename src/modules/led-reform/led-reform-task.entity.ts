import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ReformTask, TaskLinkRow, type TaskLink } from '../reform-ledger/index.js';
import { LedReform } from './led-reform.entity.js';

/** A task linked to a led reform. The indexes on the reform serve its tasks, in each order. */
@Entity({ tableName: 'led_reform_task' })
@Index({ properties: ['task', 'ledReform'] })
@Index({ properties: ['ledReform', 'code', 'task'] })
@Index({ properties: ['ledReform', 'deadline', 'task'] })
@Index({ properties: ['ledReform', 'status', 'task'] })
@Index({ properties: ['ledReform', 'updatedAt', 'task'] })
export class LedReformTask extends TaskLinkRow {
  @ManyToOne(() => LedReform, { primary: true, deleteRule: 'cascade' })
  ledReform!: Rel<LedReform>;

  @ManyToOne(() => ReformTask, { primary: true })
  task!: Rel<ReformTask>;
}

/** The table above, as the ledger's loaders read a reform's tasks through it. */
export const LED_REFORM_TASKS: TaskLink = { table: 'led_reform_task', ownerColumn: 'led_reform_id', taskColumn: 'task_id' };
