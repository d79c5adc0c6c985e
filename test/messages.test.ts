import { isEnumType, parse, type GraphQLSchema } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../src/modules/index.js';
import { buildAppSchema } from '../src/schema.js';
import { chineseOf } from '../src/shared/graphql/graphql-messages.js';
import { DEFAULT_LANGUAGE, Language, languageOfHeader, pickLanguage } from '../src/shared/i18n/language.js';
import { commonCodes, platformMessages, requestCodes } from '../src/shared/i18n/platform.messages.js';
import { isText, type Message, type Messages, type Text } from '../src/shared/i18n/text.js';
import {
  CloseCoordinationIssueDocument,
  CreateReformTaskDocument,
  CreateUnitDocument,
  DecideMajorDecisionDocument,
  MajorDecisionDocument,
  OpenCoordinationIssueDocument,
  RectificationNoticesDocument,
  VerifyRectificationDocument,
} from './generated/graphql.js';
import { startApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { ledgersByCode, unitId } from './support/ids.js';
import { matter } from './support/matters.js';

// Every message a person reads comes in the language the request asks for (Accept-Language),
// English by default; codes, field paths and data never change with it.

const CJK = /[\u4e00-\u9fff]/;
const ZH = 'zh-CN,zh;q=0.9';
const EN = 'en-US,en;q=0.9';

describe('catalogues', () => {
  /**
   * One argument that serves every parameter a catalogue function takes: a list of two items (for
   * lists of names), each item and the list itself also a Text (for nouns and phrases) and a string
   * (in template literals), so every entry can be called without knowing its signature.
   */
  const sampleText = (n: number) => ({ en: `sample${n}`, zh: `样例${n}`, toString: () => `S${n}`, toLowerCase: () => `s${n}` });
  const sample = Object.assign([sampleText(1), sampleText(2)], sampleText(0));

  /** Every entry of a catalogue as [path, text], functions called with the sample. */
  function texts(catalogue: Messages, path: string): [string, Text][] {
    return Object.entries(catalogue).flatMap(([key, entry]: [string, Message | Messages]) => {
      const at = `${path}.${key}`;
      if (typeof entry === 'function') {
        const args: unknown[] = Array.from({ length: entry.length }, () => sample);
        return [[at, (entry as (...a: unknown[]) => Text)(...args)] as [string, Text]];
      }
      return isText(entry) ? [[at, entry] as [string, Text]] : texts(entry, at);
    });
  }

  const catalogues: [string, Messages][] = [
    ['platform', platformMessages],
    ...modules.flatMap((m): [string, Messages][] => (m.messages ? [[m.name, m.messages]] : [])),
  ];

  it('every module has its catalogue', () => {
    const without = modules.filter((m) => !m.messages).map((m) => m.name);
    expect(without).toEqual([]);
  });

  it('every entry has an English and a Chinese text, the Chinese in Chinese, the English without Chinese of its own', () => {
    const all = catalogues.flatMap(([name, catalogue]) => texts(catalogue, name));
    expect(all.length).toBeGreaterThan(200);
    const broken = all.filter(([, { en, zh }]) => {
      return (
        !en.trim() || !CJK.test(zh) || CJK.test(en.replace(/\(.*?[\u4e00-\u9fff].*?\)/g, '')) || /undefined|\[object|NaN/.test(en + zh)
      );
    });
    expect(broken).toEqual([]);
  });

  it('every error code of every module, and every common code, is described in both languages in a catalogue', () => {
    const described = (codes: Record<string, Text> | undefined) =>
      Object.entries(codes ?? {}).filter(([, text]) => !text.en.trim() || !CJK.test(text.zh));
    expect(described(commonCodes)).toEqual([]);
    expect(described(requestCodes)).toEqual([]);
    for (const module of modules) {
      const codes = Object.keys(module.errorCodes ?? {});
      const catalogued = (module.messages?.codes ?? {}) as Record<string, Text>;
      expect(
        codes.filter((code) => !catalogued[code]),
        module.name,
      ).toEqual([]);
      expect(described(module.errorCodes), module.name).toEqual([]);
    }
  });

  it('names the roles in Chinese in a refusal, and keeps the action’s words', () => {
    const text = platformMessages.onlyRoles({ en: 'ADMIN', zh: '系统管理员' }, { en: 'create units', zh: '新建单位' });
    expect(text).toEqual({ en: 'Only ADMIN may create units.', zh: '仅系统管理员可以新建单位。' });
    expect(Object.values(platformMessages.roles).map((r) => r.zh)).toEqual([
      '系统管理员',
      '政法委工作人员',
      '单位联络员',
      '评估人员',
      '评审专家',
      '决策人',
      '协调人',
      '督察人员',
      '只读用户',
    ]);
  });
});

describe('the schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('describes every enum, and every described enum value, in English then Chinese', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__')) continue;
      if (!type.description || !CJK.test(type.description) || CJK.test(type.description.slice(0, 1))) missing.push(type.name);
      for (const value of type.getValues())
        if (value.description !== undefined && value.description !== null && !CJK.test(value.description))
          missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
    const status = schema.getType('TaskStatus');
    expect(isEnumType(status) && status.getValue('NOT_STARTED')?.description).toBe('Not started yet. 未开始。');
  });

  it('describes every UserErrorCode value in both languages', () => {
    const codes = schema.getType('UserErrorCode');
    if (!isEnumType(codes)) throw new Error('no UserErrorCode enum');
    expect(codes.getValues().length).toBeGreaterThan(20);
    for (const value of codes.getValues()) expect(value.description, value.name).toMatch(/^[^\u4e00-\u9fff]+ .*[\u4e00-\u9fff]/);
  });
});

