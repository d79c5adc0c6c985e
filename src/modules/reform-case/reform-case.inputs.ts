import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver, NonEmptyStringResolver } from 'graphql-scalars';
import { RecognitionLevel } from './reform-case.enums.js';

@InputType({ description: 'A new reform case.' })
export class CreateReformCaseInput {
  @Field(() => ID, { description: 'The unit cultivating it.' })
  unitId!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Title.' })
  title!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Summary.' })
  summary!: string;
}

@InputType({ description: 'The case to submit for selection.' })
export class SubmitReformCaseInput {
  @Field(() => ID, { description: 'The case, CULTIVATING.' })
  caseId!: string;
}

@InputType({ description: 'The selection decision on a submitted case.' })
export class SelectReformCaseInput {
  @Field(() => ID, { description: 'The case, SUBMITTED.' })
  caseId!: string;

  @Field(() => Boolean, { description: 'true: SELECTED (level and recognisedBy required); false: NOT_SELECTED.' })
  selected!: boolean;

  @Field(() => RecognitionLevel, { nullable: true, description: 'The level of the recognising body.' })
  level?: RecognitionLevel | null;

  @Field(() => String, { nullable: true, description: 'The recognising body, e.g. 最高人民检察院.' })
  recognizedBy?: string | null;
}

@InputType({ description: 'A guidance visit to record.' })
export class RecordGuidanceVisitInput {
  @Field(() => ID, { description: 'The case visited.' })
  caseId!: string;

  @Field(() => LocalDateResolver, { description: 'The day of the visit (not in the future).' })
  visitedOn!: string;

  @Field(() => ID, { description: 'The visiting unit.' })
  visitingUnitId!: string;

  @Field(() => String, { defaultValue: '', description: 'What was discussed or advised.' })
  notes!: string;
}
