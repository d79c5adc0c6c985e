import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { UnitType } from '../unit/index.js';
import {
  CreateReformCaseInput,
  RecordGuidanceVisitInput,
  ReformCaseFilter,
  SelectReformCaseInput,
  SubmitReformCaseInput,
} from './reform-case.inputs.js';
import { listCases } from './reform-case.read.js';
import { createReformCase, recordGuidanceVisit, selectReformCase, submitReformCase } from './reform-case.service.js';
import { GuidanceVisitType, ReformCaseConnection, ReformCaseType } from './reform-case.types.js';

registerNodeType('ReformCase', { load: (ctx, key) => ctx.loaders.reformCase.byKey.load(key) });
registerNodeType('GuidanceVisit', { load: (ctx, key) => ctx.loaders.reformCase.visitByKey.load(key) });

@ObjectType({ description: 'Result of a mutation on a reform case.' })
class ReformCasePayload {
  @Field(() => ReformCaseType, { nullable: true, description: 'The case as it now is; null when `userErrors` is not empty.' })
  reformCase?: ReformCaseType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors!: UserError[];
}

const caseKey = (id: string) => keyOf(id, 'ReformCase', 'input.caseId');

@Resolver(() => ReformCaseType)
export class ReformCaseResolver {
  @Query(() => ReformCaseConnection, { description: 'Reform cases, in the order they were recorded.' })
  reformCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ReformCaseFilter, { nullable: true, description: 'Which cases.' }) filter?: ReformCaseFilter | null,
  ): Promise<Page<ReformCaseType>> {
    return listCases(ctx, page, filter);
  }

  @Mutation(() => ReformCasePayload, { description: 'Records a case a unit cultivates. Commission staff, or an officer of that unit.' })
  createReformCase(
    @Arg('input', () => CreateReformCaseInput, { description: 'The case.' }) input: CreateReformCaseInput,
    @Ctx() ctx: Context,
  ): Promise<ReformCasePayload> {
    const fields = { unitKey: keyOf(input.unitId, 'Unit', 'input.unitId'), title: input.title, summary: input.summary };
    return withUserErrors(async () => ({ reformCase: await ctx.loaders.reformCase.byKey.load(await createReformCase(ctx, fields)) }));
  }

  @Mutation(() => ReformCasePayload, {
    description: 'Submits a cultivated case for selection. Commission staff, or an officer of its unit.',
  })
  submitReformCase(
    @Arg('input', () => SubmitReformCaseInput, { description: 'The case.' }) input: SubmitReformCaseInput,
    @Ctx() ctx: Context,
  ): Promise<ReformCasePayload> {
    const key = caseKey(input.caseId);
    return withUserErrors(async () => ({
      reformCase: await ctx.loaders.reformCase.byKey.clear(await submitReformCase(ctx, key)).load(key),
    }));
  }

  @Mutation(() => ReformCasePayload, { description: 'Selects (with its recognition) or turns down a submitted case. Commission staff.' })
  selectReformCase(
    @Arg('input', () => SelectReformCaseInput, { description: 'The decision.' }) input: SelectReformCaseInput,
    @Ctx() ctx: Context,
  ): Promise<ReformCasePayload> {
    const key = caseKey(input.caseId);
    return withUserErrors(async () => ({
      reformCase: await ctx.loaders.reformCase.byKey.clear(await selectReformCase(ctx, key, input)).load(key),
    }));
  }

  @Mutation(() => ReformCasePayload, { description: 'Records a guidance visit to a case. Commission staff.' })
  recordGuidanceVisit(
    @Arg('input', () => RecordGuidanceVisitInput, { description: 'The visit.' }) input: RecordGuidanceVisitInput,
    @Ctx() ctx: Context,
  ): Promise<ReformCasePayload> {
    const key = caseKey(input.caseId);
    const visit = {
      visitedOn: input.visitedOn,
      visitingUnitKey: keyOf(input.visitingUnitId, 'Unit', 'input.visitingUnitId'),
      notes: input.notes,
    };
    return withUserErrors(async () => ({
      reformCase: await ctx.loaders.reformCase.byKey.clear(await recordGuidanceVisit(ctx, key, visit)).load(key),
    }));
  }

  @FieldResolver(() => UnitType, { description: 'The unit cultivating the case.' })
  unit(@Root() reformCase: ReformCaseType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, reformCase.unitKey, 'unit');
  }

  @FieldResolver(() => [GuidanceVisitType], { description: 'Guidance visits to the case, oldest first.' })
  visits(@Root() reformCase: ReformCaseType, @Ctx() ctx: Context): Promise<GuidanceVisitType[]> {
    return ctx.loaders.reformCase.visitsOf.load(reformCase.key);
  }
}

@Resolver(() => GuidanceVisitType)
export class GuidanceVisitResolver {
  @FieldResolver(() => UnitType, { description: 'The visiting unit.' })
  visitingUnit(@Root() visit: GuidanceVisitType, @Ctx() ctx: Context): Promise<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, visit.visitingUnitKey, 'unit');
  }

  @FieldResolver(() => ReformCaseType, { description: 'The case visited.' })
  reformCase(@Root() visit: GuidanceVisitType, @Ctx() ctx: Context): Promise<ReformCaseType> {
    return loadRequired(ctx.loaders.reformCase.byKey, visit.caseKey, 'case');
  }
}