describe('Accept-Language', () => {
  it.each([
    ['zh-CN', Language.ZH_CN],
    ['zh', Language.ZH_CN],
    ['zh-Hans', Language.ZH_CN],
    ['zh-Hans-CN', Language.ZH_CN],
    ['en;q=0.5, zh-CN', Language.ZH_CN],
    ['en-US,en;q=0.9,zh-CN;q=0.8', Language.EN],
    ['fr-FR, zh;q=0.2, en;q=0.1', Language.ZH_CN],
    ['zh-CN;q=0, en', Language.EN],
    ['EN-gb', Language.EN],
  ])('%s → %s', (header, language) => {
    expect(languageOfHeader(header)).toBe(language);
  });

  it.each([
    ['*', '*'],
    ['a language of neither', 'fr'],
    ['empty', ''],
    ['separators only', ';;;'],
    ['a malformed quality', 'zh-CN;q=abc'],
    ['emoji', '💥'.repeat(400)],
    ['10,000 letters', 'x'.repeat(10_000)],
  ])('names neither language: %s', (_, header) => {
    expect(languageOfHeader(header)).toBeUndefined();
    expect(pickLanguage(undefined, header)).toBe(DEFAULT_LANGUAGE);
  });

  it('is English when nothing is asked, and a saved preference wins over the header', () => {
    expect(pickLanguage(undefined, undefined)).toBe(Language.EN);
    expect(pickLanguage(Language.EN, 'zh-CN')).toBe(Language.EN);
    expect(pickLanguage(Language.ZH_CN, 'en')).toBe(Language.ZH_CN);
  });
});

