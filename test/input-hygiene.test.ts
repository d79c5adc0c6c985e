import { isInputObjectType, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddRiskPointDocument,
  CreateMajorDecisionDocument,
  CreateReformTaskDocument,
  DecisionCategoriesDocument,
  type CreateReformTaskInput,
} from './generated/graphql.js';
import { EARLIEST_DATE, LATEST_DATE, MAX_TEXT_LENGTH } from '../src/shared/graphql/input-guard.js';
import { COMPARED_TEXT_MAX, INPUT_BOUNDS, LONG_TEXT_MAX, PEOPLE_COUNT_MAX } from '../src/shared/graphql/input-bounds.js';
import { buildAppSchema } from '../src/schema.js';
import { answered } from './support/cost.js';
import { startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { post, type PostAnswer } from './support/post.js';
import { ledgersByCode, unitId } from './support/ids.js';
import { matter } from './support/matters.js';

// Text, numbers, dates and amounts a person could not have meant are refused at the door, in
// variables and in the document alike, as BAD_USER_INPUT (400) naming the argument and field:
// control characters, bidirectional overrides, lone surrogates, overlong text, implausible counts,
// dates outside 1949-10-01..2100-12-31 and amounts with spaces around them. Nothing is written.

let app: TestApp;
let task: (overrides?: Partial<CreateReformTaskInput>) => CreateReformTaskInput;
let assessmentId: string;
let decisionBody: string;
let assessingUnit: string;
let counter = 0;

beforeAll(async () => {
  app = await startApp();
  app.clock.set('2026-06-30');
  const framework = (await ledgersByCode(app)).get('FRAMEWORK')!;
  const court = await unitId(app, 'HRB-FY');
  task = (overrides = {}) => ({
    ledgerId: framework.id,
    sectionId: framework.sections.get('S1')!,
    code: `H-${++counter}`,
    title: '测试任务',
    description: '用于测试的任务',
    deliverableForm: 'WORK_MECHANISM',
    leadUnitId: court,
    deadline: '2030-12-31',
    ...overrides,
  });
  assessmentId = (await matter(app, { until: 'assessing' })).assessmentId!;
  [decisionBody, assessingUnit] = await Promise.all([unitId(app, 'HRB-GOV'), unitId(app, 'HRB-ZFW')]);
});
afterAll(() => app.close());

type Answer = PostAnswer;
const send = (query: string, variables: Record<string, unknown> = {}, as = 'staff', language?: string) =>
  post(app, { query, variables }, as, language);

/** A GraphQL literal of a JSON-like value; the keys in `enums` are written as enum values. */
function literal(value: unknown, enums: readonly string[] = [], key = ''): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enums)).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, enums, k)}`)
      .join(', ')} }`;
  }
  return typeof value === 'string' && !enums.includes(key) ? JSON.stringify(value) : String(value);
}

const CREATE = print(CreateReformTaskDocument);
const createLiterally = (input: CreateReformTaskInput) =>
  `mutation { createReformTask(input: ${literal(input, ['deliverableForm'])}) { reformTask { id } userErrors { code field } } }`;

/** Sends the task both ways: as the `input` variable and written into the document. */
async function bothWays(overrides: Partial<CreateReformTaskInput>): Promise<[Answer, Answer]> {
  return [await send(CREATE, { input: task(overrides) }), await send(createLiterally(task(overrides)))];
}

function expectRefused(answer: Answer, argument: string, message: RegExp) {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  expect(answer.body.errors?.[0]?.message).toMatch(message);
}

const created = (answer: Answer) => {
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.createReformTask as { reformTask: { id: string } | null; userErrors: unknown[] };
};

