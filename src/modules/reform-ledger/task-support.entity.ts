import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { ReformTask } from './reform-task.entity.js';
import { TaskLinkRow } from './task-link.entity.js';

/** A supporting unit of a task (支持配合责任). The indexes serve "tasks a unit supports", in each order. */
@Entity({ tableName: 'reform_task_supporting_unit' })
@Index({ properties: ['unit', 'task'] })
@Index({ properties: ['unit', 'code', 'task'] })
@Index({ properties: ['unit', 'deadline', 'task'] })
@Index({ properties: ['unit', 'status', 'task'] })
@Index({ properties: ['unit', 'updatedAt', 'task'] })
export class TaskSupport extends TaskLinkRow {
  @ManyToOne(() => ReformTask, { primary: true, deleteRule: 'cascade' })
  task!: Rel<ReformTask>;

  @ManyToOne(() => Unit, { primary: true })
  unit!: Rel<Unit>;
}
