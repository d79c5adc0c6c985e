import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ReformTask } from '../reform-ledger/index.js';
import { LedReform } from './led-reform.entity.js';

/** A task linked to a led reform. */
@Entity({ tableName: 'led_reform_task' })
@Index({ properties: ['task', 'ledReform'] })
export class LedReformTask {
  @ManyToOne(() => LedReform, { primary: true, deleteRule: 'cascade' })
  ledReform!: Rel<LedReform>;

  @ManyToOne(() => ReformTask, { primary: true })
  task!: Rel<ReformTask>;
}
