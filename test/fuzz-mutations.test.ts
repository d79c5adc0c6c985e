import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/shared/graphql/global-id.js';
import { platformMessages } from '../src/shared/i18n/platform.messages.js';
import { Role } from '../src/shared/auth/role.js';
import { startApp, type TestApp } from './support/app.js';
import { addUser } from './support/users.js';

// Every mutation of the committed schema, fed arguments generated from its input type — real ids
// of the demo data mixed with made-up and malformed ones, odd unicode, boundary numbers, decimals,
// dates, enums, nulls and long lists — as a random demo user. Whatever comes in: never a 500 nor an
// INTERNAL_SERVER_ERROR; a refusal leaves every domain table as it was; a write that changed
// something recorded its audit entries in the same transaction. FUZZ_RUNS sets the runs per
// mutation (a few in CI; hundreds to search).

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const TODAY = '2026-06-30';
const USERS = ['admin', 'staff', 'officer', 'assessor', 'reviewer', 'decider', 'coordinator', 'inspector', 'viewer'];

/** Who a mutation's description says may run it, as the demo users holding those roles. */
const ROLE_WORDS: [RegExp, string][] = [
  [/commission staff/i, 'staff'],
  [/admin/i, 'admin'],
  [/coordinator/i, 'coordinator'],
  [/officer/i, 'officer'],
  [/inspector/i, 'inspector'],
  [/assessor/i, 'assessor'],
  [/expert|reviewer/i, 'reviewer'],
  [/decision maker|decision body/i, 'decider'],
];
const actorsOf = (description: string | null | undefined) =>
  ROLE_WORDS.filter(([words]) => words.test(description ?? '')).map(([, user]) => user);

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/** Tables whose rows change without a domain write: the migrations' own, and per-request bookkeeping. */
const BOOKKEEPING = /^(mikro_orm_migrations|.*rate_limit.*|.*bucket.*|.*throttle.*)$/;

let app: TestApp;
let tables: string[];
/** Real global ids by type name, read from the demo data's audit trail. */
const realIds = new Map<string, string[]>();
let allRealIds: string[];
/** Runs that wrote something: the careful arguments must reach the writes, or the audit check proves nothing. */
let writes = 0;

/**
 * The global ID a string from the audit trail names: a global ID in a snapshot, or the trail's own
 * name of its object (`<Type>:<key>` in base64url, `auditObjectId`); undefined for anything else.
 */
function globalIdOf(candidate: string): { typename: string; id: string } | undefined {
  try {
    return { typename: fromGlobalId(candidate).typename, id: candidate };
  } catch {
    const named = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,17})$/.exec(Buffer.from(candidate, 'base64url').toString('utf8'));
    return named ? { typename: named[1]!, id: toGlobalId(named[1]!, named[2]!) } : undefined;
  }
}

beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
  const connection = app.orm.em.getConnection();
  const rows = await connection.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  tables = rows.map((r) => r.table_name).filter((t) => !BOOKKEEPING.test(t));
  // Every id the audit trail names: the objects themselves and those their snapshots refer to.
  const audit = await connection.execute<{ t: string }[]>(
    `select object_id || ' ' || coalesce("from"::text, '') || ' ' || coalesce("to"::text, '') as t from audit_entry`,
  );
  const seen = new Set<string>();
  for (const { t } of audit) for (const [candidate] of t.matchAll(/[A-Za-z0-9_-]{4,120}/g)) seen.add(candidate);
  for (const candidate of seen) {
    const id = globalIdOf(candidate);
    if (!id || !schema.getType(id.typename)) continue;
    const list = realIds.get(id.typename) ?? [];
    if (list.length < 40 && !list.includes(id.id)) list.push(id.id);
    realIds.set(id.typename, list);
  }
  // Accounts to deactivate and regrant are these, so that the demo users keep their roles for the runs that follow.
  const accounts = [];
  for (const name of ['fuzz-a', 'fuzz-b', 'fuzz-c']) {
    await addUser(app, name, 'HRB-FY', [Role.UNIT_OFFICER]);
    const [row] = await connection.execute<{ id: string }[]>('select id from app_user where username = ?', [name]);
    accounts.push(toGlobalId('User', row!.id));
  }
  realIds.set('User', accounts);
  allRealIds = [...realIds.values()].flat();
  // Without real ids the runs would stop at NOT_FOUND and test little: fail loudly instead.
  expect(realIds.size, 'types with ids read from the audit trail').toBeGreaterThan(15);
});
afterAll(() => app.close());