describe('text', () => {
  it.each([
    ['a bell (U+0007)', 'a\u0007b', /`input.title` contains the control character U\+0007/],
    ['an escape (U+001B)', '\u001B[31mred', /control character U\+001B/],
    ['DEL (U+007F)', 'a\u007F', /control character U\+007F/],
    ['a C1 control (U+0085)', 'a\u0085b', /control character U\+0085/],
    ['a right-to-left override (U+202E)', 'invoice\u202Etxt.exe', /`input.title` contains the bidirectional control U\+202E/],
    ['a right-to-left embedding (U+202B)', '\u202Bx', /bidirectional control U\+202B/],
    ['a first-strong isolate (U+2068)', 'x\u2068y\u2069', /bidirectional control U\+2068/],
    ['NUL', 'a\u0000b', /`input.title`: text must not contain the NUL character/],
  ])('refuses %s in variables and in the document', async (_what, title, message) => {
    const before = await auditCount(app);
    for (const answer of await bothWays({ title })) expectRefused(answer, 'input.title', message);
    expect(await auditCount(app)).toBe(before);
  });

  it('refuses a lone surrogate: in a variable by the guard, in the document already by the parser', async () => {
    const before = await auditCount(app);
    for (const title of ['a\uD800b', 'a\uDC00', '\uDBFF']) {
      expectRefused(await send(CREATE, { input: task({ title }) }), 'input.title', /`input.title` contains half of a surrogate pair/);
      const written = await send(createLiterally(task({ title })));
      expect(written.status).toBe(400);
      expect(written.body.data).toBeUndefined();
    }
    expect(await auditCount(app)).toBe(before);
  });

  it(`refuses a string over ${MAX_TEXT_LENGTH} characters, counting characters, not UTF-16 units`, async () => {
    const before = await auditCount(app);
    for (const answer of await bothWays({ description: '长'.repeat(MAX_TEXT_LENGTH + 1) })) {
      expectRefused(answer, 'input.description', /`input.description` has 10001 characters; at most 10000/);
    }
    expect(await auditCount(app)).toBe(before);
    // Up to the limit the domain's own, narrower rule speaks, as a userError; 😀 is one character in two units.
    const [long] = await bothWays({ description: '😀'.repeat(MAX_TEXT_LENGTH) });
    expect(created(long).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'description'] })]);
  });

  it(`takes more where a field declares it: a plan of up to ${LONG_TEXT_MAX} characters`, async () => {
    const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
    const decision = (planText: string) => ({
      title: '长方案事项',
      categoryId: decisionCategories!.nodes[0]!.id,
      planText,
      decisionBodyId: decisionBody,
      assessingUnitId: assessingUnit,
      procedure: 'FULL' as const,
    });
    const long = await app.gql(CreateMajorDecisionDocument, { input: decision('方'.repeat(15_000)) }, { as: 'decider' });
    expect(long.errors).toBeUndefined();
    expect(long.data?.createMajorDecision.majorDecision?.id).toEqual(expect.any(String));
    const before = await auditCount(app);
    const tooLong = await send(print(CreateMajorDecisionDocument), { input: decision('方'.repeat(LONG_TEXT_MAX + 1)) }, 'decider');
    expectRefused(tooLong, 'input.planText', /`input.planText` has 20001 characters; at most 20000/);
    expect(await auditCount(app)).toBe(before);
  });

  it('takes tab, line feed and carriage return, surrogate pairs and Chinese, both ways', async () => {
    for (const answer of await bothWays({ title: '任务\t😀', description: '第一行\r\n第二行\n\t缩进' })) {
      expect(created(answer).reformTask?.id).toEqual(expect.any(String));
    }
  });

  it(`refuses a compared or searched text over ${COMPARED_TEXT_MAX} characters, as its field declares, in lists item by item`, async () => {
    const units = 'query ($filter: UnitFilter) { units(first: 1, filter: $filter) { totalCount } }';
    const long = 'x'.repeat(COMPARED_TEXT_MAX + 1);
    expectRefused(await send(units, { filter: { code: { eq: long } } }), 'filter.code.eq', /has 1001 characters; at most 1000/);
    expectRefused(await send(units, { filter: { code: { in: ['HRB-FY', long] } } }), 'filter.code.in[1]', /at most 1000/);
    expectRefused(
      await send(`{ units(first: 1, filter: { or: [{ code: { contains: ${JSON.stringify(long)} } }] }) { totalCount } }`),
      'filter.or[0].code.contains',
      /at most 1000/,
    );
    const fits = await send(units, { filter: { code: { eq: 'x'.repeat(COMPARED_TEXT_MAX) } } });
    expect(fits.body).toEqual(answered({ units: { totalCount: 0 } }));
  });

  it('says so in Chinese when asked', async () => {
    const zh = await send(CREATE, { input: task({ title: 'a\u202Eb' }) }, 'staff', 'zh-CN');
    expect(zh.body.errors?.[0]?.message).toBe('`input.title` 含有双向文本控制字符 U+202E，它会使文本的显示顺序与实际内容不同。');
  });
});

describe('the bounds of counts', () => {
  it('are declared on every input field that counts people', async () => {
    const schema = await buildAppSchema();
    const counts = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) => Object.values(type.getFields()).map((field) => [`${type.name}.${field.name}`, field] as const))
      .filter(([, field]) => /^(peopleAffected|beneficiaries|respondents)$/.test(field.name));
    expect(counts.length).toBeGreaterThanOrEqual(4);
    for (const [name, field] of counts) expect(field.extensions[INPUT_BOUNDS], name).toEqual({ max: PEOPLE_COUNT_MAX });
  });
});

