import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { Unit } from './unit.entity.js';
import { UserError, withUserErrors } from '../../shared/graphql/user-error.js';
import { CreateUnitInput, UnitFilter, UnitOrder, UpdateUnitInput } from './unit.inputs.js';
import { listUnits } from './unit.read.js';
import { createUnit, updateUnit } from './unit.service.js';
import { PersonConnection, PersonType, RegionType, UnitConnection, UnitType } from './unit.types.js';

registerNodeType('Unit', { load: (ctx, key) => ctx.loaders.unit.byKey.load(key) });

@ObjectType({ description: 'Result of `createUnit`.' })
class CreateUnitPayload {
  @Field(() => UnitType, { nullable: true, description: 'The new unit; null when `userErrors` is not empty.' })
  unit?: UnitType | null;

  @Field(() => [UserError], { description: 'Why the unit was not created; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `updateUnit`.' })
class UpdateUnitPayload {
  @Field(() => UnitType, { nullable: true, description: 'The unit as changed; null when `userErrors` is not empty.' })
  unit?: UnitType | null;

  @Field(() => [UserError], { description: 'Why the unit was not changed; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => UnitType)
export class UnitResolver {
  @Query(() => UnitConnection, { description: 'Units, filtered and ordered (by code unless `orderBy` says otherwise).' })
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
  ): Promise<CreateUnitPayload> {
    const { parentId, regionId, ...fields } = input;
    const command = {
      ...fields,
      parentKey: optionalKeyOf(parentId, 'Unit', 'input.parentId'),
      regionKey: optionalKeyOf(regionId, 'Region', 'input.regionId'),
    };
    return withUserErrors(async () => ({ unit: await ctx.loaders.unit.byKey.load(await createUnit(ctx, command)) }));
  }

  @Mutation(() => UpdateUnitPayload, { description: 'Changes a unit: attributes, parent or region. Admins only.' })
  updateUnit(
    @Arg('input', () => UpdateUnitInput, { description: 'The unit and what to change.' }) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateUnitPayload> {
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
    return withUserErrors(async () => {
      const key = await updateUnit(ctx, unitKey, changes);
      return { unit: await ctx.loaders.unit.byKey.clear(key).load(key) };
    });
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

  @FieldResolver(() => PersonConnection, { description: 'Cadres of this unit, by name.' })
  people(
    @Root() unit: UnitType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('isPrincipalHead', () => Boolean, { nullable: true, description: 'Only principal heads (true) or only others (false).' })
    isPrincipalHead?: boolean | null,
  ): Promise<Page<PersonType>> {
    return ctx.loaders.unit.peopleOfUnit(pageArgs(page), isPrincipalHead).load(unit.key);
  }
}
