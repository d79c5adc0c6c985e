import { requireText } from '../../shared/domain/values.js';
import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../user/index.js';
import { ReformTaskErrors } from './reform-task.errors.js';
import { plausibleDate, ReformTask } from './reform-task.entity.js';

/** One entry of a task's history: how far it is, in the reporter's words. Never edited. */
@Entity({ tableName: 'task_progress_report' })
@Index({ properties: ['task', 'reportedOn', 'id'] })
export class TaskProgressReport {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => ReformTask)
  task: Rel<ReformTask>;

  @Property({ type: 'date' })
  reportedOn: string;

  @Property({ type: 'smallint' })
  percent: number;

  @Property({ type: 'text' })
  narrative: string;

  @ManyToOne(() => User)
  reporter: Rel<User>;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  constructor(props: { task: ReformTask; reportedOn: string; percent: number; narrative: string; reporter: User }) {
    if (!Number.isInteger(props.percent) || props.percent < 0 || props.percent > 100) throw ReformTaskErrors.invalidPercent(props.percent);
    const narrative = requireText(props.narrative, 4000, () => ReformTaskErrors.invalidText('narrative', 'A narrative', 4000));
    this.task = props.task;
    this.reportedOn = plausibleDate(props.reportedOn, 'reportedOn');
    this.percent = props.percent;
    this.narrative = narrative;
    this.reporter = props.reporter;
  }
}
