import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { Unit } from './unit.entity.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { CreateUnitInput, PersonFilter, PersonOrder, UnitFilter, UnitOrder, UpdateUnitInput } from './unit.inputs.js';
import { listUnits } from './unit.read.js';
import { createUnit, updateUnit } from './unit.service.js';
import { PersonConnection, PersonType, RegionType, UnitConnection, UnitType } from './unit.types.js';

registerNodeType('Unit', { load: (ctx, key) => ctx.loaders.unit.byKey.load(key) });

@ObjectType('UnitResult')
class UnitResult extends MutationResult {
  @Field(() => UnitType, { nullable: true, description: 'The unit as it now is; null when `userErrors` is not empty.' })
  unit?: UnitType | null;
}

const CreateUnitPayload = payloadOf('createUnit', UnitResult);
const UpdateUnitPayload = payloadOf('updateUnit', UnitResult);

@Resolver(() => UnitType)
export class UnitResolver {
  @Query(() => UnitConnection, {
    nullable: true,
    description: 'Units, filtered and ordered (by code unless `orderBy` says otherwise); null only when the arguments are refused.',
  })
  units(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilter, { nullable: true, description: 'Which units.' }) filter?: UnitFilter | null,
    @Arg('orderBy', () => [UnitOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: UnitOrder[] | null,
  ): Promise<Page<UnitType>> {
    return listUnits(ctx, page, filter, orderBy);
  }

  @Query(() => UnitType, { nullable: true, description: 'The unit with this code, or null.' })
  unit(
    @Arg('code', () => String, { description: 'Unit code, e.g. `HLJ-ZFW`.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<UnitType | null> {
    return ctx.loaders.unit.byCode.load(Unit.normaliseCode(code));
  }

  @Mutation(() => CreateUnitPayload, { description: 'Records a new unit. Admins only.' })
  createUnit(
    @Arg('input', () => CreateUnitInput, { description: 'The unit to create.' }) input: CreateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<UnitResult>> {
    const { parentId, regionId, ...fields } = input;
    const command = {
      ...fields,
      parentKey: optionalKeyOf(parentId, 'Unit', 'input.parentId'),
      regionKey: optionalKeyOf(regionId, 'Region', 'input.regionId'),
    };
    return mutation(
      () => createUnit(ctx, command),
      async (key) => ({ unit: await ctx.loaders.unit.byKey.load(key) }),
    );
  }

  @Mutation(() => UpdateUnitPayload, { description: 'Changes a unit: attributes, parent or region. Admins only.' })
  updateUnit(
    @Arg('input', () => UpdateUnitInput, { description: 'The unit and what to change.' }) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<UnitResult>> {
    const { id, parentId, regionId, ...fields } = input;
    const changes = {
      code: fields.code ?? undefined,
      name: fields.name ?? undefined,
      kind: fields.kind ?? undefined,
      level: fields.level ?? undefined,
      parentKey: optionalKeyOf(parentId, 'Unit', 'input.parentId'),
      regionKey: optionalKeyOf(regionId, 'Region', 'input.regionId'),
    };
    const unitKey = keyOf(id, 'Unit', 'input.id');
    return mutation(
      () => updateUnit(ctx, unitKey, changes),
      async (key) => ({ unit: await ctx.loaders.unit.byKey.load(key) }),
    );
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit this one belongs to; null at the top.' })
  parent(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return unit.parentKey ? ctx.loaders.unit.byKey.load(unit.parentKey) : null;
  }

  @FieldResolver(() => UnitConnection, { description: 'Units directly under this one.' })
  children(
    @Root() unit: UnitType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('orderBy', () => [UnitOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: UnitOrder[] | null,
  ): Promise<Page<UnitType>> {
    return ctx.loaders.unit.children(pageArgs(page), orderBy).load(unit.key);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region the unit serves; null for provincial units.' })
  region(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<RegionType | null> | null {
    return unit.regionKey ? ctx.loaders.unit.regionByKey.load(unit.regionKey) : null;
  }

  @FieldResolver(() => PersonConnection, { description: 'Cadres of this unit (by name unless `orderBy` says otherwise).' })
  people(
    @Root() unit: UnitType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which of them (e.g. `isPrincipalHead: true`).' })
    filter?: PersonFilter | null,
    @Arg('orderBy', () => [PersonOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: PersonOrder[] | null,
  ): Promise<Page<PersonType>> {
    return ctx.loaders.unit.peopleOfUnit(pageArgs(page), filter, orderBy).load(unit.key);
  }
}
