import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A region’s daily-performance score for a year.' })
export class SetDailyPerformanceScoreInput {
  @Field(() => ID, { description: 'The region.' })
  regionId!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Float, { description: 'The score, 0–100 (kept to two decimals).' })
  score!: number;

  @Field(() => String, { defaultValue: '', description: 'Notes.' })
  notes!: string;
}

@InputType({ description: 'The year to evaluate.' })
export class RecomputeRegionEvaluationsInput {
  @Field(() => Int, { description: 'The year; it needs an inspection round.' })
  year!: number;
}

@InputType({ description: 'New evaluation weights; all are replaced.' })
export class UpdateEvaluationWeightsInput {
  @Field(() => Float, { description: 'Weight of the daily-performance score.' })
  dailyPerformance!: number;

  @Field(() => Float, { description: 'Weight of the inspection score.' })
  inspection!: number;

  @Field(() => Float, { description: 'Weight of the rectification score; the three add up to 1.' })
  rectification!: number;

  @Field(() => Float, { description: 'What a MET verdict is worth, 0–1.' })
  metValue!: number;

  @Field(() => Float, { description: 'What a PARTLY_MET verdict is worth, 0–1.' })
  partlyMetValue!: number;

  @Field(() => Float, { description: 'What a NOT_MET verdict is worth, 0–1.' })
  notMetValue!: number;

  @Field(() => Float, { description: 'Points per MINOR finding.' })
  minorDeduction!: number;

  @Field(() => Float, { description: 'Points per SERIOUS finding.' })
  seriousDeduction!: number;

  @Field(() => Float, { description: 'Points per CRITICAL finding.' })
  criticalDeduction!: number;

  @Field(() => Float, { description: 'Share of full credit for a notice closed late, 0–1.' })
  lateClosureCredit!: number;
}
