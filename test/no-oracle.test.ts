import { randomBytes } from 'node:crypto';
import {
  getNullableType,
  GraphQLID,
  isEnumType,
  isInputObjectType,
  isListType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { loadIdSecret } from '../src/shared/db/id-secret.js';
import { decodeGlobalId } from '../src/shared/graphql/global-id.js';
import { nodeType } from '../src/shared/graphql/node.js';
import { useIdSecret } from '../src/shared/graphql/opaque.js';
import { CreateUserDocument, NodeDocument, UnitsPageDocument } from './generated/graphql.js';
import { startApp, errorCodes, type GraphQLResponse, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { idOf, unitId } from './support/ids.js';
import { matter } from './support/matters.js';
import { PDF, uploaded } from './support/files.js';

// No oracle (docs/architecture.md): an ID in a mutation's input that names an object the caller
// may not see is answered exactly as one that names nothing, and IDs tell nothing of each other.

/** The type each ID field of a mutation input names, by the field's name (or `mutation.field`). */
const ID_TYPES: Record<string, string> = {
  'updateUnit.id': 'Unit',
  'updateDecisionCategory.id': 'DecisionCategory',
  'updateReformTask.id': 'ReformTask',
  actionItemId: 'ActionItem',
  assessingUnitId: 'Unit',
  assessmentId: 'RiskAssessment',
  assignedUnitId: 'Unit',
  attendingUnitIds: 'Unit',
  caseId: 'ReformCase',
  categoryId: 'DecisionCategory',
  decisionBodyId: 'Unit',
  decisionId: 'MajorDecision',
  fileId: 'EvidenceFile',
  findingId: 'InspectionFinding',
  groupId: 'InspectionGroup',
  homeRegionId: 'Region',
  implementsId: 'ReformTask',
  issueId: 'CoordinationIssue',
  leadUnitId: 'Unit',
  leaderHomeRegionId: 'Region',
  leaderId: 'Person',
  ledReformId: 'LedReform',
  ledgerId: 'Ledger',
  noticeId: 'RectificationNotice',
  obligationId: 'FundObligation',
  order: 'Region',
  ownerUnitId: 'Unit',
  parentId: 'Unit',
  payeeUnitId: 'Unit',
  payerUnitId: 'Unit',
  personId: 'Person',
  pointId: 'RiskPoint',
  regionId: 'Region',
  roundId: 'InspectionRound',
  sectionId: 'LedgerSection',
  supportingUnitIds: 'Unit',
  taskId: 'ReformTask',
  taskIds: 'ReformTask',
  // Any object files attach to: a meeting is one no one is hidden from.
  toId: 'Meeting',
  unitId: 'Unit',
  unitIds: 'Unit',
  userId: 'User',
  visitId: 'InspectionVisit',
  visitingUnitId: 'Unit',
};

/** A value every scalar of the inputs accepts, so that an input is well-formed apart from its IDs. */
const SCALARS: Record<string, unknown> = {
  String: 'x',
  NonEmptyString: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Decimal: '1.00',
  LocalDate: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
};

const NO_SUCH_KEY = '999999999999';

interface IdLeaf {
  field: string[];
  typename: string;
}

/**
 * A well-formed value of `type`, every field filled (one item per list), each ID a made-up one of
 * the type the field names; the ID fields are listed in `leaves` in input order.
 */
function sample(mutation: string, type: GraphQLInputType, field: string[], leaves: IdLeaf[]): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(mutation, inner.ofType, [...field, '0'], leaves)];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, sample(mutation, f.type, [...field, f.name], leaves)]));
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (inner === GraphQLID) {
    const name = field.filter((part) => !/^[0-9]+$/.test(part)).at(-1)!;
    const typename = ID_TYPES[`${mutation}.${name}`] ?? ID_TYPES[name];
    if (!typename) throw new Error(`ID_TYPES names no type for ${mutation} ${field.join('.')}: add it`);
    leaves.push({ field, typename });
    return idOf(typename, NO_SUCH_KEY);
  }
  if (!(inner.name in SCALARS)) throw new Error(`SCALARS has no sample of ${inner.name} (${mutation} ${field.join('.')}): add one`);
  return SCALARS[inner.name];
}

interface MutationCase {
  name: string;
  document: TypedDocumentNode<Record<string, { userErrors: unknown[] }>, Record<string, unknown>>;
  variables: Record<string, unknown>;
  leaves: IdLeaf[];
}

function caseOf(field: GraphQLField<unknown, unknown>): MutationCase {
  const leaves: IdLeaf[] = [];
  const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(field.name, a.type, [a.name], leaves)]));
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = parse(`mutation(${declared}) { ${field.name}(${passed}) { userErrors { code message field } } }`);
  return { name: field.name, document: document, variables, leaves };
}

function withId(variables: Record<string, unknown>, path: string[], id: string): Record<string, unknown> {
  const copy = structuredClone(variables);
  let at: Record<string, unknown> = copy;
  for (const part of path.slice(0, -1)) at = at[part] as Record<string, unknown>;
  at[path.at(-1)!] = id;
  return copy;
}

