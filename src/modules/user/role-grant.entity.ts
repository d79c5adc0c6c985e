import { Check, Entity, Enum, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { Role, UNIT_BOUND_ROLES } from '../../shared/auth/role.js';
import { Unit } from '../unit/index.js';
import { User } from './user.entity.js';

/**
 * A role a user holds: for one unit where the role is unit-bound (`isUnitBound`), province-wide
 * otherwise. The database refuses a grant whose unit does not fit its role, and a grant twice.
 */
@Entity({ tableName: 'role_grant' })
// The database's own guard of `isUnitBound`, written as PostgreSQL prints it back (the schema diff stays empty).
@Check({
  name: 'role_grant_unit_fits_role',
  expression: `(role = ANY (ARRAY[${UNIT_BOUND_ROLES.map((r) => `'${r}'::text`).join(', ')}])) = (unit_id IS NOT NULL)`,
})
// One grant of a role per unit, and one province-wide: the NULL unit compares equal here.
@Index({
  name: 'role_grant_user_id_role_unit_id_unique',
  expression: 'create unique index "role_grant_user_id_role_unit_id_unique" on "role_grant" ("user_id", "role", coalesce("unit_id", 0))',
})
export class RoleGrant extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: Rel<User>;

  @Enum({ items: () => Role, type: 'text' })
  role: Role;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'no action', index: 'role_grant_unit_id_index' })
  unit: Rel<Unit> | null;

  /** Made by `User.grant`, which checks that the unit fits the role. */
  constructor(user: Rel<User>, role: Role, unit: Rel<Unit> | null) {
    super();
    this.user = user;
    this.role = role;
    this.unit = unit;
  }
}
