import { isUnitBound, Role } from '../../shared/auth/role.js';
import { existing, lookup, must, remember, type SeedRun } from '../../shared/db/seed-kit.js';
import { Person } from '../unit/index.js';
import { User } from './user.entity.js';

declare module '../../shared/db/seed-kit.js' {
  interface SeedLookups {
    /** The demo users by username. */
    users: Map<string, User>;
  }
}

export interface UserSeed {
  username: string;
  displayName: string;
  unit: string;
  /** Unit-bound roles are granted for the user's own unit. */
  roles: Role[];
  /** The cadre the user is (found by unit and name, or added). */
  person?: { name: string; title: string };
}

/** The demo users, one per role; illustrative accounts. */
export const users: UserSeed[] = [
  { username: 'admin', displayName: '系统管理员', unit: 'HLJ-ZFW-OFFICE', roles: [Role.ADMIN] },
  { username: 'staff', displayName: '省委政法委改革处工作人员', unit: 'HLJ-ZFW-REFORM', roles: [Role.COMMISSION_STAFF] },
  { username: 'officer', displayName: '哈尔滨市中级人民法院联络员', unit: 'HRB-FY', roles: [Role.UNIT_OFFICER] },
  { username: 'assessor', displayName: '哈尔滨市委政法委评估人员', unit: 'HRB-ZFW', roles: [Role.ASSESSOR] },
  { username: 'reviewer', displayName: '省委政法委评审专家', unit: 'HLJ-ZFW-STABILITY', roles: [Role.EXPERT_REVIEWER] },
  { username: 'decider', displayName: '哈尔滨市人民政府决策人', unit: 'HRB-GOV', roles: [Role.DECISION_MAKER] },
  { username: 'coordinator', displayName: '省委政法委法治建设处协调人', unit: 'HLJ-ZFW-RULE-OF-LAW', roles: [Role.COORDINATOR] },
  // 邓建华 of the inspection office leads the third group of the demo rounds (inspection seed).
  {
    username: 'inspector',
    displayName: '省委政法委督察人员',
    unit: 'HLJ-ZFW-INSPECTION',
    roles: [Role.INSPECTOR],
    person: { name: '邓建华', title: '处长' },
  },
  { username: 'viewer', displayName: '只读用户', unit: 'HLJ-ZFW-OFFICE', roles: [Role.VIEWER] },
];

/** Adds the demo users that are missing, with their roles as grants and their person. */
export async function seedUsers(run: SeedRun): Promise<void> {
  const units = lookup(run, 'units');
  const em = run.adds.tx.em;
  const present = await existing(em, User, (u) => u.username);
  const people = await existing(em, Person, (p) => `${p.unit.id}/${p.name}`);
  for (const seed of users) {
    if (present.has(seed.username)) continue;
    const unit = must(units, seed.unit);
    let person: Person | null = null;
    if (seed.person) {
      person = people.get(`${unit.id}/${seed.person.name}`) ?? null;
      if (!person) {
        person = new Person({ ...seed.person, unit });
        run.adds.add(person, 'Person', { unit: seed.unit, ...seed.person }, 'people');
      }
    }
    const user = new User({ username: seed.username, displayName: seed.displayName, unit, person });
    user.setGrants(seed.roles.map((role) => ({ role, unit: isUnitBound(role) ? unit : null })));
    run.adds.add(remember(present, seed.username, user), 'User', { ...seed }, 'users');
  }
  await run.adds.flush();
  run.lookups.users = present;
}
