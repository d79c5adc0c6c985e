import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { UnitType } from '../unit/unit.types.js';
import {
  AddIssueParticipantInput,
  CoordinationIssueFilter,
  CreateFundObligationInput,
  OpenCoordinationIssueInput,
  RecordFundTransactionInput,
} from './coordination.inputs.js';
import { listIssues } from './coordination.read.js';
import { addIssueParticipant, createFundObligation, openCoordinationIssue, recordFundTransaction } from './coordination.service.js';
import {
  CoordinationIssueConnection,
  CoordinationIssueType,
  FundObligationType,
  FundTotals,
  FundTransactionType,
  IssueParticipantType,
} from './coordination.types.js';
import { formatFen } from './money.js';
import { IssueStatus } from './coordination.enums.js';

registerNodeType('CoordinationIssue', { load: (ctx, key) => ctx.loaders.coordination.issueByKey.load(key) });
registerNodeType('FundObligation', { load: (ctx, key) => ctx.loaders.coordination.obligationByKey.load(key) });

@ObjectType({ description: 'Result of a mutation on a coordination issue.' })
class CoordinationIssuePayload {
  @Field(() => CoordinationIssueType, { nullable: true, description: 'The issue as it now is; null when `userErrors` is not empty.' })
  coordinationIssue?: CoordinationIssueType | null;

