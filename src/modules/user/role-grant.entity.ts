import { Entity, Enum, ManyToOne, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { Role } from '../../shared/auth/role.js';
import { Unit } from '../unit/index.js';
import { User } from './user.entity.js';

/**
 * A role a user holds: for one unit where the role is unit-bound (`isUnitBound`), province-wide
 * otherwise. The database refuses a grant whose unit does not fit its role, and a grant twice.
 */
@Entity({ tableName: 'role_grant' })
export class RoleGrant extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: Rel<User>;

  @Enum({ items: () => Role, type: 'text' })
  role: Role;

  @ManyToOne(() => Unit, { nullable: true })
  unit: Rel<Unit> | null;

  /** Made by `User.grant`, which checks that the unit fits the role. */
  constructor(user: Rel<User>, role: Role, unit: Rel<Unit> | null) {
    super();
    this.user = user;
    this.role = role;
    this.unit = unit;
  }
}
