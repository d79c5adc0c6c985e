import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { UnitType } from '../unit/index.js';
import { ReformCaseFilter, ReformCaseOrder } from './reform-case.filter.js';
import { CreateReformCaseInput, RecordGuidanceVisitInput, SelectReformCaseInput, SubmitReformCaseInput } from './reform-case.inputs.js';
import { listCases } from './reform-case.read.js';
import { createReformCase, recordGuidanceVisit, selectReformCase, submitReformCase } from './reform-case.service.js';
import { GuidanceVisitType, ReformCaseConnection, ReformCaseType } from './reform-case.types.js';

registerNodeType('ReformCase', { load: (ctx, key) => ctx.loaders.reformCase.byKey.load(key) });

@ObjectType('ReformCaseResult')
class ReformCaseResult extends MutationResult {
  @Field(() => ReformCaseType, { nullable: true, description: 'The case as it now is; null when `userErrors` is not empty.' })
  reformCase?: ReformCaseType | null;
}

@ObjectType('GuidanceVisitResult')
class GuidanceVisitResult extends ReformCaseResult {
  @Field(() => GuidanceVisitType, { nullable: true, description: 'The visit recorded; null when `userErrors` is not empty.' })
  guidanceVisit?: GuidanceVisitType | null;
}

const CreateReformCasePayload = payloadOf('createReformCase', ReformCaseResult);
const SubmitReformCasePayload = payloadOf('submitReformCase', ReformCaseResult);
const SelectReformCasePayload = payloadOf('selectReformCase', ReformCaseResult);
const RecordGuidanceVisitPayload = payloadOf('recordGuidanceVisit', GuidanceVisitResult);

const caseKeyOf = (id: string) => keyOf(id, 'ReformCase', 'input.caseId');

@Resolver(() => ReformCaseType)
export class ReformCaseResolver {
  @Query(() => ReformCaseConnection, {
    nullable: true,
    description: 'Reform cases, in the order they were recorded unless `orderBy` says otherwise; null only when the arguments are refused.',
  })
  reformCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ReformCaseFilter, { nullable: true, description: 'Which cases.' }) filter?: ReformCaseFilter | null,
    @Arg('orderBy', () => [ReformCaseOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: ReformCaseOrder[] | null,
  ): Promise<Page<ReformCaseType>> {
    return listCases(ctx, page, filter, orderBy);
  }

  @Mutation(() => CreateReformCasePayload, {
    description: 'Records a case a unit cultivates. Commission staff, or an officer of that unit.',
  })
  createReformCase(
    @Arg('input', () => CreateReformCaseInput, { description: 'The case.' }) input: CreateReformCaseInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ReformCaseResult>> {
    const fields = { unitKey: keyOf(input.unitId, 'Unit', 'input.unitId'), title: input.title, summary: input.summary };
    return mutation(
      () => createReformCase(ctx, fields),
      async (key) => ({ reformCase: await ctx.loaders.reformCase.byKey.load(key) }),
    );
  }

  @Mutation(() => SubmitReformCasePayload, {
    description: 'Submits a cultivated case for selection. Commission staff, or an officer of its unit.',
  })
  submitReformCase(
    @Arg('input', () => SubmitReformCaseInput, { description: 'The case.' }) input: SubmitReformCaseInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ReformCaseResult>> {
    const caseKey = caseKeyOf(input.caseId);
    return mutation(
      () => submitReformCase(ctx, caseKey),
      async (key) => ({ reformCase: await ctx.loaders.reformCase.byKey.load(key) }),
    );
  }

  @Mutation(() => SelectReformCasePayload, {
    description: 'Selects (with its recognition) or turns down a submitted case. Commission staff.',
  })
  selectReformCase(
    @Arg('input', () => SelectReformCaseInput, { description: 'The decision.' }) input: SelectReformCaseInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ReformCaseResult>> {
    const caseKey = caseKeyOf(input.caseId);
    const decision = { selected: input.selected, level: input.level, recognizedBy: input.recognizedBy };
    return mutation(
      () => selectReformCase(ctx, caseKey, decision),
      async (key) => ({ reformCase: await ctx.loaders.reformCase.byKey.load(key) }),
    );
  }

  @Mutation(() => RecordGuidanceVisitPayload, { description: 'Records a guidance visit to a case. Commission staff.' })
  recordGuidanceVisit(
    @Arg('input', () => RecordGuidanceVisitInput, { description: 'The visit.' }) input: RecordGuidanceVisitInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<GuidanceVisitResult>> {
    const caseKey = caseKeyOf(input.caseId);
    const visit = {
      visitedOn: input.visitedOn,
      visitingUnitKey: keyOf(input.visitingUnitId, 'Unit', 'input.visitingUnitId'),
      notes: input.notes,
    };
    return mutation(
      () => recordGuidanceVisit(ctx, caseKey, visit),
      async (visitKey) => ({
        guidanceVisit: await ctx.loaders.reformCase.visitByKey.load(visitKey),
        reformCase: await ctx.loaders.reformCase.byKey.load(caseKey),
      }),
    );
  }

  @FieldResolver(() => UnitType, { description: 'The unit cultivating the case.' })
  unit(@Root() reformCase: ReformCaseType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, reformCase.unitKey, 'unit');
  }

  @Cost({ bound: 20 })
  @FieldResolver(() => [GuidanceVisitType], { description: 'Guidance visits to the case, oldest first.' })
  visits(@Root() reformCase: ReformCaseType, @Ctx() ctx: Context): Promise<GuidanceVisitType[]> {
    return ctx.loaders.reformCase.visitsOf.load(reformCase.key);
  }
}
