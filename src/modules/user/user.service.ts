import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../shared/auth/role.js';
import { Role as Roles } from '../../shared/auth/role.js';
import { write, type Write } from '../../shared/audit/write.js';
import type { Context } from '../../shared/context.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import type { Language } from '../../shared/i18n/language.js';
import { findUnit, Person, Unit } from '../unit/index.js';
import { requireAdmin } from './user.access.js';
import { User, type GrantSpec } from './user.entity.js';
import { UserErrors } from './user.errors.js';

/** A grant as a command names it: the unit by primary key, decoded from its ID by the resolver. */
export interface GrantFields {
  role: Role;
  unitKey: string | null;
}

export interface UserFields {
  login: string;
  displayName: string;
  unitKey: string;
  personKey: string | null;
  grants: GrantFields[];
  language: Language | null;
}

/** Changes to a user: undefined leaves a field as it is; `personKey: null` unlinks, `language: null` clears. */
export interface UserChanges {
  displayName?: string;
  unitKey?: string;
  personKey?: string | null;
  grants?: GrantFields[];
  language?: Language | null;
}

/** What the audit trail keeps of an account. */
function snapshot(user: User): Record<string, unknown> {
  return {
    login: user.username,
    displayName: user.displayName,
    unitId: user.unit ? toGlobalId('Unit', user.unit.id) : null,
    personId: user.person ? toGlobalId('Person', user.person.id) : null,
    grants: user.grants.getItems().map((g) => ({ role: g.role, unitId: g.unit ? toGlobalId('Unit', g.unit.id) : null })),
    active: user.active,
    language: user.language,
  };
}

const audited = (audit: Write['audit'], user: User, action: string, from: Record<string, unknown> | null) =>
  audit({ action: `user.${action}`, object: { typename: 'User', key: user.id }, from, to: snapshot(user) });

/**
 * Every change that could take away an active admin runs under one transaction-level lock, so two
 * admins removing each other at once are serialised and the second sees the first's result.
 */
