import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/db/base.entity.js';
import { requireText } from '../../shared/domain/values.js';
import { isUnitBound, Role } from '../../shared/auth/role.js';
import { Language } from '../../shared/i18n/language.js';
import { Person, Unit } from '../unit/index.js';
import { RoleGrant } from './role-grant.entity.js';
import { UserErrors } from './user.errors.js';

const LOGIN = /^[A-Za-z0-9._-]{2,64}$/;

/** A role to grant, with its unit where the role is unit-bound. */
export interface GrantSpec {
  role: Role;
  unit: Rel<Unit> | null;
}

/** Someone who signs in. A token's `sub` claim is the username. */
@Entity({ tableName: 'app_user' })
@Index({ name: 'app_user_display_name_id_index', properties: ['displayName', 'id'] })
@Index({ name: 'app_user_created_at_id_index', properties: ['createdAt', 'id'] })
export class User extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  username: string;

  @Property({ type: 'text' })
  displayName: string;

  @ManyToOne(() => Unit, { nullable: true })
  unit: Rel<Unit> | null;

  /** The cadre this account is; a person is one account at most. */
  @ManyToOne(() => Person, { nullable: true, unique: true })
  person: Rel<Person> | null = null;

  @OneToMany(() => RoleGrant, (g) => g.user, { orphanRemoval: true })
  grants = new Collection<RoleGrant>(this);

  @Property({ type: 'boolean' })
  active = true;

  /** The language of the messages they read; null follows each request's `Accept-Language`. */
  @Enum({ items: () => Language, type: 'text', nullable: true })
  language: Language | null = null;

  constructor(props: { username: string; displayName: string; unit: Unit | null; person?: Person | null; language?: Language | null }) {
    super();
    if (!LOGIN.test(props.username)) throw UserErrors.invalidLogin(props.username);
    this.username = props.username;
    this.displayName = User.displayNameOf(props.displayName);
    this.unit = props.unit;
    this.person = props.person ?? null;
    this.language = props.language ?? null;
  }

  private static displayNameOf(name: string): string {
    return requireText(name, 100, () => UserErrors.invalidDisplayName());
  }

  describe(props: { displayName: string; unit: Unit | null }): void {
    this.displayName = User.displayNameOf(props.displayName);
    this.unit = props.unit;
  }

  linkPerson(person: Person | null): void {
    this.person = person;
  }

  setLanguage(language: Language | null): void {
    this.language = language;
  }

  /**
   * Replaces the roles held: a unit-bound role names its unit, any other none, and no grant twice.
   * Grants that stay are kept as they are (their rows untouched); the others go or come.
   */
  setGrants(specs: readonly GrantSpec[]): void {
    const wanted = new Map<string, GrantSpec>();
    specs.forEach((spec, i) => {
      if (isUnitBound(spec.role) && !spec.unit) throw UserErrors.unitRequired(spec.role, i);
      if (!isUnitBound(spec.role) && spec.unit) throw UserErrors.unitNotTaken(spec.role, i);
      const key = grantKey(spec.role, spec.unit?.id ?? null);
      if (wanted.has(key)) throw UserErrors.duplicateGrant(spec.role, i);
      wanted.set(key, spec);
    });
    for (const grant of this.grants.getItems()) {
      const key = grantKey(grant.role, grant.unit?.id ?? null);
      if (wanted.has(key)) wanted.delete(key);
      else this.grants.remove(grant);
    }
    for (const spec of wanted.values()) this.grants.add(new RoleGrant(this, spec.role, spec.unit));
  }

  holds(role: Role): boolean {
    return this.grants.getItems().some((g) => g.role === role);
  }

  deactivate(): void {
    if (!this.active) throw UserErrors.alreadyInactive(this.username);
    this.active = false;
  }

  reactivate(): void {
    if (this.active) throw UserErrors.alreadyActive(this.username);
    this.active = true;
  }
}

const grantKey = (role: Role, unitKey: string | null) => `${role}@${unitKey ?? ''}`;