/** Per domain table: row count and a digest of every row. */
async function fingerprint(): Promise<Map<string, string>> {
  const sql = tables
    .map((t) => `select '${t}' as t, count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as f from "${t}" x`)
    .join(' union all ');
  const rows = await app.orm.em.getConnection().execute<{ t: string; f: string }[]>(sql);
  return new Map(rows.map((r) => [r.t, r.f]));
}

// ---- arguments from the input types --------------------------------------------------------

const ODD_TEXT = [
  '',
  ' ',
  '   \t ',
  '测试',
  '整改措施已落实，形成长效机制。',
  'Test value',
  'a\u0000b',
  'bell\u0007',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  'lone \uD800 surrogate',
  'tail \uDC00',
  'zero\u200Bwidth',
  'e\u0301\u0301\u0301',
  '𠀀𪚥🙂👩‍👩‍👧',
  '\uFEFFbom',
  'line\nbreak\r\n',
  "'; drop table unit; --",
  '%00%27',
  '<script>alert(1)</script>',
  '${{7*7}}',
  'x'.repeat(201),
  '字'.repeat(4001),
  'y'.repeat(10_001),
];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom('改', '革', '台', '账', 'A', '-', '_', '.', '1'), minLength: 1, maxLength: 40 }),
  },
);

const isoDay = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const localDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -800, max: 800 }).map(isoDay) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      TODAY,
      '0001-01-01',
      '1899-12-31',
      '1970-01-01',
      '2099-12-31',
      '9999-12-31',
      '2026-02-30',
      '2026-13-01',
      '2026-6-1',
      '26-06-30',
      '2026-06-30T00:00:00Z',
      '',
      'tomorrow',
    ),
  },
);

const dateTime: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -800, max: 800 }).map((d) => `${isoDay(d)}T08:30:00.000Z`),
  fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-06-30', 'now', '2026-06-30T25:00:00Z'),
);

const decimal: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, f]) => `${y}.${String(f).padStart(2, '0')}`),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0.01',
      '1',
      '0',
      '0.00',
      '-1.00',
      '1.005',
      ' 1.00',
      '1.00 ',
      '1e3',
      '0x10',
      '34000000.00',
      '9999999999999999.99',
      '99999999999999999999.99',
      'NaN',
      'Infinity',
      '',
      '１２.３０',
      '1,000.00',
    ),
  },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constant(0.1 + 0.2)) },
);

const int: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -1, 1, 5, 6, 100, 101, 1_000_000, 2_147_483_647, -2_147_483_648),
);

const float: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 0.5, 1, 0.4, 0.2, -0.1, 1e308),
);

/** Values a careful client would send, so that the runs also reach the writes behind the checks. */
const plausible = {
  text: fc.constantFrom('测试', '整改措施已落实，形成长效机制。', '关于推进改革的情况说明', 'Quarterly review', 'fuzz-1', 'a.b_c-d'),
  int: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 100 })),
  float: fc.constantFrom(0.2, 0.4, 0.5, 1, 80, 92.5),
  date: fc.integer({ min: -400, max: 0 }).map(isoDay),
  decimal: fc
    .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 99 }))
    .map(([y, f]) => `${y}.${String(f).padStart(2, '0')}`),
};

