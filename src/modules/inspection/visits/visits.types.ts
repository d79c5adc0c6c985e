import { Field, ObjectType } from 'type-graphql';
import { Cost } from '../../../shared/graphql/field-cost.js';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../shared/graphql/connection.js';
import { Node } from '../../../shared/graphql/node.js';
import { CheckVerdict, FindingSeverity, VisitKind, VisitMethod } from '../inspection.enums.js';

@ObjectType('InspectionVisit', { implements: Node, description: 'A group’s visit to its assigned region.' })
export class InspectionVisitType extends Node {
  @Field(() => LocalDateResolver, { description: 'When.' })
  visitedOn!: string;

  @Field(() => VisitKind, { description: 'Unannounced (四不两直) or a return visit (杀回马枪).' })
  kind!: VisitKind;

  @Cost({ bound: Object.keys(VisitMethod).length })
  @Field(() => [VisitMethod], { description: 'How it checked.' })
  methods!: VisitMethod[];

  @Field(() => String, { description: 'What the group saw.' })
  summary!: string;

  roundKey!: string;
  groupKey!: string;
  regionKey!: string;
  unitKeys!: string[];
  recordedByKey!: string | null;
}

@ObjectType('TaskCheck', { implements: Node, description: 'A reform task checked on a visit: quantity, results and quality.' })
export class TaskCheckType extends Node {
  @Field(() => CheckVerdict, { description: 'Was as much done as the task asks?' })
  quantity!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Did it achieve what it was meant to?' })
  results!: CheckVerdict;

  @Field(() => CheckVerdict, { description: 'Was it done well?' })
  quality!: CheckVerdict;

  @Field(() => String, { description: 'Notes.' })
  notes!: string;

  taskKey!: string;
  visitKey!: string;
}

@ObjectType('InspectionFinding', { implements: Node, description: 'A problem an inspection found, with the unit responsible.' })
export class FindingType extends Node {
  @Field(() => String, { description: 'What is wrong.' })
  description!: string;

  @Field(() => FindingSeverity, { description: 'How grave it is.' })
  severity!: FindingSeverity;

  @Field(() => LocalDateResolver, { description: 'The day of the visit that found it.' })
  foundOn!: string;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  createdAt!: Date;

  visitKey!: string;
  groupKey!: string;
  roundKey!: string;
  regionKey!: string;
  taskKey!: string;
  unitKey!: string;
  noticeKey!: string | null;
  recordedByKey!: string | null;
}

export const InspectionVisitConnection = ConnectionType(InspectionVisitType, 'InspectionVisit');
export const FindingConnection = ConnectionType(FindingType, 'InspectionFinding');
