import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateUnitDocument, RegionsDocument, UnitByCodeDocument, UpdateUnitDocument, type CreateUnitInput } from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount, auditOf } from './support/audit.js';
import { idOf } from './support/ids.js';

let app: TestApp;
let harbin: string;
beforeAll(async () => {
  app = await startApp();
  harbin = (await app.ok(RegionsDocument, {})).regions!.nodes.find((r) => r.code === 'HRB')!.id;
});
afterAll(() => app.close());

async function unitId(code: string): Promise<string> {
  return (await app.ok(UnitByCodeDocument, { code })).unit!.id;
}

async function unitCount(): Promise<number> {
  const [row] = await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from unit');
  return Number(row!.n);
}

const district = (overrides: Partial<CreateUnitInput> = {}): CreateUnitInput => ({
  code: 'HRB-DL-FY',
  name: '哈尔滨市道里区人民法院',
  kind: 'COURT',
  level: 'COUNTY',
  regionId: harbin,
  ...overrides,
});

describe('createUnit', () => {
  it('creates a unit under its parent and leaves exactly one audit entry with from/to values', async () => {
    const parentId = await unitId('HRB-FY');
    const { createUnit } = await app.ok(CreateUnitDocument, { input: district({ parentId }) });
    expect(createUnit.userErrors).toEqual([]);
    expect(createUnit.unit).toMatchObject({ code: 'HRB-DL-FY', level: 'COUNTY', parent: { code: 'HRB-FY' }, region: { code: 'HRB' } });

    const entries = await auditOf(app, createUnit.unit!.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'admin',
      action: 'unit.create',
      from: null,
      to: { code: 'HRB-DL-FY', name: '哈尔滨市道里区人民法院', kind: 'COURT', level: 'COUNTY', parentId, regionId: harbin },
    });
    expect(entries[0]!.request_id).toMatch(/\S/);

    const { unit } = await app.ok(UnitByCodeDocument, { code: 'HRB-FY' });
    expect(unit!.children.nodes.map((c) => c.code)).toContain('HRB-DL-FY');
  });

  it('refuses a duplicate code with DUPLICATE_CODE and writes nothing', async () => {
    const units = await unitCount();
    const audits = await auditCount(app);
    const { createUnit } = await app.ok(CreateUnitDocument, {
      input: district({ code: 'hlj-gy', name: '重复', level: 'PROVINCE', regionId: null }),
    });
    expect(createUnit.unit).toBeNull();
    expect(createUnit.userErrors).toEqual([
      { code: 'DUPLICATE_CODE', message: expect.stringContaining('HLJ-GY'), field: ['input', 'code'] },
    ]);
    expect(await unitCount()).toBe(units);
    expect(await auditCount(app)).toBe(audits);
  });

  it('refuses concurrent creates of one code: exactly one wins', async () => {
    const input = district({ code: 'RACE-1', name: '并发单位', level: 'PROVINCE', regionId: null, kind: 'OTHER' });
    const results = await Promise.all([1, 2, 3].map(() => app.ok(CreateUnitDocument, { input })));
    expect(results.filter((r) => r.createUnit.unit).length).toBe(1);
    expect(results.flatMap((r) => r.createUnit.userErrors.map((e) => e.code))).toEqual(['DUPLICATE_CODE', 'DUPLICATE_CODE']);
  });

  it('refuses an unknown parent with NOT_FOUND', async () => {
    const ghost = idOf('Unit', 987654);
    const { createUnit } = await app.ok(CreateUnitDocument, { input: district({ code: 'GHOST-CHILD', parentId: ghost }) });
    expect(createUnit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'parentId'] })]);
  });

  it('refuses invalid values with INVALID_INPUT naming the field', async () => {
    const { createUnit: badCode } = await app.ok(CreateUnitDocument, { input: district({ code: 'has spaces' }) });
    expect(badCode.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'code'] })]);
    const { createUnit: noRegion } = await app.ok(CreateUnitDocument, { input: district({ code: 'NO-REGION', regionId: null }) });
    expect(noRegion.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'regionId'] })]);
  });

  it('refuses an empty name at the scalar, as bad input', async () => {
    const response = await app.gql(CreateUnitDocument, { input: district({ code: 'EMPTY-NAME', name: '' }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('is for admins only: others get FORBIDDEN and nothing is written', async () => {
    const units = await unitCount();
    const audits = await auditCount(app);
    for (const as of ['staff', 'officer', 'viewer']) {
      const response = await app.gql(CreateUnitDocument, { input: district({ code: `NOT-${as.toUpperCase()}` }) }, { as });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await unitCount()).toBe(units);
    expect(await auditCount(app)).toBe(audits);
  });
});

describe('updateUnit', () => {
  it('renames a unit and keeps the old values on the audit trail', async () => {
    const id = await unitId('HRB-SFJ');
    const { updateUnit } = await app.ok(UpdateUnitDocument, { input: { id, name: '哈尔滨市司法局（新）' } });
    expect(updateUnit.userErrors).toEqual([]);
    expect(updateUnit.unit).toMatchObject({ code: 'HRB-SFJ', name: '哈尔滨市司法局（新）', parent: { code: 'HLJ-SFT' } });
    const entries = await auditOf(app, id);
    expect(entries.at(-1)).toMatchObject({ action: 'unit.update', from: { name: '哈尔滨市司法局' }, to: { name: '哈尔滨市司法局（新）' } });
  });

  it('refuses a parent that would make a cycle with INVALID_PARENT, writing nothing', async () => {
    const commission = await unitId('HLJ-ZFW');
    const division = await unitId('HLJ-ZFW-REFORM');
    const audits = await auditCount(app);
    const { updateUnit } = await app.ok(UpdateUnitDocument, { input: { id: commission, parentId: division } });
    expect(updateUnit.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_PARENT', field: ['input', 'parentId'] })]);
    const { updateUnit: self } = await app.ok(UpdateUnitDocument, { input: { id: commission, parentId: commission } });
    expect(self.userErrors.map((e) => e.code)).toEqual(['INVALID_PARENT']);
    expect((await app.ok(UnitByCodeDocument, { code: 'HLJ-ZFW' })).unit!.parent).toBeNull();
    expect(await auditCount(app)).toBe(audits);
  });

  it('refuses a grandchild as parent too (a longer cycle)', async () => {
    const court = await unitId('HLJ-GY');
    const { createUnit } = await app.ok(CreateUnitDocument, {
      input: district({ code: 'HRB-NG-FY', name: '哈尔滨市南岗区人民法院', parentId: await unitId('HRB-FY') }),
    });
    const { updateUnit } = await app.ok(UpdateUnitDocument, { input: { id: court, parentId: createUnit.unit!.id } });
    expect(updateUnit.userErrors.map((e) => e.code)).toEqual(['INVALID_PARENT']);
  });

  it('lets at most one of two concurrent opposite moves through, so no cycle can form', async () => {
    for (let round = 0; round < 8; round++) {
      const make = async (code: string) =>
        (await app.ok(CreateUnitDocument, { input: district({ code, name: code, level: 'PROVINCE', regionId: null, kind: 'OTHER' }) }))
          .createUnit.unit!.id;
      const a = await make(`CYCLE-A${round}`);
      const b = await make(`CYCLE-B${round}`);
      const results = await Promise.all([
        app.ok(UpdateUnitDocument, { input: { id: a, parentId: b } }),
        app.ok(UpdateUnitDocument, { input: { id: b, parentId: a } }),
      ]);
      expect(results.flatMap((r) => r.updateUnit.userErrors.map((e) => e.code))).toEqual(['INVALID_PARENT']);
      const [row] = await app.orm.em
        .getConnection()
        .execute<{ cyclic: boolean }[]>(
          'select coalesce(a.parent_id = b.id and b.parent_id = a.id, false) as cyclic from unit a, unit b where a.code = ? and b.code = ?',
          [`CYCLE-A${round}`, `CYCLE-B${round}`],
        );
      expect(row!.cyclic).toBe(false);
    }
  });

  it('moves a unit to the top level with parentId: null', async () => {
    const id = await unitId('HRB-GAJ');
    const { updateUnit } = await app.ok(UpdateUnitDocument, { input: { id, parentId: null } });
    expect(updateUnit.unit!.parent).toBeNull();
    expect(updateUnit.unit!.region).toEqual({ code: 'HRB' });
  });

  it('refuses to take another unit’s code', async () => {
    const id = await unitId('HRB-JCY');
    const { updateUnit } = await app.ok(UpdateUnitDocument, { input: { id, code: 'HRB-FY' } });
    expect(updateUnit.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_CODE']);
  });

  it('reports an unknown unit as NOT_FOUND and a wrong-type ID as bad input', async () => {
    const { updateUnit } = await app.ok(UpdateUnitDocument, { input: { id: idOf('Unit', 424242), name: 'x' } });
    expect(updateUnit.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const response = await app.gql(UpdateUnitDocument, { input: { id: harbin, name: 'x' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
