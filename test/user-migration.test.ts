import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../src/mikro-orm.config.js';
import { cloneTemplate } from './support/databases.js';

// The migration that turned each user's roles array into grants, run back and forth on a copy of
// the seeded database: the demo users' roles survive both ways, unit-bound ones bound to the unit;
// down keeps only the grants that up would give back (province-wide, or for the user's own unit).

let orm: MikroORM;
beforeAll(async () => {
  const url = await cloneTemplate(inject('adminUrl'), inject('templateDatabase'), `rg_test_${inject('runId')}_${process.pid}_grants`);
  orm = await MikroORM.init(ormConfig(url));
});
afterAll(() => orm.close());

const sql = <T>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);
const grants = () =>
  sql<{ username: string; role: string; unit: string | null }>(
    `select a.username, g.role, u.code as unit from role_grant g join app_user a on a.id = g.user_id left join unit u on u.id = g.unit_id
     order by a.username, g.role`,
  );

describe('the migration to role grants', () => {
  it('keeps every role through down and up, binds unit-bound roles to the user’s unit, and drops those without one', async () => {
    const seeded = await grants();
    expect(seeded).toContainEqual({ username: 'officer', role: 'UNIT_OFFICER', unit: 'HRB-FY' });
    expect(seeded).toContainEqual({ username: 'admin', role: 'ADMIN', unit: null });

    // The officer of HRB-FY also assesses for HRB-FY, and decides and assesses for HRB-GAJ.
    const grant = (role: string, unit: string) =>
      sql(
        `insert into role_grant (created_at, updated_at, user_id, role, unit_id)
         select now(), now(), a.id, ?, u.id from app_user a, unit u where a.username = 'officer' and u.code = ?`,
        [role, unit],
      );
    await grant('ASSESSOR', 'HRB-FY');
    await grant('ASSESSOR', 'HRB-GAJ');
    await grant('DECISION_MAKER', 'HRB-GAJ');

    await orm.migrator.down({ to: 'Migration20261202120000' });
    const arrays = await sql<{ username: string; roles: string[] }>(`select username, roles from app_user order by username`);
    expect(arrays).toContainEqual({ username: 'decider', roles: ['DECISION_MAKER'] });
    // Roles held for another unit are not carried back: the roles array would make them the officer's own unit's.
    expect(arrays).toContainEqual({ username: 'officer', roles: ['ASSESSOR', 'UNIT_OFFICER'] });
    // Before grants: a user without a unit whose roles include a unit-bound one.
    await sql(
      `insert into app_user (created_at, updated_at, username, display_name, unit_id, roles, active)
       values (now(), now(), 'unitless', '无单位', null, '{ASSESSOR,VIEWER}', true)`,
    );

    await orm.migrator.up();
    expect(await grants()).toEqual(
      [...seeded, { username: 'officer', role: 'ASSESSOR', unit: 'HRB-FY' }, { username: 'unitless', role: 'VIEWER', unit: null }].sort(
        (a, b) => (a.username === b.username ? a.role.localeCompare(b.role) : a.username.localeCompare(b.username)),
      ),
    );
    await expect(
      sql(
        `insert into role_grant (created_at, updated_at, user_id, role, unit_id) select now(), now(), id, 'ASSESSOR', null from app_user where username = 'unitless'`,
      ),
    ).rejects.toThrow(/role_grant_unit_fits_role/);
    await expect(
      sql(
        `insert into role_grant (created_at, updated_at, user_id, role, unit_id) select now(), now(), id, 'VIEWER', null from app_user where username = 'unitless'`,
      ),
    ).rejects.toThrow(/unique/);
  });
});
