import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { DeliverableForm, TaskAction } from './reform-ledger.enums.js';

@InputType({ description: 'A new task in a ledger.' })
export class CreateReformTaskInput {
  @Field(() => ID, { description: 'The ledger.' })
  ledgerId!: string;

  @Field(() => ID, { description: 'The section of that ledger.' })
  sectionId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Code, unique within the ledger.' })
  code!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the task asks for.' })
  description!: string;

  @Field(() => DeliverableForm, { description: 'The form the result takes.' })
  deliverableForm!: DeliverableForm;

  @Field(() => ID, { description: 'The one lead unit (主体责任).' })
  leadUnitId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Supporting units (支持配合责任); never the lead unit.' })
  supportingUnitIds!: string[];

  @Field(() => LocalDateResolver, { description: 'Deadline.' })
  deadline!: string;

  @Field(() => ID, { nullable: true, description: 'For an annual-plan measure: the framework task it carries out.' })
  implementsId?: string | null;
}

@InputType({ description: 'Changes to a task; omitted fields stay as they are.' })
export class UpdateReformTaskInput {
  @Field(() => ID, { description: 'The task.' })
  id!: string;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New deadline; the old one stays on the audit trail.' })
  deadline?: string | null;

  @Field(() => DeliverableForm, { nullable: true, description: 'New deliverable form.' })
  deliverableForm?: DeliverableForm | null;

  @Field(() => ID, { nullable: true, description: 'New lead unit.' })
  leadUnitId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The full new list of supporting units.' })
  supportingUnitIds?: string[] | null;
}

@InputType({ description: 'A move in a task’s workflow.' })
export class TransitionReformTaskInput {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string;

  @Field(() => TaskAction, { description: 'The move.' })
  action!: TaskAction;

  @Field(() => String, { nullable: true, description: 'SUBMIT: what the deliverable is (required).' })
  deliverableDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'RETURN: why the deliverable is returned (required).' })
  reason?: string | null;
}

@InputType({ description: 'A progress report on a task in progress or returned.' })
export class ReportTaskProgressInput {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string;

  @Field(() => Int, { description: 'How far the task is, 0–100.' })
  percent!: number;

  @Field(() => NonEmptyStringResolver, { description: 'What was done.' })
  narrative!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The date the report speaks for; today when omitted (not in the future).',
  })
  reportedOn?: string | null;
}
