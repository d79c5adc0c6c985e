import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateUnitDocument,
  PeoplePageDocument,
  RegionsDocument,
  UnitPeopleDocument,
  UnitChildrenDocument,
  UnitsPageDocument,
  type UnitsPageQuery,
  type UnitsPageQueryVariables,
  type PeoplePageQuery,
  type PersonFilter,
  type PersonOrder,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { keyOfId, sealedCursor } from './support/ids.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

type Page = NonNullable<UnitsPageQuery['units']>;
type Person = NonNullable<PeoplePageQuery['people']>['nodes'][number];
const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);

/** Every person matching the filter, paged through the API. */
async function allPeople(filter?: PersonFilter, orderBy?: PersonOrder[], size = 100): Promise<Person[]> {
  const out: Person[] = [];
  let after: string | null = null;
  do {
    const { people }: PeoplePageQuery = await app.ok(PeoplePageDocument, { first: size, after, filter, orderBy });
    out.push(...people!.nodes);
    after = people!.pageInfo.hasNextPage ? people!.pageInfo.endCursor : null;
  } while (after);
  return out;
}

async function page(variables: UnitsPageQueryVariables): Promise<Page> {
  return (await app.ok(UnitsPageDocument, variables)).units!;
}

/** Every unit under an ordering, paged through 100 at a time. */
async function allCodes(variables: UnitsPageQueryVariables = {}): Promise<string[]> {
  const codes: string[] = [];
  let after: string | null = null;
  do {
    const current: Page = await page({ ...variables, first: 100, after });
    codes.push(...current.edges.map((e) => e.node.code));
    after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
  } while (after);
  return codes;
}

async function createUnit(code: string): Promise<void> {
  const { createUnit: payload } = await app.ok(CreateUnitDocument, {
    input: { code, name: `测试单位 ${code}`, kind: 'OTHER', level: 'PROVINCE' },
  });
  expect(payload.userErrors).toEqual([]);
}

