import { isUnitBound, Role } from '../../src/shared/auth/role.js';
import { Person } from '../../src/modules/unit/person.entity.js';
import { Unit } from '../../src/modules/unit/unit.entity.js';
import { User } from '../../src/modules/user/user.entity.js';
import type { TestApp } from './app.js';

/**
 * Adds a user to this file's database (a fixture, not demo data). Unit-bound roles are granted for
 * the user's unit unless `grants` names the units; `person` links the cadre with that Person key.
 */
export async function addUser(
  app: TestApp,
  username: string,
  unitCode: string,
  roles: Role[] = [Role.UNIT_OFFICER],
  options: { grants?: { role: Role; unitCode?: string }[]; personKey?: string } = {},
): Promise<string> {
  const em = app.orm.em.fork();
  const unit = await em.findOneOrFail(Unit, { code: unitCode });
  const person = options.personKey ? await em.findOneOrFail(Person, { id: options.personKey }) : null;
  const user = new User({ username, displayName: username, unit, person });
  const specs = options.grants ?? roles.map((role) => ({ role, unitCode: isUnitBound(role) ? unitCode : undefined }));
  const grants = [];
  for (const { role, unitCode: code } of specs) grants.push({ role, unit: code ? await em.findOneOrFail(Unit, { code }) : null });
  user.setGrants(grants);
  await em.persist(user).flush();
  return username;
}
