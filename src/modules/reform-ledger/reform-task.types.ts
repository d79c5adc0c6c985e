import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import type { UnitType } from '../unit/index.js';
import { DeliverableForm, TaskStatus } from './reform-ledger.enums.js';

@ObjectType('ReformTask', {
  implements: Node,
  description: 'A task of a ledger: one lead unit, any supporting units, a deliverable and a deadline.',
})
export class ReformTaskType extends Node {
  @Field(() => String, { description: 'Code, unique within its ledger, e.g. `F-017`.' })
  code!: string;

  @Field(() => String, { description: 'Title in Chinese.' })
  title!: string;

  @Field(() => String, { description: 'What the task asks for.' })
  description!: string;

  @Field(() => DeliverableForm, { description: 'The form the result takes (成果形式).' })
  deliverableForm!: DeliverableForm;

  @Field(() => LocalDateResolver, { description: 'Deadline (完成时限), a date in the province’s time.' })
  deadline!: string;

  @Field(() => TaskStatus, { description: 'Where the task stands in its workflow.' })
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'The deliverable as the lead unit described it on submitting.' })
  deliverableDescription!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the commission last returned the deliverable.' })
  returnReason!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the commission accepted the deliverable.' })
  completedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the task was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the task last changed.' })
  updatedAt!: Date;

  ledgerKey!: string;
  sectionKey!: string;
  leadUnitKey!: string;
  /** The supporting units' keys, read with the task so that they load in the lead units' batch. */
  supportingUnitKeys!: string[];
  implementsKey!: string | null;
  /**
   * Relations read in the task's own statement (`toTaskPriming`): their resolvers hand these back
   * as they are, without a loader. Undefined when the statement did not read them.
   */
  joined?: { leadUnit?: UnitType; supportingUnits?: UnitType[]; latestProgress?: TaskProgressReportType | null };
}

@ObjectType('TaskProgressReport', { implements: Node, description: 'One entry of a task’s progress history.' })
export class TaskProgressReportType extends Node {
  @Field(() => LocalDateResolver, { description: 'The date the report speaks for.' })
  reportedOn!: string;

  @Field(() => Int, { description: 'How far the task is, 0–100.' })
  percent!: number;

  @Field(() => String, { description: 'What was done, in the reporter’s words.' })
  narrative!: string;

  @Field(() => DateTimeResolver, { description: 'When the report was recorded.' })
  createdAt!: Date;

  taskKey!: string;
  reporterKey!: string;
}

export const ReformTaskConnection = ConnectionType(ReformTaskType, 'ReformTask');
export const TaskProgressReportConnection = ConnectionType(TaskProgressReportType, 'TaskProgressReport');
