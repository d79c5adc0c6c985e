import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import { LocalDateResolver } from 'graphql-scalars';
import { TaskStatus } from './reform-ledger.enums.js';

// What the dashboards return: counts, not nodes; their parts link to the nodes they count.

@ObjectType({ description: 'How many tasks are in one status.' })
export class StatusCount {
  @Field(() => TaskStatus, { description: 'The status.' })
  status!: TaskStatus;

  @Field(() => Int, { description: 'Tasks in it.' })
  count!: number;
}

@ObjectType({ description: 'Counts over a set of tasks.' })
export class TaskTally {
  @Field(() => Int, { description: 'All tasks.' })
  total!: number;

  @Field(() => Int, { description: 'Tasks past their deadline, neither completed nor cancelled.' })
  overdue!: number;

  @Field(() => Int, { description: 'Completed tasks.' })
  completed!: number;

  @Field(() => Float, { description: 'Completed tasks over all tasks not cancelled, from 0 to 1 (0 when there are none).' })
  completionRate!: number;

  @Cost({ bound: Object.keys(TaskStatus).length })
  @Field(() => [StatusCount], { description: 'Tasks per status, every status listed (in workflow order), zeros included.' })
  byStatus!: StatusCount[];
}

@ObjectType({ description: 'The tally of one section of a ledger.' })
export class SectionTally {
  @Field(() => TaskTally, { description: 'Counts over the section’s tasks.' })
  tally!: TaskTally;

  sectionKey!: string;
}

@ObjectType({ description: 'The tally of the tasks one unit leads in a ledger.' })
export class LeadUnitTally {
  @Field(() => TaskTally, { description: 'Counts over the tasks the unit leads.' })
  tally!: TaskTally;

  unitKey!: string;
}

@ObjectType({ description: 'Where a ledger stands: overall, per section and per lead unit.' })
export class LedgerSummary {
  @Field(() => LocalDateResolver, { description: 'The day “overdue” is counted against.' })
  asOf!: string;

  @Field(() => TaskTally, { description: 'Counts over the whole ledger.' })
  overall!: TaskTally;

  @Cost({ bound: 20 })
  @Field(() => [SectionTally], { description: 'Per section, in section order (sections without tasks included).' })
  bySection!: SectionTally[];

  @Cost({ bound: 200 })
  @Field(() => [LeadUnitTally], { description: 'Per lead unit, most tasks first.' })
  byLeadUnit!: LeadUnitTally[];

  ledgerKey!: string;
}

@ObjectType({ description: 'What one unit carries across all ledgers: tasks it leads and tasks it supports.' })
export class UnitWorkload {
  @Field(() => LocalDateResolver, { description: 'The day “overdue” is counted against.' })
  asOf!: string;

  @Field(() => TaskTally, { description: 'Tasks the unit leads.' })
  lead!: TaskTally;

  @Field(() => TaskTally, { description: 'Tasks the unit supports.' })
  supporting!: TaskTally;

  unitKey!: string;
}
