import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { issueKeyOf } from './coordination-issue.resolver.js';
import { CreateFundObligationPayload, RecordFundTransactionPayload, type FundObligationResult } from './coordination.payloads.js';
import { CreateFundObligationInput, RecordFundTransactionInput } from './fund.inputs.js';
import { createFundObligation, recordFundTransaction } from './fund.service.js';
import { FundObligationType, FundTransactionType } from './fund.types.js';

registerNodeType('FundObligation', { load: (ctx, key) => ctx.loaders.coordination.obligationByKey.load(key) });

/** The payload of a fund mutation: the obligation with its totals, and its issue, as they now are. */
async function obligationPayload(ctx: Context, obligationKey: string): Promise<Omit<FundObligationResult, 'userErrors'>> {
  const fundObligation = await ctx.loaders.coordination.obligationByKey.load(obligationKey);
  return { fundObligation, coordinationIssue: fundObligation && (await ctx.loaders.coordination.issueByKey.load(fundObligation.issueKey)) };
}

@Resolver(() => FundObligationType)
export class FundObligationResolver {
  @Mutation(() => CreateFundObligationPayload, {
    description: 'Records money one unit owes another under the issue. Coordinators and commission staff.',
  })
  createFundObligation(
    @Arg('input', () => CreateFundObligationInput, { description: 'The obligation.' }) input: CreateFundObligationInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<FundObligationResult>> {
    const fields = {
      payerKey: keyOf(input.payerUnitId, 'Unit', 'input.payerUnitId'),
      payeeKey: keyOf(input.payeeUnitId, 'Unit', 'input.payeeUnitId'),
      purpose: input.purpose,
      amount: input.amount,
      beneficiaries: input.beneficiaries,
    };
    return mutation(
      () => createFundObligation(ctx, issueKeyOf(input.issueId), fields),
      (key) => obligationPayload(ctx, key),
    );
  }

  @Mutation(() => RecordFundTransactionPayload, {
    description:
      'Records money moving under an obligation: never beyond what it still needs (AMOUNT_EXCEEDS_OUTSTANDING); also on a RESOLVED issue, not on a CLOSED one (INVALID_TRANSITION). Coordinators, commission staff, or an officer of the paying (transfer) or receiving (disbursement) unit.',
  })
  recordFundTransaction(
    @Arg('input', () => RecordFundTransactionInput, { description: 'The transaction.' }) input: RecordFundTransactionInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<FundObligationResult>> {
    const obligationKey = keyOf(input.obligationId, 'FundObligation', 'input.obligationId');
    const fields = { kind: input.kind, amount: input.amount, occurredOn: input.occurredOn ?? null, reference: input.reference };
    return mutation(
      () => recordFundTransaction(ctx, obligationKey, fields),
      (key) => obligationPayload(ctx, key),
    );
  }

  @FieldResolver(() => UnitType, { description: 'Who pays.' })
  payer(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, obligation.payerKey, 'unit');
  }

  @FieldResolver(() => UnitType, { description: 'Who receives and disburses.' })
  payee(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, obligation.payeeKey, 'unit');
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [FundTransactionType], { description: 'Money moved, by date.' })
  transactions(@Root() obligation: FundObligationType, @Ctx() ctx: Context): Promise<FundTransactionType[]> {
    return ctx.loaders.coordination.transactionsOf.load(obligation.key);
  }
}