  @Field(() => FundObligationType, { nullable: true, description: 'The obligation created or moved, where there is one.' })
  fundObligation?: FundObligationType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const issueKeyOf = (id: string) => keyOf(id, 'CoordinationIssue', 'input.issueId');

@Resolver(() => CoordinationIssueType)
export class CoordinationIssueResolver {
  @Query(() => CoordinationIssueConnection, { description: 'Coordination issues, newest first.' })
  coordinationIssues(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => CoordinationIssueFilter, { nullable: true, description: 'Which issues.' }) filter?: CoordinationIssueFilter | null,
  ): Promise<Page<CoordinationIssueType>> {
    return listIssues(ctx, page, filter);
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Opens a coordination issue. Coordinators and commission staff.' })
  openCoordinationIssue(
    @Arg('input', () => OpenCoordinationIssueInput, { description: 'The issue.' }) input: OpenCoordinationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const fields = {
      title: input.title,
      description: input.description,
      kind: input.kind,
      targetDate: input.targetDate,
      leadUnitKey: keyOf(input.leadUnitId, 'Unit', 'input.leadUnitId'),
      openedOn: input.openedOn ?? null,
    };
    return withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey.load(await openCoordinationIssue(ctx, fields)),
    }));
  }

  @Mutation(() => CoordinationIssuePayload, { description: 'Adds a participating unit with its role. Coordinators and commission staff.' })
  addIssueParticipant(
    @Arg('input', () => AddIssueParticipantInput, { description: 'The unit and role.' }) input: AddIssueParticipantInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const unitKey = keyOf(input.unitId, 'Unit', 'input.unitId');
    return withUserErrors(async () => ({
      coordinationIssue: await ctx.loaders.coordination.issueByKey
        .clear(await addIssueParticipant(ctx, key, unitKey, input.role))
        .load(key),
    }));
  }

  @Mutation(() => CoordinationIssuePayload, {
    description: 'Records money one unit owes another under the issue. Coordinators and commission staff.',
  })
  createFundObligation(
    @Arg('input', () => CreateFundObligationInput, { description: 'The obligation.' }) input: CreateFundObligationInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const key = issueKeyOf(input.issueId);
    const fields = {
      payerKey: keyOf(input.payerUnitId, 'Unit', 'input.payerUnitId'),
      payeeKey: keyOf(input.payeeUnitId, 'Unit', 'input.payeeUnitId'),
      purpose: input.purpose,
      amount: input.amount,
      beneficiaries: input.beneficiaries,
    };
    return withUserErrors(async () => {
      const obligationKey = await createFundObligation(ctx, key, fields);
      return {
        coordinationIssue: await ctx.loaders.coordination.issueByKey.clear(key).load(key),
        fundObligation: await ctx.loaders.coordination.obligationByKey.load(obligationKey),
      };
    });
  }

  @Mutation(() => CoordinationIssuePayload, {
    description:
      'Records money moving under an obligation: never beyond what it still needs (AMOUNT_EXCEEDS_OUTSTANDING). Coordinators, commission staff, or an officer of the paying (transfer) or receiving (disbursement) unit.',
  })
  recordFundTransaction(
    @Arg('input', () => RecordFundTransactionInput, { description: 'The transaction.' }) input: RecordFundTransactionInput,
    @Ctx() ctx: Context,
  ): Promise<CoordinationIssuePayload> {
    const obligationKey = keyOf(input.obligationId, 'FundObligation', 'input.obligationId');
    const fields = { kind: input.kind, amount: input.amount, occurredOn: input.occurredOn ?? null, reference: input.reference };
    return withUserErrors(async () => {
      await recordFundTransaction(ctx, obligationKey, fields);
      const obligation = await ctx.loaders.coordination.obligationByKey.clear(obligationKey).load(obligationKey);
      return {
        fundObligation: obligation,
        coordinationIssue: obligation
          ? await ctx.loaders.coordination.issueByKey.clear(obligation.issueKey).load(obligation.issueKey)
          : null,
      };
    });
  }

  @FieldResolver(() => UnitType, { description: 'The lead coordinating unit.' })
  leadUnit(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, issue.leadUnitKey, 'unit');
  }

  @FieldResolver(() => Boolean, { description: 'Past the target date and not yet resolved or closed.' })
  isOverdue(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): boolean {
    return issue.targetDate < ctx.today && issue.status !== IssueStatus.RESOLVED && issue.status !== IssueStatus.CLOSED;
  }

  @FieldResolver(() => [IssueParticipantType], { description: 'Participating units, in the order added.' })
  participants(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<IssueParticipantType[]> {
    return ctx.loaders.coordination.participantsOf.load(issue.key);
  }

  @FieldResolver(() => [FundObligationType], { description: 'Fund obligations, in the order recorded.' })
  fundObligations(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<FundObligationType[]> {
    return ctx.loaders.coordination.obligationsOf.load(issue.key);
  }

  @FieldResolver(() => FundTotals, { description: 'Totals over all the issue’s obligations, exact.' })
  async fundTotals(@Root() issue: CoordinationIssueType, @Ctx() ctx: Context): Promise<FundTotals> {
    const obligations = await ctx.loaders.coordination.obligationsOf.load(issue.key);
    const sum = (pick: (t: FundTotals) => string) =>
      formatFen(obligations.reduce((total, o) => total + BigInt(pick(o.totals).replace('.', '')), 0n));
    return {
      obligated: sum((t) => t.obligated),
      transferred: sum((t) => t.transferred),
      disbursed: sum((t) => t.disbursed),
      outstanding: sum((t) => t.outstanding),
    };
  }
}

@Resolver(() => IssueParticipantType)
export class IssueParticipantResolver {
  @FieldResolver(() => UnitType, { description: 'The unit.' })
  unit(@Root() participant: IssueParticipantType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, participant.unitKey, 'unit');
  }
}

@Resolver(() => FundObligationType)
export class FundObligationResolver {
  @FieldResolver(() => UnitType, { description: 'Who pays.' })
  payer(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, obligation.payerKey, 'unit');
  }

  @FieldResolver(() => UnitType, { description: 'Who receives and disburses.' })
  payee(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, obligation.payeeKey, 'unit');
  }

  @FieldResolver(() => [FundTransactionType], { description: 'Money moved, by date.' })
  transactions(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<FundTransactionType[]> {
    return ctx.loaders.coordination.transactionsOf.load(obligation.key);
  }
}
