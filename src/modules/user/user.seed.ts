import { Role } from '../../shared/auth/role.js';
import { existing, lookup, must, remember, type SeedRun } from '../../shared/db/seed-kit.js';
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
  roles: Role[];
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
  { username: 'inspector', displayName: '省委政法委督察人员', unit: 'HLJ-ZFW-INSPECTION', roles: [Role.INSPECTOR] },
  { username: 'viewer', displayName: '只读用户', unit: 'HLJ-ZFW-OFFICE', roles: [Role.VIEWER] },
];

/** Adds the demo users that are missing. */
export async function seedUsers(run: SeedRun): Promise<void> {
  const units = lookup(run, 'units');
  const present = await existing(run.adds.tx.em, User, (u) => u.username);
  for (const seed of users) {
    if (!present.has(seed.username))
      run.adds.add(remember(present, seed.username, new User({ ...seed, unit: must(units, seed.unit) })), 'User', { ...seed }, 'users');
  }
  await run.adds.flush();
  run.lookups.users = present;
}
