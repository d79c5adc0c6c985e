import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Cost } from '../../shared/graphql/field-cost.js';
import type { Context } from '../../shared/context.js';
import { Role } from '../../shared/auth/role.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf, optionalKeyOf } from '../../shared/graphql/global-id.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { inputOf, mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { Language } from '../../shared/i18n/language.js';
import { PersonType, UnitType } from '../unit/index.js';
import { canSeeAccount, requireAdmin } from './user.access.js';
import {
  CreateUserInput,
  UpdateUserInput,
  UpdateViewerPreferencesInput,
  UserFilter,
  UserOrder,
  UserStatusFields,
  type RoleGrantInput,
} from './user.inputs.js';
import { listUsers } from './user.read.js';
import { createUser, deactivateUser, reactivateUser, updateUser, updateViewerPreferences, type GrantFields } from './user.service.js';
import { RoleGrantType, UserConnection, UserType } from './user.types.js';

registerNodeType('User', { load: (ctx, key) => ctx.loaders.user.byKey.load(key) });

@ObjectType('UserResult')
class UserResult extends MutationResult {
  @Field(() => UserType, { nullable: true, description: 'The user as they now are; null when `userErrors` is not empty.' })
  user?: UserType | null;
}

const CreateUserPayload = payloadOf('createUser', UserResult);
const UpdateUserPayload = payloadOf('updateUser', UserResult);
const DeactivateUserPayload = payloadOf('deactivateUser', UserResult);
const ReactivateUserPayload = payloadOf('reactivateUser', UserResult);
const UpdateViewerPreferencesPayload = payloadOf('updateViewerPreferences', UserResult);
const DeactivateUserInput = inputOf(
  'deactivateUser',
  UserStatusFields,
  'The user to deactivate: their tokens are refused from the next request.',
);
const ReactivateUserInput = inputOf('reactivateUser', UserStatusFields, 'The user to reactivate.');

/** Every account mutation answers with the user as they now are. */
const userPayload = (ctx: Context) => async (key: string) => ({ user: await ctx.loaders.user.byKey.load(key) });

const grantFields = (grants: RoleGrantInput[]): GrantFields[] =>
  grants.map((g, i) => ({ role: g.role, unitKey: optionalKeyOf(g.unitId, 'Unit', `input.grants.${i}.unitId`) ?? null }));

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { description: 'The signed-in user.' })
  viewer(@Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, ctx.viewer.key, 'user');
  }

  @Query(() => UserConnection, {
    nullable: true,
    description: 'User accounts, filtered and ordered (by login unless `orderBy` says otherwise). Admins only.',
  })
  users(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users.' }) filter?: UserFilter | null,
    @Arg('orderBy', () => [UserOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: UserOrder[] | null,
  ): Promise<Page<UserType>> {
    requireAdmin(ctx);
    return listUsers(ctx, page, filter, orderBy);
  }

  @Mutation(() => CreateUserPayload, { description: 'Creates a user account with its roles. Admins only.' })
  createUser(
    @Arg('input', () => CreateUserInput, { description: 'The account to create.' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<UserResult>> {
    const fields = {
      login: input.login,
      displayName: input.displayName,
      unitKey: keyOf(input.unitId, 'Unit', 'input.unitId'),
      personKey: optionalKeyOf(input.personId, 'Person', 'input.personId') ?? null,
      grants: grantFields(input.grants),
      language: input.language ?? null,
    };
    return mutation(() => createUser(ctx, fields), userPayload(ctx));
  }

  @Mutation(() => UpdateUserPayload, {
    description: 'Changes a user account: name, unit, person, roles (the whole set), language. Admins only.',
  })
  updateUser(
    @Arg('input', () => UpdateUserInput, { description: 'The user and what to change.' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<UserResult>> {
    const userKey = keyOf(input.userId, 'User', 'input.userId');
    const changes = {
      displayName: input.displayName ?? undefined,
      unitKey: input.unitId == null ? undefined : keyOf(input.unitId, 'Unit', 'input.unitId'),
      personKey: optionalKeyOf(input.personId, 'Person', 'input.personId'),
      grants: input.grants == null ? undefined : grantFields(input.grants),
      language: input.language,
    };
    return mutation(() => updateUser(ctx, userKey, changes), userPayload(ctx));
  }

  @Mutation(() => DeactivateUserPayload, {
    description: 'Deactivates an account: its tokens are refused from the next request. The last active admin stays. Admins only.',
  })
  deactivateUser(
    @Arg('input', () => DeactivateUserInput, { description: 'The user to deactivate.' }) input: UserStatusFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<UserResult>> {
    const userKey = keyOf(input.userId, 'User', 'input.userId');
    return mutation(() => deactivateUser(ctx, userKey), userPayload(ctx));
  }

  @Mutation(() => ReactivateUserPayload, { description: 'Reactivates a deactivated account; its valid tokens work again. Admins only.' })
  reactivateUser(
    @Arg('input', () => ReactivateUserInput, { description: 'The user to reactivate.' }) input: UserStatusFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<UserResult>> {
    const userKey = keyOf(input.userId, 'User', 'input.userId');
    return mutation(() => reactivateUser(ctx, userKey), userPayload(ctx));
  }

  @Mutation(() => UpdateViewerPreferencesPayload, {
    description: 'Sets the signed-in user’s own preferences (the language of their messages).',
  })
  updateViewerPreferences(
    @Arg('input', () => UpdateViewerPreferencesInput, { description: 'What to change.' }) input: UpdateViewerPreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<UserResult>> {
    return mutation(() => updateViewerPreferences(ctx, { language: input.language }), userPayload(ctx));
  }

  @Cost({ bound: Object.keys(Role).length })
  @FieldResolver(() => [Role], {
    nullable: true,
    description: 'What the user may do, for any unit; null to anyone but themselves and admins.',
  })
  roles(@Root() user: UserType, @Ctx() ctx: Context): Role[] | null {
    return canSeeAccount(ctx.viewer, user.key) ? user.roles : null;
  }

  @Cost({ bound: 50 })
  @FieldResolver(() => [RoleGrantType], {
    nullable: true,
    description: 'The roles with the units they are held for; null to anyone but themselves and admins.',
  })
  grants(@Root() user: UserType, @Ctx() ctx: Context): RoleGrantType[] | null {
    return canSeeAccount(ctx.viewer, user.key) ? user.grants.map((g) => Object.assign(new RoleGrantType(), g)) : null;
  }

  @FieldResolver(() => Language, {
    nullable: true,
    description: 'The language of their messages; null when unset or to anyone but themselves and admins.',
  })
  language(@Root() user: UserType, @Ctx() ctx: Context): Language | null {
    return canSeeAccount(ctx.viewer, user.key) ? user.language : null;
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the user works for.' })
  unit(@Root() user: UserType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return user.unitKey ? ctx.loaders.unit.byKey.load(user.unitKey) : null;
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'The cadre this account is, if linked.' })
  person(@Root() user: UserType, @Ctx() ctx: Context): Promise<PersonType | null> | null {
    return user.personKey ? ctx.loaders.unit.personByKey.load(user.personKey) : null;
  }
}

@Resolver(() => RoleGrantType)
export class RoleGrantResolver {
  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the role is held for; null for a province-wide role.' })
  unit(@Root() grant: RoleGrantType, @Ctx() ctx: Context): Promise<UnitType | null> | null {
    return grant.unitKey ? ctx.loaders.unit.byKey.load(grant.unitKey) : null;
  }
}