describe('units connection', () => {
  it('pages forward through every unit with first/after, without gaps or repeats', async () => {
    const all = await page({ first: 1 });
    const codes = await allCodes();
    expect(all.totalCount).toBeGreaterThan(80);
    expect(codes).toHaveLength(all.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current: Page = await page({ first: 20, after });
      seen.push(...current.edges.map((e) => e.node.code));
      pages++;
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.totalCount / 20));
    expect(seen).toEqual(codes);
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it('stays exact while units are inserted between pages', async () => {
    const before = await allCodes();
    const seen: string[] = [];
    let after: string | null = null;
    let inserted = 0;
    for (;;) {
      const current: Page = await page({ first: 20, after });
      seen.push(...current.edges.map((e) => e.node.code));
      // New units both behind the cursor (A…) and ahead of it (ZZ…).
      await createUnit(`A${inserted}-NEW`);
      await createUnit(`ZZ${inserted}-NEW`);
      inserted++;
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    const original = seen.filter((code) => !code.endsWith('-NEW'));
    expect(original).toEqual(before);
    expect(new Set(seen).size).toBe(seen.length);
    // Units inserted ahead of the cursor show up; those behind it do not.
    expect(seen.filter((code) => code.startsWith('ZZ')).length).toBeGreaterThan(0);
    expect(seen.filter((code) => code.startsWith('A') && code.endsWith('-NEW'))).toEqual([]);
  });

  it('pages backward with last/before, matching the forward order', async () => {
    const forward = await allCodes({ filter: { level: { eq: 'PREFECTURE' } } });
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const current: Page = await page({ last: 15, before, filter: { level: { eq: 'PREFECTURE' } } });
      backward.unshift(...current.edges.map((e) => e.node.code));
      expect(current.pageInfo.hasNextPage).toBe(before !== null);
      if (!current.pageInfo.hasPreviousPage) break;
      before = current.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('orders by name descending, the exact reverse of ascending, stable across pages', async () => {
    const orderBy = [{ field: 'NAME' as const, direction: 'DESC' as const }];
    const descending = await allCodes({ orderBy });
    const ascending = await allCodes({ orderBy: [{ field: 'NAME', direction: 'ASC' }] });
    expect(descending).toEqual([...ascending].reverse());
    expect(descending).not.toEqual(ascending);
    const first = await page({ first: 10, orderBy });
    const second = await page({ first: 10, orderBy, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((e) => e.node.code)).toEqual(descending.slice(0, 20));
  });

  it('refuses a page size over 100 clearly', async () => {
    const response = await app.gql(UnitsPageDocument, { first: 1000 });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/between 0 and 100/);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses first together with last, and a cursor that is not one', async () => {
    expect(errorCodes(await app.gql(UnitsPageDocument, { first: 5, last: 5 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.gql(UnitsPageDocument, { first: 5, after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a cursor from another ordering', async () => {
    const byName = await page({ first: 2, orderBy: [{ field: 'NAME', direction: 'ASC' }] });
    const response = await app.gql(UnitsPageDocument, { first: 2, after: byName.pageInfo.endCursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/another ordering/);
  });

  it('refuses forged cursors whose values do not fit the ordering, as bad input', async () => {
    const forge = sealedCursor;
    const byCreation = [{ field: 'CREATED_AT' as const, direction: 'ASC' as const }];
    const forged: [unknown[], UnitsPageQueryVariables['orderBy']][] = [
      [['code:asc,key:asc', 'X', 'abc'], undefined],
      [['code:asc,key:asc', null, null], undefined],
      [['code:asc,key:asc', 'X', '99999999999999999999999'], undefined],
      [['createdAt:asc,key:asc', 'not a time', '1'], byCreation],
    ];
    for (const [values, orderBy] of forged) {
      const response = await app.gql(UnitsPageDocument, { first: 5, after: forge(values), orderBy });
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('pages both ways under a mixed-direction ordering, without gaps or repeats', async () => {
    const orderBy = [
      { field: 'UPDATED_AT' as const, direction: 'DESC' as const },
      { field: 'NAME' as const, direction: 'ASC' as const },
    ];
    const all = await allCodes({ orderBy });
    const forward: string[] = [];
    let after: string | null = null;
    do {
      const current: Page = await page({ first: 7, after, orderBy });
      forward.push(...current.edges.map((e) => e.node.code));
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    } while (after);
    expect(forward).toEqual(all);
    const backward: string[] = [];
    let before: string | null = null;
    do {
      const current: Page = await page({ last: 9, before, orderBy });
      backward.unshift(...current.edges.map((e) => e.node.code));
      before = current.pageInfo.hasPreviousPage ? current.pageInfo.startCursor : null;
    } while (before);
    expect(backward).toEqual(all);
  });

  it('defaults to 50 items', async () => {
    expect((await page({})).edges).toHaveLength(50);
  });
});

describe('unit filters', () => {
  it('filters by kind and level', async () => {
    const courts = await page({ first: 100, filter: { kind: { eq: 'COURT' } } });
    // 13 intermediate courts, the high court, and 6 farm-reclamation courts.
    expect(courts.totalCount).toBe(20);
    expect(courts.edges.every((e) => e.node.kind === 'COURT')).toBe(true);
    const provincialCourts = await page({ first: 100, filter: { kind: { eq: 'COURT' }, level: { eq: 'PROVINCE' } } });
    expect(provincialCourts.edges.map((e) => e.node.code)).toEqual(['HLJ-GY']);
  });

  it('filters by region and by parent, including "has none"', async () => {
    const { regions } = await app.ok(RegionsDocument, {});
    const harbin = regions!.nodes.find((r) => r.code === 'HRB')!;
    const inHarbin = await page({ first: 100, filter: { region: { eq: harbin.id } } });
    expect(inHarbin.edges.map((e) => e.node.code).sort()).toEqual(['HRB-FY', 'HRB-GAJ', 'HRB-GOV', 'HRB-JCY', 'HRB-SFJ', 'HRB-ZFW']);

    const commission = (await page({ first: 1, filter: { code: { eq: 'HLJ-ZFW' } } })).edges[0]!.node;
    const underCommission = await page({ first: 100, filter: { parent: { eq: commission.id } } });
    expect(underCommission.totalCount).toBe(6 + 13);
    const topLevel = await page({ first: 100, filter: { parent: { isNull: true }, region: { isNull: true } } });
    expect(topLevel.edges.map((e) => e.node.code)).toContain('HLJ-ZFW');
    expect(topLevel.edges.every((e) => e.node.level === 'PROVINCE')).toBe(true);
  });

  it('matches text in the name or the code, and combines filters with or', async () => {
    const named = await page({ first: 100, filter: { text: '中级人民法院' } });
    expect(named.totalCount).toBe(13);
    const coded = await page({ first: 100, filter: { text: 'hrb-f' } });
    expect(coded.edges.map((e) => e.node.code)).toContain('HRB-FY');
    expect(coded.edges.every((e) => e.node.code.includes('HRB-F') || e.node.name.toLowerCase().includes('hrb-f'))).toBe(true);
    const either = await page({ first: 100, filter: { or: [{ code: { eq: 'HLJ-GY' } }, { code: { eq: 'HLJ-JCY' } }] } });
    expect(either.edges.map((e) => e.node.code)).toEqual(['HLJ-GY', 'HLJ-JCY']);
    const notCourts = await page({ first: 100, filter: { kind: { nin: ['COURT', 'PROCURATORATE'] }, level: { eq: 'PREFECTURE' } } });
    expect(notCourts.edges.some((e) => e.node.kind === 'COURT' || e.node.kind === 'PROCURATORATE')).toBe(false);
  });

  it('refuses a malformed ID in a filter as bad input', async () => {
    const response = await app.gql(UnitsPageDocument, { filter: { parent: { eq: 'nonsense!' } } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('nested connections', () => {
  it('page children forward and backward with cursors, like top-level lists', async () => {
    const all = (await app.ok(UnitChildrenDocument, { code: 'HLJ-ZFW', first: 100 })).unit!.children;
    expect(all.totalCount).toBe(19);
    const codes = all.nodes.map((n) => n.code);
    const lastThree = (await app.ok(UnitChildrenDocument, { code: 'HLJ-ZFW', last: 3 })).unit!.children;
    expect(lastThree.nodes.map((n) => n.code)).toEqual(codes.slice(-3));
    expect(lastThree.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await app.ok(UnitChildrenDocument, { code: 'HLJ-ZFW', last: 4, before: lastThree.pageInfo.startCursor })).unit!
      .children;
    expect(before.nodes.map((n) => n.code)).toEqual(codes.slice(-7, -3));
    const after = (await app.ok(UnitChildrenDocument, { code: 'HLJ-ZFW', first: 5, after: before.pageInfo.endCursor })).unit!.children;
    expect(after.nodes.map((n) => n.code)).toEqual(codes.slice(-3));
    expect(after.pageInfo.hasNextPage).toBe(false);
  });
});

describe('people', () => {
  const unitKey = async (code: string) => (await sql<{ id: string }>('select id from unit where code = ?', [code]))[0]!.id;
  const unitGlobalId = async (code: string) => (await page({ first: 1, filter: { code: { eq: code } } })).edges[0]!.node.id;

  it('filter by unit, principal heads and text in name or post, combined with and/or, exactly as SQL finds', async () => {
    const [gy, jcy] = [await unitGlobalId('HLJ-GY'), await unitGlobalId('HLJ-JCY')];
    const heads = await allPeople({ and: [{ isPrincipalHead: true }, { or: [{ unit: { eq: gy } }, { unit: { eq: jcy } }] }] });
    const expected = await sql<{ id: string }>('select id from person where is_principal_head and unit_id in (?, ?)', [
      await unitKey('HLJ-GY'),
      await unitKey('HLJ-JCY'),
    ]);
    expect(heads.map((p) => keyOfId(p.id)).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(heads).toHaveLength(2);
    const sample = heads[0]!;
    const byTitle = await allPeople({ text: sample.title });
    const titled = await sql<{ id: string }>('select id from person where strpos(name, ?) > 0 or strpos(title, ?) > 0', [
      sample.title,
      sample.title,
    ]);
    expect(byTitle.map((p) => keyOfId(p.id)).sort()).toEqual(titled.map((r) => r.id).sort());
    expect(byTitle.map((p) => p.id)).toContain(sample.id);
    const byName = await allPeople({ text: sample.name });
    expect(byName.map((p) => p.id)).toContain(sample.id);
    expect(byName.every((p) => p.name.includes(sample.name) || p.title.includes(sample.name))).toBe(true);
  });

  it.each(['NAME', 'TITLE'] as const)('order by %s both ways, paged as SQL sorts', async (field) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const paged = await allPeople(undefined, [{ field, direction }], 41);
      const expected = await sql<{ id: string }>(`select id from person order by ${field.toLowerCase()} ${direction}, id ${direction}`);
      expect(paged.map((p) => keyOfId(p.id))).toEqual(expected.map((r) => r.id));
    }
  });

  it('of a unit take the same filter and orderBy', async () => {
    const key = await unitKey('HLJ-ZFW');
    for (const direction of ['ASC', 'DESC'] as const) {
      const others = (
        await app.ok(UnitPeopleDocument, {
          code: 'HLJ-ZFW',
          first: 100,
          filter: { or: [{ isPrincipalHead: false }, { text: '书记' }] },
          orderBy: [{ field: 'TITLE', direction }],
        })
      ).unit!.people;
      const expected = await sql<{ id: string }>(
        `select id from person where unit_id = ? and (not is_principal_head or strpos(title, '书记') > 0 or strpos(name, '书记') > 0)
           order by title ${direction}, id ${direction}`,
        [key],
      );
      expect(others.nodes.map((p) => keyOfId(p.id))).toEqual(expected.map((r) => r.id));
      expect(others.totalCount).toBe(expected.length);
    }
    const heads = (await app.ok(UnitPeopleDocument, { code: 'HLJ-ZFW', filter: { isPrincipalHead: true } })).unit!.people;
    expect(heads.totalCount).toBe(1);
    expect(heads.nodes.every((p) => p.isPrincipalHead)).toBe(true);
  });
});
