import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';
import { LedgerKind } from './reform-ledger.enums.js';

@ObjectType('Ledger', {
  implements: Node,
  description: 'A ledger (台账) of reform tasks: the framework, the rectification ledger, or a year’s plan.',
})
export class LedgerType extends Node {
  @Field(() => String, { description: 'Stable code, e.g. `FRAMEWORK` or `PLAN-2021`.' })
  code!: string;

  @Field(() => LedgerKind, { description: 'What the ledger records.' })
  kind!: LedgerKind;

  @Field(() => Int, { nullable: true, description: 'The year of an annual plan; null for other ledgers.' })
  year!: number | null;

  @Field(() => String, { description: 'Title in Chinese.' })
  title!: string;
}

@ObjectType('LedgerSection', { implements: Node, description: 'A part of a ledger: one of the 8 systems, of the 7 aspects, …' })
export class LedgerSectionType extends Node {
  @Field(() => String, { description: 'Code within the ledger, e.g. `S3`.' })
  code!: string;

  @Field(() => Int, { description: 'Position within the ledger, from 1.' })
  ordinal!: number;

  @Field(() => String, { description: 'Title in Chinese.' })
  title!: string;

  ledgerKey!: string;
}

export const LedgerConnection = ConnectionType(LedgerType, 'Ledger');