describe('graphql-js messages in Chinese', () => {
  it.each([
    [
      'Cannot query field "titel" on type "ReformTask". Did you mean "title"?',
      'GRAPHQL_VALIDATION_FAILED',
      '类型 "ReformTask" 上没有字段 "titel"。你是想用 "title" 吗？',
    ],
    ['Unknown argument "frist" on field "Query.units".', 'GRAPHQL_VALIDATION_FAILED', '字段 "Query.units" 没有参数 "frist"。'],
    [
      'Field "node" argument "id" of type "ID!" is required, but it was not provided.',
      'GRAPHQL_VALIDATION_FAILED',
      '字段 "node" 的参数 "id"（类型 "ID!"）为必填，但未提供。',
    ],
    ['Variable "$id" of required type "ID!" was not provided.', 'BAD_USER_INPUT', '变量 "$id"（类型 "ID!"）为必填，但未提供。'],
    [
      'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      'BAD_USER_INPUT',
      '变量 "$first" 的值 "ten" 无效：Int 类型不能表示值 "ten"。',
    ],
    [
      'Variable "$input" got invalid value { code: "X" }; Field "kind" of required type "UnitKind!" was not provided.',
      'BAD_USER_INPUT',
      '变量 "$input" 的值 { code: "X" } 无效：必填字段 "kind"（类型 "UnitKind!"）未提供。',
    ],
    [
      'Expected value of type "UnitKind!", found "COURTS"; Did you mean the enum value "COURT"?',
      'GRAPHQL_VALIDATION_FAILED',
      '应为 "UnitKind!" 类型的值，实际为 "COURTS"：你是想用枚举值 "COURT" 吗？',
    ],
    ['Syntax Error: Expected Name, found <EOF>.', 'GRAPHQL_PARSE_FAILED', '语法错误：此处应为 Name，实际为 <EOF>。'],
    [
      'Unknown type "Untis". Did you mean "Unit" or "Units"?',
      'GRAPHQL_VALIDATION_FAILED',
      '未知类型 "Untis"。你是想用 "Unit" 或 "Units" 吗？',
    ],
    ['Unknown fragment "Fields".', 'GRAPHQL_VALIDATION_FAILED', '未知片段 "Fields"。'],
    ['Variable "$x" is never used in operation "Q".', 'GRAPHQL_VALIDATION_FAILED', '变量 "$x" 未被使用。'],
  ])('%s', (message, code, chinese) => {
    expect(chineseOf(message, code)).toBe(chinese);
  });

  it('puts a Chinese lead before a message it does not know, and uses our own scalar’s Chinese inside one it does', () => {
    expect(chineseOf('Value is not a valid LocalDate: 2021-13-01', 'BAD_USER_INPUT')).toBe(
      '请求中的某个值不可接受。Value is not a valid LocalDate: 2021-13-01',
    );
    const decimal = platformMessages.decimalFormat;
    expect(chineseOf(`Variable "$a" got invalid value 1.5; ${decimal.en}`, 'BAD_USER_INPUT', decimal)).toBe(
      `变量 "$a" 的值 1.5 无效：${decimal.zh}`,
    );
  });
});

