import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { Unit } from '../unit/index.js';
import { ReformTask } from './reform-task.entity.js';

/** A supporting unit of a task (支持配合责任). The index serves "tasks a unit supports". */
@Entity({ tableName: 'reform_task_supporting_unit' })
@Index({ properties: ['unit', 'task'] })
export class TaskSupport {
  @ManyToOne(() => ReformTask, { primary: true, deleteRule: 'cascade' })
  task!: Rel<ReformTask>;

  @ManyToOne(() => Unit, { primary: true })
  unit!: Rel<Unit>;
}