describe('dates', () => {
  it(`refuse a LocalDate outside ${EARLIEST_DATE}..${LATEST_DATE} in inputs, filters and variable defaults`, async () => {
    const before = await auditCount(app);
    for (const deadline of ['1949-09-30', '2101-01-01', '0001-01-01', '9999-12-31']) {
      for (const answer of await bothWays({ deadline })) {
        expectRefused(
          answer,
          'input.deadline',
          new RegExp(`\`input.deadline\` must be a date from 1949-10-01 to 2100-12-31 \\(got ${deadline}\\)`),
        );
      }
    }
    expect(await auditCount(app)).toBe(before);
    const tasks = 'query ($filter: ReformTaskFilter) { reformTasks(first: 1, filter: $filter) { totalCount } }';
    expectRefused(await send(tasks, { filter: { deadline: { gte: '1900-01-01' } } }), 'filter.deadline.gte', /must be a date from/);
    expectRefused(
      await send('query ($on: LocalDate = "3000-01-01") { reformTasks(first: 1, filter: { deadline: { eq: $on } }) { totalCount } }'),
      '$on',
      /must be a date from/,
    );
  });

  it('take the bounds themselves; the domain then applies its own, narrower rule as a userError', async () => {
    for (const answer of await bothWays({ deadline: EARLIEST_DATE })) {
      expect(created(answer).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'deadline'] })]);
    }
    for (const answer of await bothWays({ deadline: LATEST_DATE })) expect(created(answer).reformTask?.id).toEqual(expect.any(String));
  });
});

describe('counts', () => {
  const ADD_POINT = print(AddRiskPointDocument);
  const point = (peopleAffected: number) => ({
    assessmentId,
    dimension: 'LEGALITY',
    description: '群众意见较大',
    likelihood: 2,
    impact: 2,
    peopleAffected,
  });

  it(`refuse more people than the province has (over ${PEOPLE_COUNT_MAX}), in variables, literals and variables inside literals`, async () => {
    const before = await auditCount(app);
    const over = PEOPLE_COUNT_MAX + 1;
    const message = /`input.peopleAffected` must be at most 40000000 \(got 40000001\)/;
    expectRefused(await send(ADD_POINT, { input: point(over) }, 'assessor'), 'input.peopleAffected', message);
    const written = `mutation { addRiskPoint(input: ${literal(point(over), ['dimension'])}) { riskPoint { id } } }`;
    expectRefused(await send(written, {}, 'assessor'), 'input.peopleAffected', message);
    const mixed = `mutation ($n: Int!) { addRiskPoint(input: ${literal({ ...point(0), peopleAffected: '$n' }, ['dimension', 'peopleAffected'])}) { riskPoint { id } } }`;
    expectRefused(await send(mixed, { n: over }, 'assessor'), 'input.peopleAffected', message);

    const opinions = 'mutation ($input: RecordOpinionCollectionInput!) { recordOpinionCollection(input: $input) { userErrors { code } } }';
    const collection = {
      assessmentId,
      method: 'QUESTIONNAIRE',
      startedOn: '2026-01-05',
      endedOn: '2026-01-20',
      respondents: 2 ** 31 - 1,
      summary: '问卷',
    };
    expectRefused(
      await send(opinions, { input: collection }, 'assessor'),
      'input.respondents',
      /`input.respondents` must be at most 40000000/,
    );

    const obligation = 'mutation ($input: CreateFundObligationInput!) { createFundObligation(input: $input) { userErrors { code } } }';
    const money = {
      issueId: 'x',
      payerUnitId: 'x',
      payeeUnitId: 'x',
      purpose: '养老保险关系转移',
      amount: '100.00',
      beneficiaries: 99_000_000,
    };
    expectRefused(
      await send(obligation, { input: money }, 'coordinator'),
      'input.beneficiaries',
      /`input.beneficiaries` must be at most 40000000/,
    );
    expect(await auditCount(app)).toBe(before);
  });

  it(`take ${PEOPLE_COUNT_MAX} itself`, async () => {
    const answer = await send(ADD_POINT, { input: point(PEOPLE_COUNT_MAX) }, 'assessor');
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.addRiskPoint as { riskPoint: { id: string } | null }).riskPoint?.id).toEqual(expect.any(String));
  });
});

describe('amounts', () => {
  const transaction = 'mutation ($input: RecordFundTransactionInput!) { recordFundTransaction(input: $input) { userErrors { code } } }';

  it('refuse spaces around the digits rather than trimming them, in variables and in the document', async () => {
    const before = await auditCount(app);
    for (const amount of [' 100.00', '100.00 ', '\t100.00\n']) {
      const byVariable = await send(transaction, { input: { obligationId: 'x', kind: 'TRANSFER', amount } }, 'coordinator');
      expect(byVariable.status).toBe(400);
      expect(byVariable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(byVariable.body.errors?.[0]?.message).toMatch(/at "input.amount"; A Decimal is written without spaces around it/);
      const written = await send(
        `mutation { recordFundTransaction(input: { obligationId: "x", kind: TRANSFER, amount: ${JSON.stringify(amount)} }) { userErrors { code } } }`,
        {},
        'coordinator',
      );
      // A literal is part of the document: graphql-js's validation refuses it, with its location.
      expect(written.status).toBe(400);
      expect(written.body.errors?.[0]).toMatchObject({
        message: 'A Decimal is written without spaces around it, e.g. "1234.50".',
        locations: [expect.anything()],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    }
    const zh = await send(transaction, { input: { obligationId: 'x', kind: 'TRANSFER', amount: ' 1' } }, 'coordinator', 'zh-CN');
    expect(zh.body.errors?.[0]?.message).toMatch(/Decimal 前后不得有空格/);
    expect(await auditCount(app)).toBe(before);
  });
});