/** What a client receives, all of it that could differ: the data and the errors, as JSON. */
const seen = (response: GraphQLResponse<unknown>) =>
  JSON.stringify({ status: response.status, data: response.data, errors: response.errors });

let app: TestApp;
let cases: MutationCase[];

beforeAll(async () => {
  app = await startApp();
  const mutations = Object.values((await buildAppSchema()).getMutationType()!.getFields());
  cases = mutations.map(caseOf).filter((c) => c.leaves.length > 0);
  // Every mutation with arguments takes some ID but these four, which name no object.
  expect(mutations.filter((m) => !cases.some((c) => c.name === m.name)).map((m) => m.name)).toEqual(
    expect.arrayContaining(['updateViewerPreferences', 'updateEvaluationWeights', 'recomputeRegionEvaluations', 'createInspectionRound']),
  );
  expect(cases.length).toBeGreaterThan(50);
});

afterAll(async () => {
  await app.close();
});

describe('every mutation that takes an ID, for every role', () => {
  const roles = ['admin', 'staff', 'officer', 'assessor', 'reviewer', 'decider', 'coordinator', 'inspector', 'viewer'];

  it('answers made-up IDs with NOT_FOUND at each ID field, the same to every role, before any role check, and writes nothing', async () => {
    const before = await auditCount(app);
    for (const c of cases) {
      const expected = {
        status: 200,
        data: {
          [c.name]: {
            userErrors: c.leaves.map((leaf) => ({ code: 'NOT_FOUND', message: 'Nothing you may see has this ID.', field: leaf.field })),
          },
        },
      };
      const answers = await Promise.all(roles.map(async (as) => seen(await app.gql(c.document, c.variables, { as }))));
      expect({ mutation: c.name, answer: JSON.parse(answers[0]!) as unknown }).toEqual({ mutation: c.name, answer: expected });
      expect(new Set(answers).size, c.name).toBe(1);
    }
    expect(await auditCount(app)).toBe(before);
  });
});

describe('an object the caller may not see', () => {
  /** Objects of each type with hidden ones, and the users each is hidden from. */
  const hidden: Record<string, { what: string; id: string; from: string[] }[]> = {};
  const HIDDEN_TYPES = ['EvidenceFile', 'RiskAssessment', 'RiskPoint'];

  beforeAll(async () => {
    // An assessor of another unit and a second expert reviewer, besides the demo users.
    const otherUnit = await unitId(app, 'HRB-GAJ');
    for (const [login, grant] of [
      ['assessor2', { role: 'ASSESSOR', unitId: otherUnit }],
      ['reviewer2', { role: 'EXPERT_REVIEWER' }],
    ] as const) {
      const { createUser } = await app.ok(CreateUserDocument, { input: { login, displayName: login, unitId: otherUnit, grants: [grant] } });
      expect(createUser.userErrors).toEqual([]);
    }
    const draft = await matter(app, { until: 'assessing', points: [{ likelihood: 3, impact: 3 }] });
    const filed = await matter(app, { until: 'filed', points: [{ likelihood: 2, impact: 2, mitigation: 'actionable' }] });
    const strangers = ['viewer', 'officer', 'coordinator', 'inspector', 'assessor2', 'reviewer2'];
    // An upload attached to nothing yet is its uploader's alone.
    const draftFile = await uploaded(app, 'staff', 'draft.pdf', PDF);
    hidden.EvidenceFile = [{ what: 'another user’s upload', id: draftFile.id, from: strangers }];
    hidden.RiskAssessment = [
      { what: 'a DRAFT assessment', id: draft.assessmentId!, from: ['reviewer', ...strangers] },
      { what: 'a FILED assessment someone else reviewed', id: filed.assessmentId!, from: strangers },
    ];
    hidden.RiskPoint = [
      { what: 'a point of a DRAFT assessment', id: draft.pointIds[0]!, from: ['reviewer', ...strangers] },
      { what: 'a point of a FILED assessment', id: filed.pointIds[0]!, from: strangers },
    ];
  });

  it('is hidden from those users on node(id:), so the comparisons below are not empty', async () => {
    for (const objects of Object.values(hidden)) {
      for (const { id, from } of objects) {
        for (const as of from) expect((await app.ok(NodeDocument, { id }, { as })).node, `${id} as ${as}`).toBeNull();
        expect((await app.ok(NodeDocument, { id }, { as: 'staff' })).node).not.toBeNull();
      }
    }
  });

  it('has a fixture for every type with hidden objects that a mutation takes', () => {
    const typesTaken = new Set(cases.flatMap((c) => c.leaves.map((l) => l.typename)));
    const withHidden = [...typesTaken].filter((t) => nodeType(t)?.visible !== undefined).sort();
    expect(withHidden).toEqual(HIDDEN_TYPES);
  });

  it('gets the byte-identical answer a made-up ID gets, from every mutation that takes one, for every user it is hidden from', async () => {
    const before = await auditCount(app);
    let compared = 0;
    for (const c of cases) {
      for (const leaf of c.leaves.filter((l) => HIDDEN_TYPES.includes(l.typename))) {
        for (const { what, id, from } of hidden[leaf.typename]!) {
          for (const as of from) {
            const madeUp = await app.gql(c.document, c.variables, { as });
            const hiddenOne = await app.gql(c.document, withId(c.variables, leaf.field, id), { as });
            expect(seen(hiddenOne), `${c.name} ${leaf.field.join('.')} with ${what}, as ${as}`).toBe(seen(madeUp));
            compared++;
          }
        }
      }
    }
    // Nine mutations take an assessment or a point.
    expect(compared).toBeGreaterThanOrEqual(9 * 2 * 6);
    expect(await auditCount(app)).toBe(before);
  });

  it('answers the issue’s three probes as a made-up ID, alone in an otherwise valid input', async () => {
    const [draft, filed] = hidden.RiskAssessment!;
    const review = parse(
      'mutation($input: ReviewRiskAssessmentInput!) { reviewRiskAssessment(input: $input) { userErrors { code message field } } }',
    );
    const update = parse(
      'mutation($input: UpdateRiskPointInput!) { updateRiskPoint(input: $input) { userErrors { code message field } } }',
    );
    const reviewOf = (assessmentId: string) => ({ input: { assessmentId, verdict: 'PASS', comments: '同意' } });
    const pointUpdate = (pointId: string) => ({
      input: { pointId, dimension: 'LEGALITY', description: '改', likelihood: 1, impact: 1 },
    });
    const probes = [
      { document: review, as: 'reviewer', hidden: reviewOf(draft!.id), madeUp: reviewOf(idOf('RiskAssessment', NO_SUCH_KEY)) },
      { document: review, as: 'reviewer2', hidden: reviewOf(filed!.id), madeUp: reviewOf(idOf('RiskAssessment', NO_SUCH_KEY)) },
      {
        document: update,
        as: 'assessor2',
        hidden: pointUpdate(hidden.RiskPoint![0]!.id),
        madeUp: pointUpdate(idOf('RiskPoint', NO_SUCH_KEY)),
      },
    ];
    for (const probe of probes) {
      const made = await app.gql(probe.document, probe.madeUp, { as: probe.as });
      const real = await app.gql(probe.document, probe.hidden, { as: probe.as });
      expect(seen(real)).toBe(seen(made));
      expect(Object.values(made.data!)[0]).toEqual({
        userErrors: [
          { code: 'NOT_FOUND', message: 'Nothing you may see has this ID.', field: ['input', Object.keys(probe.madeUp.input)[0]] },
        ],
      });
    }
  });
});