/** The types an id argument named `field` of `mutationName` may stand for. */
function typesFor(field: string, mutationName: string): string[] {
  const noun = field.replace(/Ids?$/, '');
  const known = [...realIds.keys()];
  if (noun === '' || noun === 'id') {
    const named = known.filter((t) => mutationName.toLowerCase().includes(t.toLowerCase()));
    const longest = Math.max(0, ...named.map((t) => t.length));
    return named.filter((t) => t.length === longest);
  }
  const last = noun.replace(/^.*([A-Z][a-z]*)$/, '$1').toLowerCase();
  const exact = known.filter((t) => t.toLowerCase() === noun.toLowerCase());
  return exact.length ? exact : known.filter((t) => t.toLowerCase().endsWith(last));
}

function idFor(field: string, mutationName: string, careful: boolean): fc.Arbitrary<string> {
  const types = typesFor(field, mutationName);
  const typed = types.flatMap((t) => realIds.get(t) ?? []);
  if (careful && typed.length) return fc.constantFrom(...typed);
  const madeUpType = types[0] ?? 'ReformTask';
  return fc.oneof(
    { weight: typed.length ? 8 : 0, arbitrary: typed.length ? fc.constantFrom(...typed) : fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom(...allRealIds) },
    { weight: 2, arbitrary: fc.bigInt({ min: 1n, max: 999_999_999_999_999_999n }).map((k) => toGlobalId(madeUpType, String(k))) },
    { weight: 1, arbitrary: fc.constantFrom('', 'abc', '0', toGlobalId('Nothing', '1'), '=====', 'a'.repeat(121)) },
    { weight: 1, arbitrary: text },
  );
}

/**
 * A value of `type` for the input field `field`: hostile (`careful` false) or what a careful client
 * sends (the right kind of id, valid enums and dates, short lists).
 */
function valueFor(type: GraphQLInputType, field: string, mutationName: string, depth: number, careful: boolean): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const value = presentValueFor(type.ofType, field, mutationName, depth, careful);
    return careful ? value : fc.oneof({ weight: 30, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const present = presentValueFor(type, field, mutationName, depth, careful);
  if (careful) return fc.oneof({ weight: 3, arbitrary: present }, { weight: 1, arbitrary: fc.constant(undefined) });
  return fc.oneof(
    { weight: 6, arbitrary: present },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function presentValueFor(
  type: GraphQLInputType,
  field: string,
  mutationName: string,
  depth: number,
  careful: boolean,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type, field, mutationName, depth, careful);
  if (isListType(type)) {
    const item = valueFor(type.ofType, field, mutationName, depth + 1, careful);
    if (careful)
      return fc.array(
        item.filter((v) => v !== undefined && v !== null),
        { maxLength: 3 },
      );
    return fc.oneof(
      { weight: 10, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 60 }) },
      // The most a list input may hold: the same item a thousand times.
      { weight: 1, arbitrary: item.map((v) => Array.from({ length: 1000 }, () => v)) },
    );
  }
  if (isEnumType(type)) {
    if (careful) return fc.constantFrom(...type.getValues().map((v) => v.name));
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOPE', 'in_progress', '', 42) },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc
      .record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, mutationName, depth + 1, careful)])))
      .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)));
  }
  switch (type.name) {
    case 'ID':
      return idFor(field, mutationName, careful);
    case 'String':
    case 'NonEmptyString':
      return careful ? plausible.text : text;
    case 'Int':
      return careful ? plausible.int : int;
    case 'Float':
      return careful ? plausible.float : float;
    case 'Boolean':
      return careful ? fc.boolean() : fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant('true') });
    case 'LocalDate':
      return careful ? plausible.date : localDate;
    case 'DateTime':
      return careful ? plausible.date.map((d) => `${d}T08:30:00.000Z`) : dateTime;
    case 'Decimal':
      return careful ? plausible.decimal : decimal;
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** One document per mutation: its arguments as variables, the payload's `userErrors`. */
function documentFor(
  m: GraphQLField<unknown, unknown>,
): TypedDocumentNode<Record<string, { userErrors: { code: string }[] }>, Record<string, unknown>> {
  const variables = m.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const payload = getNamedType(m.type);
  const selection = isObjectType(payload) && payload.getFields().userErrors ? '__typename userErrors { code message field }' : '__typename';
  return parse(`mutation Fuzz${variables ? `(${variables})` : ''} { ${m.name}${args ? `(${args})` : ''} { ${selection} } }`);
}

