import { requireText } from '../../shared/domain/values.js';
import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { ReformTask, TaskStatus } from '../reform-ledger/index.js';
import { Person, Unit } from '../unit/index.js';
import { LedReformStatus } from './led-reform.enums.js';
import { LedReformErrors } from './led-reform.errors.js';
import { LedReformTask } from './led-reform-task.entity.js';

/** A reform a unit's principal head leads personally (领衔抓), carried out through linked tasks. */
@Entity({ tableName: 'led_reform' })
@Index({ properties: ['year', 'id'] })
@Index({ properties: ['unit', 'year'] })
@Index({ properties: ['theme', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class LedReform extends BaseEntity {
  @Property({ type: 'text' })
  theme: string;

  @Property({ type: 'smallint' })
  year: number;

  @ManyToOne(() => Person)
  leader: Rel<Person>;

  /** The leader's unit. */
  @ManyToOne(() => Unit)
  unit: Rel<Unit>;

  @ManyToMany({ entity: () => ReformTask, pivotEntity: () => LedReformTask })
  tasks = new Collection<ReformTask>(this);

  @Enum({ items: () => LedReformStatus, type: 'text' })
  status: LedReformStatus = LedReformStatus.IN_PROGRESS;

  @Property({ type: 'datetime', length: 3, nullable: true })
  completedAt: Date | null = null;

  constructor(props: { theme: string; year: number; leader: Person }) {
    super();
    const theme = requireText(props.theme, 200, () => LedReformErrors.invalidTheme());
    if (!Number.isInteger(props.year) || props.year < 2000 || props.year > 2100) throw LedReformErrors.invalidYear(props.year);
    if (!props.leader.isPrincipalHead) throw LedReformErrors.notPrincipalHead(props.leader.name);
    this.theme = theme;
    this.year = props.year;
    this.leader = props.leader;
    this.unit = props.leader.unit;
  }

  /** Adds tasks to the reform; a completed reform's tasks are fixed. */
  link(tasks: readonly ReformTask[]): void {
    if (this.status === LedReformStatus.COMPLETED) throw LedReformErrors.completed();
    for (const task of tasks) if (!this.tasks.contains(task)) this.tasks.add(task);
  }

  /** Closes the reform `now`: it needs at least one linked task, and every linked task completed. */
  complete(now: Date): void {
    if (this.status === LedReformStatus.COMPLETED) throw LedReformErrors.alreadyCompleted();
    const tasks = this.tasks.getItems();
    if (tasks.length === 0) throw LedReformErrors.noTasks();
    const open = tasks.filter((t) => t.status !== TaskStatus.COMPLETED).map((t) => `${t.code} (${t.status})`);
    if (open.length > 0) throw LedReformErrors.tasksOpen(open);
    this.status = LedReformStatus.COMPLETED;
    this.completedAt = now;
  }
}
