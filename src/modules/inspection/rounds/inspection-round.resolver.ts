import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { ConnectionArgs, pageArgs, type Page } from '../../../shared/graphql/connection.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { registerNodeType } from '../../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../../shared/graphql/payload.js';
import { InspectionVisitConnection, InspectionVisitType } from '../visits/visits.types.js';
import { closeInspectionRound, createInspectionRound, startInspectionRound } from './round.service.js';
import {
  CloseInspectionRoundInput,
  CreateInspectionRoundInput,
  InspectionRoundFilter,
  InspectionRoundOrder,
  StartInspectionRoundInput,
  type InspectionRoundRefFields,
} from './rounds.inputs.js';
import { listRounds } from './rounds.read.js';
import { InspectionGroupConnection, InspectionGroupType, InspectionRoundConnection, InspectionRoundType } from './rounds.types.js';

registerNodeType('InspectionRound', { load: (ctx, key) => ctx.loaders.inspection.roundByKey.load(key) });

@ObjectType('InspectionRoundResult')
export class InspectionRoundResult extends MutationResult {
  @Field(() => InspectionRoundType, { nullable: true, description: 'The round as it now is; null when `userErrors` is not empty.' })
  inspectionRound?: InspectionRoundType | null;
}

const CreateInspectionRoundPayload = payloadOf('createInspectionRound', InspectionRoundResult);
const StartInspectionRoundPayload = payloadOf('startInspectionRound', InspectionRoundResult);
const CloseInspectionRoundPayload = payloadOf('closeInspectionRound', InspectionRoundResult);

export const roundKeyOf = (id: string) => keyOf(id, 'InspectionRound', 'input.roundId');

/** A round's mutations answer with the round as it now is. */
export const roundPayload = (ctx: Context) => async (key: string) => ({
  inspectionRound: await ctx.loaders.inspection.roundByKey.load(key),
});

@Resolver(() => InspectionRoundType)
export class InspectionRoundResolver {
  @Query(() => InspectionRoundConnection, {
    nullable: true,
    description: 'Inspection rounds, newest year first unless `orderBy` says otherwise.',
  })
  inspectionRounds(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionRoundFilter, { nullable: true, description: 'Which rounds.' }) filter?: InspectionRoundFilter | null,
    @Arg('orderBy', () => [InspectionRoundOrder], { nullable: true, description: 'Ordering; ties broken by ID.' })
    orderBy?: InspectionRoundOrder[] | null,
  ): Promise<Page<InspectionRoundType>> {
    return listRounds(ctx, page, filter, orderBy);
  }

  @Query(() => InspectionRoundType, { nullable: true, description: 'One round, or null if there is none with this ID.' })
  inspectionRound(
    @Arg('id', () => ID, { description: 'The round’s ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<InspectionRoundType | null> {
    return ctx.loaders.inspection.roundByKey.load(keyOf(id, 'InspectionRound', 'id'));
  }

  @Mutation(() => CreateInspectionRoundPayload, { description: 'Opens the round of a year, PLANNING. Commission staff.' })
  createInspectionRound(
    @Arg('input', () => CreateInspectionRoundInput, { description: 'The round.' }) input: CreateInspectionRoundInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionRoundResult>> {
    return mutation(() => createInspectionRound(ctx, { year: input.year, title: input.title }), roundPayload(ctx));
  }

  @Mutation(() => StartInspectionRoundPayload, {
    description: 'Starts a PLANNING round with its rotation (ACTIVE): the rotation is then fixed. Commission staff.',
  })
  startInspectionRound(
    @Arg('input', () => StartInspectionRoundInput, { description: 'The round.' }) input: InspectionRoundRefFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionRoundResult>> {
    const key = roundKeyOf(input.roundId);
    return mutation(() => startInspectionRound(ctx, key), roundPayload(ctx));
  }

  @Mutation(() => CloseInspectionRoundPayload, { description: 'Closes an ACTIVE round; its notices carry on. Commission staff.' })
  closeInspectionRound(
    @Arg('input', () => CloseInspectionRoundInput, { description: 'The round.' }) input: InspectionRoundRefFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<InspectionRoundResult>> {
    const key = roundKeyOf(input.roundId);
    return mutation(() => closeInspectionRound(ctx, key), roundPayload(ctx));
  }

  @FieldResolver(() => InspectionGroupConnection, { description: 'The round’s groups, by number.' })
  groups(
    @Root() round: InspectionRoundType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<InspectionGroupType>> {
    return ctx.loaders.inspection.groupsOfRound(pageArgs(page)).load(round.key);
  }

  @FieldResolver(() => InspectionVisitConnection, { description: 'The round’s visits, most recent first.' })
  visits(
    @Root() round: InspectionRoundType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<InspectionVisitType>> {
    return ctx.loaders.inspection.visitsOfRound(pageArgs(page)).load(round.key);
  }
}
