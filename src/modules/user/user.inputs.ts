import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NonEmptyStringResolver } from 'graphql-scalars';
import { Role } from '../../shared/auth/role.js';
import { OrderDirection } from '../../shared/graphql/connection.js';
import { EnumComparator, IDComparator } from '../../shared/graphql/filter.js';
import { Language } from '../../shared/i18n/language.js';

const RoleComparator = EnumComparator<Role>(Role, 'Role');

@InputType({ description: 'Which users to list. Fields combine with AND; use `and`/`or` for more.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Text found in the login or the display name, ignoring case.' })
  text?: string | null;

  @Field(() => IDComparator, { nullable: true, description: 'The unit they work for, by ID.' })
  unit?: IDComparator | null;

  @Field(() => RoleComparator, {
    nullable: true,
    description: 'Roles they hold, for any unit: `eq`/`in` keep holders, `neq`/`nin` those who hold none of them.',
  })
  role?: InstanceType<typeof RoleComparator> | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only deactivated (false) accounts.' })
  active?: boolean | null;

  @Field(() => [UserFilter], { nullable: true, description: 'All of these filters.' })
  and?: UserFilter[] | null;

  @Field(() => [UserFilter], { nullable: true, description: 'Any of these filters.' })
  or?: UserFilter[] | null;
}

export enum UserOrderField {
  LOGIN = 'LOGIN',
  DISPLAY_NAME = 'DISPLAY_NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserOrderField, { name: 'UserOrderField', description: 'Fields users can be ordered by. 用户可排序的字段。' });

@InputType({ description: 'One ordering term; ties are always broken by ID.' })
export class UserOrder {
  @Field(() => UserOrderField, { description: 'Field to order by.' })
  field!: UserOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A role to grant: unit-bound roles (UNIT_OFFICER, ASSESSOR, DECISION_MAKER) name their unit, others none.' })
export class RoleGrantInput {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The unit the role is held for; only for unit-bound roles.' })
  unitId?: string | null;
}

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field(() => NonEmptyStringResolver, { description: 'Login name, the `sub` of their tokens: 2–64 letters, digits, ".", "_" or "-".' })
  login!: string;

  @Field(() => NonEmptyStringResolver, { description: 'Name to show.' })
  displayName!: string;

  @Field(() => ID, { description: 'The unit they work for.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The cadre (Person) they are; a person is one user at most.' })
  personId?: string | null;

  @Field(() => [RoleGrantInput], { description: 'The roles they hold.' })
  grants!: RoleGrantInput[];

  @Field(() => Language, { nullable: true, description: 'The language of their messages; omit to follow each request.' })
  language?: Language | null;
}

@InputType({
  description:
    'Changes to a user account. Omitted fields stay as they are, and so do `displayName`, `unitId` and `grants` given as null; `personId: null` unlinks the person, `language: null` clears the language.',
})
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user to change.' })
  userId!: string;

  @Field(() => NonEmptyStringResolver, { nullable: true, description: 'New name to show.' })
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: 'New unit they work for.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The cadre they are; null unlinks.' })
  personId?: string | null;

  @Field(() => [RoleGrantInput], { nullable: true, description: 'The roles they hold, replacing the whole set.' })
  grants?: RoleGrantInput[] | null;

  @Field(() => Language, { nullable: true, description: 'The language of their messages; null follows each request.' })
  language?: Language | null;
}

@InputType('UserStatusFields', { description: 'The user whose account changes.' })
export class UserStatusFields {
  @Field(() => ID, { description: 'The user.' })
  userId!: string;
}

@InputType({ description: 'The signed-in user’s own preferences.' })
export class UpdateViewerPreferencesInput {
  @Field(() => Language, { nullable: true, description: 'The language of their messages; null follows each request’s `Accept-Language`.' })
  language?: Language | null;
}
