import { ArrayType, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import type { Role } from '../../shared/auth/role.js';
import { Unit } from '../unit/index.js';

/** Someone who signs in. A token's `sub` claim is the username. */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  username: string;

  @Property({ type: 'text' })
  displayName: string;

  @ManyToOne(() => Unit, { nullable: true })
  unit: Rel<Unit> | null;

  @Property({ type: ArrayType })
  roles: Role[];

  @Property({ type: 'boolean' })
  active = true;

  constructor(props: { username: string; displayName: string; unit: Unit | null; roles: Role[] }) {
    super();
    this.username = props.username;
    this.displayName = props.displayName;
    this.unit = props.unit;
    this.roles = props.roles;
  }
}