/** Tables whose rows this transaction wrote (by `xmin`). */
async function tablesWrittenBy(xid: string, names: string[]): Promise<Set<string>> {
  if (!names.length) return new Set();
  const sql = names.map((t) => `select '${t}' as t from "${t}" where xmin::text = ? having count(*) > 0`).join(' union all ');
  const rows = await app.orm.em.getConnection().execute<{ t: string }[]>(
    sql,
    names.map(() => xid),
  );
  return new Set(rows.map((r) => r.t));
}

describe('fuzzing every mutation', () => {
  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(60);
    for (const m of mutations) expect(m.args.length + 1, m.name).toBeGreaterThan(0);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s: never a 500, never a partial write', async (name, m) => {
    const document = documentFor(m);
    const argsOf = (careful: boolean) =>
      fc.record(Object.fromEntries(m.args.map((a) => [a.name, valueFor(a.type, a.name, name, 0, careful)])));
    const args = fc.oneof(argsOf(true), argsOf(false));
    const named = actorsOf(m.description);
    const users = named.length
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...named) }, fc.constantFrom(...USERS))
      : fc.constantFrom(...USERS);
    await fc.assert(
      fc.asyncProperty(users, args, fc.constantFrom('zh-CN', 'en'), async (as, raw, language) => {
        const variables = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const before = await fingerprint();
        const response = await app.gql(document, variables, { as, language });
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        const after = await fingerprint();
        const changed = tables.filter((t) => before.get(t) !== after.get(t));
        const userErrors = response.data?.[name]?.userErrors ?? [];
        const refused = codes.length > 0 || userErrors.length > 0 || !response.data?.[name];
        if (refused) {
          expect(changed, `${name} refused (${JSON.stringify([...codes, ...userErrors.map((e) => e.code)])}) yet wrote`).toEqual([]);
          return;
        }
        if (!changed.length) return;
        writes++;
        // A write: its audit entries carry this request's id and were written by the transaction that changed the rows.
        const requestId = response.headers.get('x-request-id');
        const entries = await app.orm.em
          .getConnection()
          .execute<{ xid: string }[]>(`select distinct xmin::text as xid from audit_entry where request_id = ?`, [requestId]);
        expect(entries.length, `${name} wrote ${changed.join(', ')} without an audit entry`).toBe(1);
        const written = await tablesWrittenBy(entries[0]!.xid, changed);
        for (const table of changed) {
          // A table that only lost rows (a removal) keeps no trace of the transaction in xmin.
          const [countBefore, countAfter] = [before.get(table)!, after.get(table)!].map((f) => Number(f.split(':')[0]));
          if (countAfter! < countBefore!) continue;
          expect(written.has(table), `${name} changed ${table} outside the audited transaction`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reached some writes', () => {
    expect(writes).toBeGreaterThan(0);
  });

  it('answers a list whose every item is wrong with BAD_USER_INPUT, not the internal error of graphql-js’s error limit', async () => {
    const createUser = mutations.find((m) => m.name === 'createUser')!;
    const grants = Array.from({ length: 200 }, () => ({ role: 'NOPE' }));
    const response = await app.gql(documentFor(createUser), { input: { login: 'many-errors', displayName: 'x', grants } }, { as: 'admin' });
    expect(response.status).toBe(400);
    expect(new Set(response.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    // In either language: the runs above may have saved a language for the admin, which wins over Accept-Language.
    const { en, zh } = platformMessages.tooManyVariableErrors;
    expect([en, zh]).toContain(response.errors?.at(-1)?.message);
  });
});