describe('global IDs', () => {
  it('of consecutive rows share nothing a client can see, and decode only with the secret', async () => {
    const { units } = await app.ok(UnitsPageDocument, { first: 100 });
    const ids = units!.edges.map((e) => e.node.id);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const byKey = new Map(ids.map((id) => [Number(decodeGlobalId(id)!.key), id]));
    const pairs = [...byKey].filter(([key]) => byKey.has(key + 1)).map(([key, id]) => [id, byKey.get(key + 1)!] as const);
    expect(pairs.length).toBeGreaterThan(10);
    // Two random strings of 22 characters in 64 agree in about one place, never in a run.
    const same = (a: string, b: string) => a.split('').filter((c, i) => b[i] === c).length;
    expect(pairs.filter(([a, b]) => same(a, b) > 6 || a.slice(0, 3) === b.slice(0, 3))).toEqual([]);
    useIdSecret(randomBytes(32));
    try {
      expect(ids.map(decodeGlobalId).filter((d) => d !== null)).toEqual([]);
    } finally {
      await loadIdSecret(app.orm);
    }
  });

  it('turns into nothing when one character changes: BAD_USER_INPUT, never another object', async () => {
    const id = await unitId(app, 'HRB-GOV');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // IDs and the alphabet are ASCII: one character, one code unit.
    const variants = id.split('').flatMap((c, i) =>
      alphabet
        .split('')
        .filter((a) => a !== c)
        .map((a) => `${id.slice(0, i)}${a}${id.slice(i + 1)}`),
    );
    expect(variants.filter((v) => decodeGlobalId(v) !== null)).toEqual([]);
    for (const variant of variants.filter((_, i) => i % 97 === 0)) {
      expect(errorCodes(await app.gql(NodeDocument, { id: variant }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('are stable: another server on a copy of the database gives every object the same ID', async () => {
    const other = await startApp();
    try {
      expect(await unitId(other, 'HRB-GOV')).toBe(await unitId(app, 'HRB-GOV'));
    } finally {
      await other.close();
    }
  });

  it('keep cursors opaque too: no key inside, and a changed one is refused', async () => {
    const { units } = await app.ok(UnitsPageDocument, { first: 2 });
    const cursor = units!.pageInfo.endCursor!;
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toMatch(/key|asc|desc/);
    const changed = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;
    const response = await app.gql(UnitsPageDocument, { first: 2, after: changed });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((await app.ok(UnitsPageDocument, { first: 2, after: cursor })).units!.edges).toHaveLength(2);
  });
});