async function lockAdmins(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('active-admins'))`);
}

async function otherActiveAdmins(em: EntityManager, userKey: string): Promise<number> {
  const [row] = await em.execute<{ count: string }[]>(
    `select count(*) as count from app_user a
     where a.active and a.id <> ? and exists (select 1 from role_grant g where g.user_id = a.id and g.role = ?)`,
    [userKey, Roles.ADMIN],
  );
  return Number(row?.count ?? 0);
}

async function findUser(em: EntityManager, key: string): Promise<User> {
  const user = await em.findOne(User, { id: key }, { populate: ['grants', 'person'] });
  if (!user) throw UserErrors.notFound('user', 'userId');
  return user;
}

/** The grants' units, loaded in one statement; NOT_FOUND names the grant that named a missing one. */
async function grantSpecs(em: EntityManager, grants: readonly GrantFields[]): Promise<GrantSpec[]> {
  const keys = [...new Set(grants.flatMap((g) => (g.unitKey ? [g.unitKey] : [])))];
  const units = new Map((keys.length ? await em.find(Unit, { id: { $in: keys } }) : []).map((u) => [u.id, u]));
  return grants.map((g, i) => {
    if (g.unitKey === null) return { role: g.role, unit: null };
    const unit = units.get(g.unitKey);
    if (!unit) throw UserErrors.notFound('unit', 'grants', i, 'unitId');
    return { role: g.role, unit };
  });
}

/** The person to link, free of any other account. */
async function freePerson(em: EntityManager, personKey: string, userKey?: string): Promise<Person> {
  const person = await em.findOne(Person, { id: personKey });
  if (!person) throw UserErrors.notFound('person', 'personId');
  const holder = await em.findOne(User, { person, ...(userKey ? { id: { $ne: userKey } } : {}) });
  if (holder) throw UserErrors.personAlreadyLinked(person.name, holder.username);
  return person;
}

/** Flushes, turning a race lost to a concurrent write on the login or the person into its userError. */
async function flushUser(em: EntityManager, user: User): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      if (error.message.includes('person')) throw UserErrors.personLinkedMeanwhile(user.person?.name ?? '');
      throw UserErrors.loginTaken(user.username);
    }
    throw error;
  }
}

export async function createUser(ctx: Context, fields: UserFields): Promise<string> {
  requireAdmin(ctx);
  return write(ctx, async ({ em, audit }) => {
    const unit = await findUnit(em, fields.unitKey, 'unitId');
    const person = fields.personKey === null ? null : await freePerson(em, fields.personKey);
    const grants = await grantSpecs(em, fields.grants);
    if (await em.findOne(User, { username: fields.login })) throw UserErrors.loginTaken(fields.login);
    const user = new User({ username: fields.login, displayName: fields.displayName, unit, person, language: fields.language });
    user.setGrants(grants);
    em.persist(user);
    await flushUser(em, user);
    audited(audit, user, 'create', null);
    return user.id;
  });
}

export async function updateUser(ctx: Context, key: string, changes: UserChanges): Promise<string> {
  requireAdmin(ctx);
  return changeUser(
    ctx,
    key,
    'update',
    async (user, em) => {
      // Everything is read before the user changes: MikroORM flushes pending changes before a query.
      const unit = changes.unitKey === undefined ? user.unit : await findUnit(em, changes.unitKey, 'unitId');
      const person =
        changes.personKey === undefined
          ? user.person
          : changes.personKey === null
            ? null
            : await freePerson(em, changes.personKey, user.id);
      const grants = changes.grants ? await grantSpecs(em, changes.grants) : undefined;
      const wasAdmin = user.active && user.holds(Roles.ADMIN);
      const others = wasAdmin && grants && !grants.some((g) => g.role === Roles.ADMIN) ? await otherActiveAdmins(em, user.id) : undefined;

      user.describe({ displayName: changes.displayName ?? user.displayName, unit });
      user.linkPerson(person);
      if (changes.language !== undefined) user.setLanguage(changes.language);
      if (grants) {
        user.setGrants(grants);
        if (others === 0) throw UserErrors.lastAdmin('grants');
      }
    },
    // New grants may take ADMIN away: under the admins' lock.
    Boolean(changes.grants),
  );
}

/**
 * Loads the user, applies `change` to them and audits it as `user.<action>`, in one write; with
 * `lock`, under the admins' lock taken before the user is read. A race lost on the login or the
 * person is answered as its userError.
 */
function changeUser(
  ctx: Context,
  key: string,
  action: string,
  change: (user: User, em: EntityManager) => Promise<void> | void,
  lock = false,
) {
  return write(ctx, async ({ em, audit }) => {
    if (lock) await lockAdmins(em);
    const user = await findUser(em, key);
    const before = snapshot(user);
    await change(user, em);
    await flushUser(em, user);
    audited(audit, user, action, before);
    return user.id;
  });
}

export async function deactivateUser(ctx: Context, key: string): Promise<string> {
  requireAdmin(ctx);
  return changeUser(
    ctx,
    key,
    'deactivate',
    async (user, em) => {
      if (user.active && user.holds(Roles.ADMIN) && (await otherActiveAdmins(em, user.id)) === 0) throw UserErrors.lastAdmin('userId');
      user.deactivate();
    },
    true,
  );
}

export async function reactivateUser(ctx: Context, key: string): Promise<string> {
  requireAdmin(ctx);
  return changeUser(ctx, key, 'reactivate', (user) => user.reactivate());
}

/** Any signed-in user sets their own preferences. */
export async function updateViewerPreferences(ctx: Context, changes: { language?: Language | null }): Promise<string> {
  return changeUser(ctx, ctx.viewer.key, 'updatePreferences', (user) => {
    if (changes.language !== undefined) user.setLanguage(changes.language);
  });
}