describe('messages over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  type Refusal = { code: string; message: string; field?: readonly string[] | null };

  /** The same request in Chinese and in English: same codes and fields, each message in its language. */
  async function inBoth(send: (language: string) => Promise<Refusal[]>): Promise<{ zh: Refusal; en: Refusal }> {
    const [zh, en] = [await send(ZH), await send(EN)];
    expect(zh).toHaveLength(1);
    expect(en).toHaveLength(1);
    expect({ code: zh[0]!.code, field: zh[0]!.field }).toEqual({ code: en[0]!.code, field: en[0]!.field });
    expect(zh[0]!.message).toMatch(CJK);
    expect(en[0]!.message).not.toMatch(CJK);
    expect(zh[0]!.message).not.toBe(en[0]!.message);
    return { zh: zh[0]!, en: en[0]! };
  }

  const topLevel = (response: GraphQLResponse<unknown>): Refusal[] =>
    (response.errors ?? []).map((e) => ({ code: String(e.extensions?.code), message: e.message, field: null }));

  it('a ledger task refused for its assignment (INVALID_ASSIGNMENT)', async () => {
    const framework = (await ledgersByCode(app)).get('FRAMEWORK')!;
    const court = await unitId(app, 'HRB-FY');
    const { zh, en } = await inBoth(async (language) => {
      const { createReformTask } = await app.ok(
        CreateReformTaskDocument,
        {
          input: {
            ledgerId: framework.id,
            sectionId: framework.sections.get('S1')!,
            code: `I18N-${language}`,
            title: '语言测试任务',
            deliverableForm: 'REPORT',
            leadUnitId: court,
            supportingUnitIds: [court],
            deadline: '2030-12-31',
          },
        },
        { as: 'staff', language },
      );
      expect(createReformTask.reformTask).toBeNull();
      return createReformTask.userErrors;
    });
    expect(zh).toMatchObject({ code: 'INVALID_ASSIGNMENT', field: ['input', 'supportingUnitIds'] });
    expect(en.message).toBe('HRB-FY leads the task and cannot also support it.');
    expect(zh.message).toBe('HRB-FY 是该任务的牵头单位，不能同时作为配合单位。');
  });

  it('a decision refused by assess-before-decide (ASSESSMENT_REQUIRED)', async () => {
    const { decisionId } = await matter(app, { until: 'created' });
    const { zh, en } = await inBoth(async (language) => {
      const { decideMajorDecision } = await app.ok(
        DecideMajorDecisionDocument,
        { input: { decisionId, outcome: 'APPROVE', rationale: '按程序决策' } },
        { as: 'decider', language },
      );
      return decideMajorDecision.userErrors;
    });
    expect(zh).toMatchObject({ code: 'ASSESSMENT_REQUIRED', field: ['input', 'outcome'] });
    expect(en.message).toContain('assess before deciding');
    expect(zh.message).toContain('先评估、后决策');
    // The reasons the matter shows before anyone decides are the refusal's own words.
    const reasons = async (language: string) => {
      const { node } = await app.ok(MajorDecisionDocument, { id: decisionId }, { as: 'decider', language });
      return node && 'readiness' in node ? node.readiness?.blockingReasons : undefined;
    };
    expect(await reasons(ZH)).toEqual([{ code: 'ASSESSMENT_REQUIRED', message: zh.message }]);
    expect(await reasons(EN)).toEqual([{ code: 'ASSESSMENT_REQUIRED', message: en.message }]);
  });

  it('a coordination issue refused closure (INVALID_TRANSITION)', async () => {
    const { openCoordinationIssue } = await app.ok(
      OpenCoordinationIssueDocument,
      {
        input: {
          title: '语言测试协调事项',
          kind: 'OTHER',
          leadUnitId: await unitId(app, 'HLJ-ZFW-RULE-OF-LAW'),
          targetDate: '2030-01-01',
        },
      },
      { as: 'coordinator' },
    );
    const issueId = openCoordinationIssue.coordinationIssue!.id;
    const { zh, en } = await inBoth(async (language) => {
      const { closeCoordinationIssue } = await app.ok(
        CloseCoordinationIssueDocument,
        { input: { issueId } },
        { as: 'coordinator', language },
      );
      return closeCoordinationIssue.userErrors;
    });
    expect(zh).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'issueId'] });
    expect(en.message).toBe('An issue that is OPEN cannot be closed (resolve it first).');
    expect(zh.message).toBe('状态为“新建”（OPEN）的协调事项不能关闭（请先标记为已解决）。');
  });

  it('a rectification notice refused verification before any feedback (INVALID_TRANSITION)', async () => {
    const { rectificationNotices } = await app.ok(RectificationNoticesDocument, {
      first: 1,
      filter: { status: { eq: 'NOTIFIED' } },
    });
    const noticeId = rectificationNotices!.nodes[0]!.id;
    const { zh, en } = await inBoth(async (language) => {
      const { verifyRectification } = await app.ok(VerifyRectificationDocument, { input: { noticeId } }, { as: 'inspector', language });
      return verifyRectification.userErrors;
    });
    expect(zh).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'noticeId'] });
    expect(en.message).toBe('A notice that is NOTIFIED cannot be verified.');
    expect(zh.message).toBe('状态为“已下发”（NOTIFIED）的整改通知不能核查。');
  });

  it('FORBIDDEN names the roles in the asked language', async () => {
    const input = { code: 'I18N-UNIT', name: '语言测试单位', kind: 'OTHER' as const, level: 'PROVINCE' as const };
    const { zh, en } = await inBoth(async (language) => topLevel(await app.gql(CreateUnitDocument, { input }, { as: 'viewer', language })));
    expect(zh.code).toBe('FORBIDDEN');
    expect(en.message).toBe('Only ADMIN may create units.');
    expect(zh.message).toBe('仅系统管理员可以新建单位。');
  });

  it('UNAUTHENTICATED, with no token or a bad one', async () => {
    const input = { code: 'I18N-UNIT', name: '语言测试单位', kind: 'OTHER' as const, level: 'PROVINCE' as const };
    const none = await inBoth(async (language) => topLevel(await app.gql(CreateUnitDocument, { input }, { as: null, language })));
    expect(none.zh.code).toBe('UNAUTHENTICATED');
    expect(none.zh.message).toContain('需要登录');
    const bad = await inBoth(async (language) =>
      topLevel(await app.gql(CreateUnitDocument, { input }, { token: 'not-a-token', language })),
    );
    expect(bad.en.message).toBe('The token is invalid or has expired.');
    expect(bad.zh.message).toBe('令牌无效或已过期。');
  });

  it('a validation error, with its quoted names kept', async () => {
    const document = parse('{ units(frist: 1) { totalCount } }') as TypedDocumentNode<unknown, Record<string, never>>;
    const { zh, en } = await inBoth(async (language) => topLevel(await app.gql(document, {}, { language })));
    expect(zh.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(en.message).toMatch(/^Unknown argument "frist" on field "Query.units"\./);
    expect(zh.message).toMatch(/^字段 "Query.units" 没有参数 "frist"。/);
  });

  const unitsPage = parse('query ($first: Int) { units(first: $first) { totalCount } }') as TypedDocumentNode<unknown, { first: unknown }>;

  it('a variable of the wrong type, a Decimal refused by our own scalar, and text with NUL, in the asked language', async () => {
    const { zh } = await inBoth(async (language) => topLevel(await app.gql(unitsPage, { first: 'ten' }, { language })));
    expect(zh).toMatchObject({ code: 'BAD_USER_INPUT', message: '变量 "$first" 的值 "ten" 无效：Int 类型不能表示值 "ten"。' });

    const money = parse(
      'mutation ($input: RecordFundTransactionInput!) { recordFundTransaction(input: $input) { userErrors { code } } }',
    ) as TypedDocumentNode<unknown, { input: Record<string, unknown> }>;
    const input = { obligationId: 'x', kind: 'TRANSFER', amount: 1.5 };
    const decimal = await inBoth(async (language) => topLevel(await app.gql(money, { input }, { as: 'coordinator', language })));
    expect(decimal.en.message).toContain('A Decimal is a string of digits');
    expect(decimal.zh.message).toMatch(/^变量 "\$input" 的值 .* 无效：Decimal 是由数字组成的字符串/);

    const nul = await inBoth(async (language) => topLevel(await app.gql(unitsPage, { first: 1, text: 'a\u0000b' } as never, { language })));
    expect(nul.zh).toMatchObject({ code: 'BAD_USER_INPUT', message: '`text`：文本中不得包含 NUL 字符（\\u0000）。' });
  });

  it('a page size out of range and a malformed ID', async () => {
    const { zh } = await inBoth(async (language) => topLevel(await app.gql(unitsPage, { first: 500 }, { language })));
    expect(zh).toMatchObject({ code: 'BAD_USER_INPUT', message: '`first` 必须在 0 到 100 之间（收到 500）。' });
    const node = parse('{ node(id: "nonsense!") { id } }') as TypedDocumentNode<unknown, Record<string, never>>;
    const invalid = await inBoth(async (language) => topLevel(await app.gql(node, {}, { language })));
    expect(invalid.zh.message).toBe('“nonsense!”不是有效的 ID。');
  });

  it('HTTP-level errors: a body that is not JSON', async () => {
    const send = async (language: string) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: '{ not json',
      });
      expect(response.status).toBe(400);
      return topLevel((await response.json()) as GraphQLResponse<unknown>);
    };
    const { zh, en } = await inBoth(send);
    expect(en).toMatchObject({ code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
    expect(zh.message).toBe('请求体不是有效的 JSON。');
  });

  it('English when the request asks for neither language, or for nothing', async () => {
    const input = { code: 'I18N-UNIT', name: '语言测试单位', kind: 'OTHER' as const, level: 'PROVINCE' as const };
    for (const language of [undefined, 'fr-FR', '*'] as const) {
      const response = await app.gql(CreateUnitDocument, { input }, { as: 'viewer', ...(language ? { language } : {}) });
      expect(response.errors?.[0]?.message).toBe('Only ADMIN may create units.');
    }
  });
});
