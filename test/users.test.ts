import { print } from 'graphql';
import pg from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountOfDocument,
  AddRiskPointDocument,
  AssignRotationDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  DecideMajorDecisionDocument,
  MajorDecisionDocument,
  RecordFindingDocument,
  RecordInspectionVisitDocument,
  ReactivateUserDocument,
  ReformTasksPageDocument,
  ReportTaskProgressDocument,
  ReviewRiskAssessmentDocument,
  StartInspectionRoundDocument,
  SubmitRiskAssessmentDocument,
  UpdateUserDocument,
  UpdateViewerPreferencesDocument,
  UsersDocument,
  ViewerAccountDocument,
  type CreateUserInput,
} from './generated/graphql.js';
import { errorCodes, startApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { auditCount, auditOf } from './support/audit.js';
import { idOf, unitId } from './support/ids.js';
import { buildRound, demoCadres, must } from './support/inspection.js';
import { matter } from './support/matters.js';
import { untilBlockedBy } from './support/until.js';
import { toGlobalId } from '../src/shared/graphql/global-id.js';

// Accounts through the graph: admins create, change, deactivate and reactivate users; roles are
// granted per unit where the domain says so, and every check that asks for a unit asks the grants.

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const OTHERS = ['staff', 'officer', 'assessor', 'reviewer', 'decider', 'coordinator', 'inspector', 'viewer'];
const CJK = /[\u4e00-\u9fff]/;

async function create(input: Partial<CreateUserInput> & { login: string }, as: string | null = 'admin') {
  return app.gql(
    CreateUserDocument,
    { input: { displayName: input.login, unitId: await unitId(app, 'HLJ-ZFW-OFFICE'), grants: [{ role: 'VIEWER' }], ...input } },
    { as },
  );
}

async function created(input: Partial<CreateUserInput> & { login: string }): Promise<string> {
  const response = await create(input);
  return must(response.data!.createUser, `create ${input.login}`).user!.id;
}

const refusal = (response: GraphQLResponse<Record<string, { userErrors: { code: string; field?: string[] | null }[] } | null>>) =>
  Object.values(response.data ?? {})[0]?.userErrors.map((e) => ({ code: e.code, field: e.field }));

async function activeAdmins(as = 'admin'): Promise<string[]> {
  const { users } = await app.ok(UsersDocument, { filter: { role: { eq: 'ADMIN' }, active: true } }, { as });
  return users!.nodes.map((u) => u.login);
}

/** Sends an operation with an Accept-Language header of its own. */
async function inLanguage<V extends Record<string, unknown>>(
  document: TypedDocumentNode<unknown, V>,
  variables: V,
  as: string,
  language: string,
) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token(as)}`, 'accept-language': language },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data?: Record<string, { userErrors: { message: string }[] } | null>; errors?: { message: string }[] };
}

describe('account mutations', () => {
  let target: string;
  beforeAll(async () => {
    target = await created({ login: 'matrix-target' });
  });

  it('are the admins’ alone: FORBIDDEN for every other demo role, UNAUTHENTICATED without a token, nothing written', async () => {
    const before = await auditCount(app);
    const attempts = (as: string | null) => [
      create({ login: `by-${as}` }, as),
      app.gql(UpdateUserDocument, { input: { userId: target, displayName: '改名' } }, { as }),
      app.gql(DeactivateUserDocument, { input: { userId: target } }, { as }),
      app.gql(ReactivateUserDocument, { input: { userId: target } }, { as }),
      app.gql(UsersDocument, {}, { as }),
    ];
    for (const as of OTHERS) {
      for (const response of await Promise.all(attempts(as))) expect(errorCodes(response), as).toEqual(['FORBIDDEN']);
    }
    for (const response of await Promise.all([
      ...attempts(null),
      app.gql(UpdateViewerPreferencesDocument, { input: { language: 'ZH_CN' } }, { as: null }),
    ]))
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await auditCount(app)).toBe(before);
  });

  it('work for an admin, each with its audit entry', async () => {
    const updated = await app.ok(UpdateUserDocument, { input: { userId: target, displayName: '矩阵用户' } });
    expect(updated.updateUser.user).toMatchObject({ displayName: '矩阵用户', grants: [{ role: 'VIEWER', unit: null }] });
    expect((await app.ok(DeactivateUserDocument, { input: { userId: target } })).deactivateUser.user).toMatchObject({ active: false });
    expect((await app.ok(ReactivateUserDocument, { input: { userId: target } })).reactivateUser.user).toMatchObject({ active: true });
    const trail = await auditOf(app, target);
    expect(trail.map((e) => [e.actor, e.action])).toEqual([
      ['admin', 'user.create'],
      ['admin', 'user.update'],
      ['admin', 'user.deactivate'],
      ['admin', 'user.reactivate'],
    ]);
    expect(trail[1]).toMatchObject({ from: { displayName: 'matrix-target' }, to: { displayName: '矩阵用户', login: 'matrix-target' } });
    expect(trail[2]).toMatchObject({ from: { active: true }, to: { active: false } });
  });

  it('let any signed-in user set their own language, audited', async () => {
    for (const as of ['viewer', 'officer']) {
      const set = await app.ok(UpdateViewerPreferencesDocument, { input: { language: 'ZH_CN' } }, { as });
      expect(set.updateViewerPreferences).toMatchObject({ user: { language: 'ZH_CN' }, userErrors: [] });
      const cleared = await app.ok(UpdateViewerPreferencesDocument, { input: { language: null } }, { as });
      expect(cleared.updateViewerPreferences.user?.language).toBeNull();
    }
    const { viewer } = await app.ok(ViewerAccountDocument, {}, { as: 'viewer' });
    const trail = (await auditOf(app, viewer.id)).filter((e) => e.action === 'user.updatePreferences');
    expect(trail.map((e) => [e.actor, e.action, e.to?.language])).toEqual([
      ['viewer', 'user.updatePreferences', 'ZH_CN'],
      ['viewer', 'user.updatePreferences', null],
    ]);
  });
});

describe('account rules', () => {
  it('refuse a bad login, a taken login, grants that do not fit their roles, a linked person, and unknown IDs, writing nothing', async () => {
    const before = await auditCount(app);
    const court = await unitId(app, 'HLJ-GY');
    expect(refusal(await create({ login: 'a b' }))).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'login'] }]);
    expect(refusal(await create({ login: 'x'.repeat(65) }))).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'login'] }]);
    expect(refusal(await create({ login: 'admin' }))).toEqual([{ code: 'LOGIN_TAKEN', field: ['input', 'login'] }]);
    expect(refusal(await create({ login: 'bound', grants: [{ role: 'VIEWER' }, { role: 'UNIT_OFFICER' }] }))).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'grants', '1', 'unitId'] },
    ]);
    expect(refusal(await create({ login: 'global', grants: [{ role: 'INSPECTOR', unitId: court }] }))).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'grants', '0', 'unitId'] },
    ]);
    expect(
      refusal(
        await create({
          login: 'twice',
          grants: [
            { role: 'UNIT_OFFICER', unitId: court },
            { role: 'UNIT_OFFICER', unitId: court },
          ],
        }),
      ),
    ).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'grants', '1'] }]);
    const inspectorPerson = (await app.ok(ViewerAccountDocument, {}, { as: 'inspector' })).viewer.person!.id;
    expect(refusal(await create({ login: 'double', personId: inspectorPerson }))).toEqual([
      { code: 'PERSON_ALREADY_LINKED', field: ['input', 'personId'] },
    ]);
    const ghost = idOf('User', 999999);
    expect(refusal(await app.gql(DeactivateUserDocument, { input: { userId: ghost } }))).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'userId'] },
    ]);
    const ghostUnit = idOf('Unit', 999999);
    expect(refusal(await create({ login: 'nowhere', grants: [{ role: 'ASSESSOR', unitId: ghostUnit }] }))).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'grants', '0', 'unitId'] },
    ]);
    expect(await auditCount(app)).toBe(before);
  });

  it('refuse deactivating an inactive user and reactivating an active one', async () => {
    const id = await created({ login: 'twice-off' });
    must((await app.ok(DeactivateUserDocument, { input: { userId: id } })).deactivateUser, 'deactivate');
    expect(refusal(await app.gql(DeactivateUserDocument, { input: { userId: id } }))).toEqual([
      { code: 'INVALID_TRANSITION', field: ['input', 'userId'] },
    ]);
    must((await app.ok(ReactivateUserDocument, { input: { userId: id } })).reactivateUser, 'reactivate');
    expect(refusal(await app.gql(ReactivateUserDocument, { input: { userId: id } }))).toEqual([
      { code: 'INVALID_TRANSITION', field: ['input', 'userId'] },
    ]);
  });

  it('replace the grants as a set, link and unlink the person, and show grants and language only to the user and admins', async () => {
    const id = await created({ login: 'regrant', grants: [{ role: 'VIEWER' }] });
    const court = await unitId(app, 'HLJ-GY');
    const changed = await app.ok(UpdateUserDocument, {
      input: { userId: id, grants: [{ role: 'UNIT_OFFICER', unitId: court }, { role: 'COORDINATOR' }], language: 'EN' },
    });
    expect(changed.updateUser.user).toMatchObject({
      roles: ['COORDINATOR', 'UNIT_OFFICER'],
      grants: [
        { role: 'COORDINATOR', unit: null },
        { role: 'UNIT_OFFICER', unit: { code: 'HLJ-GY' } },
      ],
      language: 'EN',
    });
    const seen = await app.ok(AccountOfDocument, { id }, { as: 'viewer' });
    expect(seen.node).toMatchObject({ login: 'regrant', roles: null, grants: null, language: null });
    expect((await app.ok(AccountOfDocument, { id }, { as: 'regrant' })).node).toMatchObject({ grants: [{}, {}], language: 'EN' });
  });

  it('list users by text, unit, role and active, ordered', async () => {
    const { users } = await app.ok(UsersDocument, { filter: { role: { eq: 'INSPECTOR' } } });
    expect(users!.nodes.map((u) => u.login)).toContain('inspector');
    expect(users!.nodes.every((u) => u.roles?.includes('INSPECTOR'))).toBe(true);
    const byText = await app.ok(UsersDocument, { filter: { text: '督察' } });
    expect(byText.users!.nodes.map((u) => u.login)).toEqual(['inspector']);
    const office = await unitId(app, 'HLJ-ZFW-OFFICE');
    const inOffice = await app.ok(UsersDocument, {
      filter: { unit: { eq: office }, role: { nin: ['ADMIN'] } },
      orderBy: [{ field: 'LOGIN', direction: 'DESC' }],
    });
    const logins = inOffice.users!.nodes.map((u) => u.login);
    expect(logins).toContain('viewer');
    expect(logins).not.toContain('admin');
    expect(logins).toEqual([...logins].sort().reverse());
    const either = await app.ok(UsersDocument, { filter: { or: [{ text: 'decider' }, { text: 'reviewer' }] } });
    expect(either.users!.nodes.map((u) => u.login)).toEqual(['decider', 'reviewer']);
  });
});

describe('deactivation', () => {
  it('refuses a still-valid token from the next request; reactivation lets the same token in again', async () => {
    const id = await created({ login: 'leaver' });
    const token = await app.token('leaver');
    expect((await app.ok(ViewerAccountDocument, {}, { token })).viewer.login).toBe('leaver');
    must((await app.ok(DeactivateUserDocument, { input: { userId: id } })).deactivateUser, 'deactivate');
    expect(errorCodes(await app.gql(ViewerAccountDocument, {}, { token }))).toEqual(['UNAUTHENTICATED']);
    must((await app.ok(ReactivateUserDocument, { input: { userId: id } })).reactivateUser, 'reactivate');
    expect((await app.ok(ViewerAccountDocument, {}, { token })).viewer.login).toBe('leaver');
  });
});

describe('the last active admin', () => {
  it('can be neither deactivated nor lose the ADMIN role', async () => {
    expect(await activeAdmins()).toEqual(['admin']);
    const { viewer } = await app.ok(ViewerAccountDocument, {});
    expect(refusal(await app.gql(DeactivateUserDocument, { input: { userId: viewer.id } }))).toEqual([
      { code: 'LAST_ADMIN', field: ['input', 'userId'] },
    ]);
    expect(refusal(await app.gql(UpdateUserDocument, { input: { userId: viewer.id, grants: [{ role: 'VIEWER' }] } }))).toEqual([
      { code: 'LAST_ADMIN', field: ['input', 'grants'] },
    ]);
    expect(await activeAdmins()).toEqual(['admin']);
  });

  it('stays when two admins deactivate each other at once: exactly one succeeds', async () => {
    const admin = (await app.ok(ViewerAccountDocument, {})).viewer.id;
    const second = await created({ login: 'admin2', grants: [{ role: 'ADMIN' }] });
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        app.gql(DeactivateUserDocument, { input: { userId: second } }, { as: 'admin' }),
        app.gql(DeactivateUserDocument, { input: { userId: admin } }, { as: 'admin2' }),
      ]);
      const succeeded = results.filter((r) => r.data?.deactivateUser.user?.active === false);
      expect(succeeded, JSON.stringify(results)).toHaveLength(1);
      const survivor = results[0].data?.deactivateUser.user ? 'admin' : 'admin2';
      expect(await activeAdmins(survivor)).toEqual([survivor]);
      must(
        (await app.ok(ReactivateUserDocument, { input: { userId: survivor === 'admin' ? second : admin } }, { as: survivor }))
          .reactivateUser,
        'reactivate',
      );
    }
    expect(await activeAdmins()).toEqual(['admin', 'admin2']);
  });
});

describe('unit-bound grants', () => {
  it('let an officer granted unit A report on A’s tasks, not on B’s', async () => {
    const [a, b] = [await unitId(app, 'HLJ-GY'), await unitId(app, 'HLJ-JCY')];
    await created({ login: 'officer-a', unitId: await unitId(app, 'HLJ-ZFW-OFFICE'), grants: [{ role: 'UNIT_OFFICER', unitId: a }] });
    // A task led by one unit that the other does not support (A's under way).
    const taskOf = async (lead: string, other: string, underWay: boolean) =>
      (
        await app.ok(ReformTasksPageDocument, {
          first: 1,
          filter: {
            leadUnit: { eq: lead },
            supportingUnit: { neq: other },
            ...(underWay ? { status: { in: ['IN_PROGRESS', 'RETURNED'] } } : {}),
          },
        })
      ).reformTasks!.nodes[0]!.id;
    const report = (taskId: string) =>
      app.gql(ReportTaskProgressDocument, { input: { taskId, percent: 50, narrative: '按计划推进' } }, { as: 'officer-a' });
    expect((await report(await taskOf(a, b, true))).data?.reportTaskProgress.userErrors).toEqual([]);
    expect(errorCodes(await report(await taskOf(b, a, false)))).toEqual(['FORBIDDEN']);
  });

  it('let a decision maker granted body X decide X’s matters only', async () => {
    const body = await unitId(app, 'HRB-GOV');
    await created({ login: 'decider-x', grants: [{ role: 'DECISION_MAKER', unitId: body }] });
    await created({ login: 'decider-y', unitId: body, grants: [{ role: 'DECISION_MAKER', unitId: await unitId(app, 'HRB-ZFW') }] });
    const { decisionId } = await matter(app);
    // The body's plan is visible through the grant, though decider-x works for another unit.
    const read = async (as: string) => (await app.ok(MajorDecisionDocument, { id: decisionId }, { as })).node;
    expect(await read('decider-x')).toMatchObject({ planText: expect.any(String), readiness: { viewerMayDecide: true } });
    expect(await read('viewer')).toMatchObject({ planText: null });
    expect(await read('decider-y')).toMatchObject({ readiness: { viewerMayDecide: false } });
    const decide = (as: string) =>
      app.gql(DecideMajorDecisionDocument, { input: { decisionId, outcome: 'APPROVE', rationale: '风险可控，同意实施' } }, { as });
    // decider-y works for the body but holds the role for another unit.
    expect(errorCodes(await decide('decider-y'))).toEqual(['FORBIDDEN']);
    const decided = await decide('decider-x');
    expect(decided.data?.decideMajorDecision).toMatchObject({ userErrors: [], majorDecision: { status: 'DECIDED' } });
  });

  it('make REVIEWER_CONFLICT reachable: an assessor-and-reviewer who wrote an assessment cannot review it', async () => {
    const assessing = await unitId(app, 'HRB-ZFW');
    await created({ login: 'dual', unitId: assessing, grants: [{ role: 'ASSESSOR', unitId: assessing }, { role: 'EXPERT_REVIEWER' }] });
    const { assessmentId } = await matter(app, { until: 'assessing', points: [{ likelihood: 1, impact: 1 }] });
    const point = {
      assessmentId: assessmentId!,
      dimension: 'LEGALITY' as const,
      description: '施工扰民',
      likelihood: 1,
      impact: 2,
      peopleAffected: 30,
    };
    must((await app.ok(AddRiskPointDocument, { input: point }, { as: 'dual' })).addRiskPoint, 'write');
    must(
      (await app.ok(SubmitRiskAssessmentDocument, { input: { assessmentId: assessmentId! } }, { as: 'dual' })).submitRiskAssessment,
      'submit',
    );
    const review = await app.gql(ReviewRiskAssessmentDocument, { input: { assessmentId: assessmentId!, verdict: 'PASS' } }, { as: 'dual' });
    expect(review.data?.reviewRiskAssessment.userErrors.map((e) => e.code)).toEqual(['REVIEWER_CONFLICT']);
  });
});

describe('inspectors and their groups', () => {
  it('refuse a visit or finding by an inspector outside the group; a member records both', async () => {
    app.clock.set('2026-11-21');
    const cadres = await demoCadres(app);
    const round = await buildRound(app, cadres, 2026);
    must(
      (await app.ok(AssignRotationDocument, { input: { roundId: round.roundId, order: cadres.regions.map((r) => r.id) } }, { as: 'staff' }))
        .assignRotation,
      'ring',
    );
    must(
      (await app.ok(StartInspectionRoundDocument, { input: { roundId: round.roundId } }, { as: 'staff' })).startInspectionRound,
      'start',
    );
    const member = cadres.members.get(cadres.regions[0]!.id)![0]!;
    await created({ login: 'member-inspector', personId: member, grants: [{ role: 'INSPECTOR' }] });
    // The demo inspector leads the third group (the demo leaders' order), not the first.
    expect(cadres.leaders[2]).toBe((await app.ok(ViewerAccountDocument, {}, { as: 'inspector' })).viewer.person!.id);
    const visitOf = async (group: number) => {
      const region = cadres.regions[group + 1]!;
      return {
        groupId: round.groups[group]!,
        regionId: region.id,
        visitedOn: '2026-11-02',
        kind: 'UNANNOUNCED' as const,
        methods: ['DOCUMENTS' as const],
        unitIds: [await unitId(app, `${region.code}-FY`)],
        checks: [],
      };
    };
    const before = await auditCount(app);
    expect(errorCodes(await app.gql(RecordInspectionVisitDocument, { input: await visitOf(0) }, { as: 'inspector' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await auditCount(app)).toBe(before);
    const recorded = await app.ok(RecordInspectionVisitDocument, { input: await visitOf(0) }, { as: 'member-inspector' });
    const visitId = must(recorded.recordInspectionVisit, 'visit').inspectionVisit!.id;
    // Their own group's visit, the demo inspector records.
    must((await app.ok(RecordInspectionVisitDocument, { input: await visitOf(2) }, { as: 'inspector' })).recordInspectionVisit, 'own');

    const finding = {
      visitId,
      taskId: (await app.ok(ReformTasksPageDocument, { first: 1 })).reformTasks!.nodes[0]!.id,
      unitId: await unitId(app, `${cadres.regions[1]!.code}-FY`),
      description: '配套制度未出台',
      severity: 'MINOR' as const,
    };
    expect(errorCodes(await app.gql(RecordFindingDocument, { input: finding }, { as: 'inspector' }))).toEqual(['FORBIDDEN']);
    must((await app.ok(RecordFindingDocument, { input: finding }, { as: 'member-inspector' })).recordFinding, 'finding');
  });
});

describe('the saved language', () => {
  it('chooses the language of top-level errors and userErrors over Accept-Language; codes and fields stay', async () => {
    const english = await inLanguage(UsersDocument, {}, 'viewer', 'en');
    expect(english.errors?.[0]?.message).toBe('Only ADMIN may manage user accounts.');
    must(
      (await app.ok(UpdateViewerPreferencesDocument, { input: { language: 'ZH_CN' } }, { as: 'viewer' })).updateViewerPreferences,
      'set',
    );
    const users = await inLanguage(UsersDocument, {}, 'viewer', 'en');
    expect(users.errors?.[0]?.message).toMatch(CJK);
    expect(users.errors?.[0]?.message).toBe('仅系统管理员可以管理用户账号。');

    await created({ login: 'admin-zh', grants: [{ role: 'ADMIN' }], language: 'ZH_CN' });
    const input = { login: 'bad login', displayName: 'x', unitId: await unitId(app, 'HLJ-GY'), grants: [] };
    const zh = await inLanguage(CreateUserDocument, { input }, 'admin-zh', 'en');
    const en = await inLanguage(CreateUserDocument, { input }, 'admin', 'en');
    expect(zh.data?.createUser?.userErrors[0]?.message).toMatch(CJK);
    expect(en.data?.createUser?.userErrors[0]?.message).not.toMatch(CJK);
    const codes = (r: typeof zh) =>
      (r.data?.createUser?.userErrors as unknown as { code: string; field: string[] }[]).map((e) => [e.code, e.field]);
    expect(codes(zh)).toEqual(codes(en));
  });
});

describe('linking a person', () => {
  it('answers a person linked by another request at the same moment with PERSON_ALREADY_LINKED, naming no login', async () => {
    const [free] = await app.orm.em
      .getConnection()
      .execute<{ id: string; name: string }[]>(
        'select id, name from person where id not in (select person_id from app_user where person_id is not null) order by id limit 1',
      );
    const racer = await created({ login: 'racer' });
    await created({ login: 'holder' });
    // Our own transaction links the person to `holder` and holds the commit: `racer`'s request finds
    // the person free, then waits on the unique index until we commit.
    const blocker = new pg.Client({ connectionString: app.config.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query(`update app_user set person_id = $1 where username = 'holder'`, [free!.id]);
      const blockerPid = (await blocker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const before = await auditCount(app);
      const racing = app.gql(UpdateUserDocument, { input: { userId: racer, personId: toGlobalId('Person', free!.id) } });
      await untilBlockedBy(app, blockerPid, 'the update waits for the other link');
      await blocker.query('commit');
      const { data } = await racing;
      expect(data?.updateUser.userErrors).toEqual([
        {
          code: 'PERSON_ALREADY_LINKED',
          field: ['input', 'personId'],
          message: `${free!.name} was linked to another user in the meantime.`,
        },
      ]);
      expect(await auditCount(app)).toBe(before);
    } finally {
      await blocker.end();
    }
  });
});
