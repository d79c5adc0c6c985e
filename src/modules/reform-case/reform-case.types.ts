import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { RecognitionLevel, ReformCaseStatus } from './reform-case.enums.js';

@ObjectType('ReformCase', { implements: Node, description: 'A reform case (改革案例) a unit cultivates and submits for selection.' })
export class ReformCaseType extends Node {
  @Field(() => String, { description: 'Title, in Chinese.' })
  title!: string;

  @Field(() => String, { description: 'What the case is about.' })
  summary!: string;

  @Field(() => ReformCaseStatus, { description: 'Where it stands.' })
  status!: ReformCaseStatus;

  @Field(() => RecognitionLevel, { nullable: true, description: 'For a selected case: the level of the body that recognised it.' })
  recognitionLevel!: RecognitionLevel | null;

  @Field(() => String, { nullable: true, description: 'For a selected case: the body that recognised it.' })
  recognizedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was submitted.' })
  submittedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was selected or turned down.' })
  decidedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  createdAt!: Date;

  unitKey!: string;
}

@ObjectType('GuidanceVisit', { implements: Node, description: 'A guidance visit (指导) to a unit cultivating a case.' })
export class GuidanceVisitType extends Node {
  @Field(() => LocalDateResolver, { description: 'The day of the visit.' })
  visitedOn!: string;

  @Field(() => String, { description: 'What was discussed or advised.' })
  notes!: string;

  caseKey!: string;
  visitingUnitKey!: string;
}

export const ReformCaseConnection = ConnectionType(ReformCaseType, 'ReformCase');
