import { Role } from '../../src/shared/auth/role.js';
import { Unit } from '../../src/modules/unit/unit.entity.js';
import { User } from '../../src/modules/user/user.entity.js';
import type { TestApp } from './app.js';

/** Adds a user to this file's database (a fixture, not demo data). */
export async function addUser(app: TestApp, username: string, unitCode: string, roles: Role[] = [Role.UNIT_OFFICER]): Promise<string> {
  const em = app.orm.em.fork();
  const unit = await em.findOneOrFail(Unit, { code: unitCode });
  const user = new User({ username, displayName: username, unit, roles });
  await em.persist(user).flush();
  return username;
}
