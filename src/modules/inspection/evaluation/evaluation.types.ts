import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../shared/graphql/connection.js';
import { Node } from '../../../shared/graphql/node.js';

@ObjectType({ description: 'Findings counted by severity.' })
export class SeverityCounts {
  @Field(() => Int, { description: 'MINOR.' })
  minor!: number;

  @Field(() => Int, { description: 'SERIOUS.' })
  serious!: number;

  @Field(() => Int, { description: 'CRITICAL.' })
  critical!: number;
}

@ObjectType('RegionEvaluation', {
  implements: Node,
  description: 'A region’s evaluation for a year: daily performance plus inspection results, weighed by `evaluationWeights`.',
})
export class RegionEvaluationType extends Node {
  @Field(() => Int, { description: 'The year evaluated.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Daily-performance score, 0–100, entered by commission staff; null until entered.' })
  dailyScore!: number | null;

  @Field(() => String, { description: 'Notes on the daily-performance score.' })
  dailyNotes!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Inspection score, 0–100: the mean value of every verdict of the round’s task checks in the region; null without checks.',
  })
  inspectionScore!: number | null;

  @Field(() => Int, { description: 'Task checks the score rests on.' })
  checks!: number;

  @Field(() => SeverityCounts, { description: 'Findings in the region in the round, by severity.' })
  findings!: SeverityCounts;

  @Field(() => Int, { description: 'Rectification notices on those findings.' })
  notices!: number;

  @Field(() => Int, { description: 'Notices closed with feedback in by the deadline.' })
  noticesClosedOnTime!: number;

  @Field(() => Int, { description: 'Notices closed with feedback after the deadline.' })
  noticesClosedLate!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Rectification score, 0–100: notices closed on time count fully, late ones by the late-closure credit, open ones not at all (100 without notices).',
  })
  rectificationScore!: number | null;

  @Field(() => Float, { description: 'Points deducted for findings, by severity.' })
  deduction!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted total, 0–100, two decimals; null while the daily or the inspection score is missing.',
  })
  total!: number | null;

  @Field(() => Int, { description: 'Place in the year’s ranking (equal totals share a place; regions without a total come last).' })
  rank!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last computed.' })
  computedAt!: Date | null;

  regionKey!: string;
}

@ObjectType('EvaluationWeights', { description: 'How evaluations are weighed: configuration kept in the database.' })
export class EvaluationWeightsType {
  @Field(() => Float, { description: 'Weight of the daily-performance score; the three weights add up to 1.' })
  dailyPerformance!: number;

  @Field(() => Float, { description: 'Weight of the inspection score.' })
  inspection!: number;

  @Field(() => Float, { description: 'Weight of the rectification score.' })
  rectification!: number;

  @Field(() => Float, { description: 'What a MET verdict is worth, 0–1.' })
  metValue!: number;

  @Field(() => Float, { description: 'What a PARTLY_MET verdict is worth, 0–1.' })
  partlyMetValue!: number;

  @Field(() => Float, { description: 'What a NOT_MET verdict is worth, 0–1.' })
  notMetValue!: number;

  @Field(() => Float, { description: 'Points deducted per MINOR finding.' })
  minorDeduction!: number;

  @Field(() => Float, { description: 'Points deducted per SERIOUS finding.' })
  seriousDeduction!: number;

  @Field(() => Float, { description: 'Points deducted per CRITICAL finding.' })
  criticalDeduction!: number;

  @Field(() => Float, { description: 'Share of full credit a notice closed late earns, 0–1.' })
  lateClosureCredit!: number;

  @Field(() => DateTimeResolver, { description: 'When the weights last changed.' })
  updatedAt!: Date;
}

export const RegionEvaluationConnection = ConnectionType(RegionEvaluationType, 'RegionEvaluation');
