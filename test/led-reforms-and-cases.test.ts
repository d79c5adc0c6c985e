import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompleteLedReformDocument,
  CreateLedReformDocument,
  CreateReformCaseDocument,
  CreateReformTaskDocument,
  LedReformsDocument,
  LinkLedReformTasksDocument,
  PeopleDocument,
  RecordGuidanceVisitDocument,
  ReformCasesDocument,
  SelectReformCaseDocument,
  SubmitReformCaseDocument,
  TransitionReformTaskDocument,
  type LedReformsQuery,
  type ReformCasesQuery,
  type ReformCaseFilter,
  type LedReformFilter,
  type LedReformOrder,
  type ReformCaseOrder,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { keyOfId, ledgersByCode, unitId } from './support/ids.js';

/** The server's clock stands here: visits are recorded for this day or before. */
const TODAY = '2026-03-01';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  app.clock.set(TODAY);
});
afterAll(() => app.close());

const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const idsOf = (items: { id: string }[]) => items.map((i) => i.id).sort();

async function allLedReforms(
  filter?: LedReformFilter,
  orderBy?: LedReformOrder[],
  size = 50,
): Promise<NonNullable<LedReformsQuery['ledReforms']>['nodes']> {
  const out: NonNullable<LedReformsQuery['ledReforms']>['nodes'] = [];
  let after: string | null = null;
  do {
    const { ledReforms }: LedReformsQuery = await app.ok(LedReformsDocument, { first: size, after, filter, orderBy });
    out.push(...ledReforms!.nodes);
    after = ledReforms!.pageInfo.hasNextPage ? ledReforms!.pageInfo.endCursor : null;
  } while (after);
  return out;
}

async function allCases(
  filter?: ReformCaseFilter,
  orderBy?: ReformCaseOrder[],
  size = 100,
): Promise<NonNullable<ReformCasesQuery['reformCases']>['nodes']> {
  const out: NonNullable<ReformCasesQuery['reformCases']>['nodes'] = [];
  let after: string | null = null;
  do {
    const { reformCases }: ReformCasesQuery = await app.ok(ReformCasesDocument, { first: size, after, filter, orderBy });
    out.push(...reformCases!.nodes);
    after = reformCases!.pageInfo.hasNextPage ? reformCases!.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/** The principal head of a unit, and someone of that unit who is not. */
async function peopleOf(code: string): Promise<{ head: string; other: string | undefined }> {
  const { people } = await app.ok(PeopleDocument, { first: 20, filter: { unit: { eq: await unitId(app, code) } } });
  return { head: people!.nodes.find((p) => p.isPrincipalHead)!.id, other: people!.nodes.find((p) => !p.isPrincipalHead)?.id };
}

/** A new framework task led by the demo officer's court, brought to a status. */
async function task(completed: boolean): Promise<string> {
  const ledgers = await ledgersByCode(app);
  const framework = ledgers.get('FRAMEWORK')!;
  const { createReformTask } = await app.ok(
    CreateReformTaskDocument,
    {
      input: {
        ledgerId: framework.id,
        sectionId: framework.sections.get('S3')!,
        code: `LR-${Math.random().toString(36).slice(2, 8)}`,
        title: '领衔改革任务',
        deliverableForm: 'PILOT',
        leadUnitId: await unitId(app, 'HRB-FY'),
        deadline: '2030-01-01',
      },
    },
    { as: 'staff' },
  );
  const id = createReformTask.reformTask!.id;
  if (completed) {
    for (const [action, as] of [
      ['START', 'officer'],
      ['SUBMIT', 'officer'],
      ['ACCEPT', 'staff'],
    ] as const) {
      await app.ok(TransitionReformTaskDocument, { input: { taskId: id, action, deliverableDescription: '成果' } }, { as });
    }
  }
  return id;
}

describe('led reforms (领衔抓)', () => {
  it('demo data: 40 led reforms for 2020–2021, all completed, each led by a principal head, with completed tasks', async () => {
    const reforms = await allLedReforms();
    expect(reforms).toHaveLength(40);
    expect(reforms.every((r) => r.status === 'COMPLETED' && r.completedAt !== null)).toBe(true);
    expect(new Set(reforms.map((r) => r.year))).toEqual(new Set([2020, 2021]));
    expect(reforms.every((r) => r.leader.isPrincipalHead && r.leader.unit.code === r.unit.code)).toBe(true);
    expect(reforms.every((r) => r.tasks.totalCount > 0 && r.tasks.nodes.every((t) => t.status === 'COMPLETED'))).toBe(true);
    expect(reforms.filter((r) => r.unit.code === 'HLJ-ZFW')).toHaveLength(3);
  });

  it('filters by year, unit and status', async () => {
    const all = await allLedReforms();
    const in2021 = await allLedReforms({ year: 2021 });
    expect(in2021.map((r) => r.id).sort()).toEqual(
      all
        .filter((r) => r.year === 2021)
        .map((r) => r.id)
        .sort(),
    );
    const commission = await allLedReforms({ unit: { eq: await unitId(app, 'HLJ-ZFW') } });
    expect(commission).toHaveLength(3);
    expect(await allLedReforms({ status: { eq: 'IN_PROGRESS' } })).toHaveLength(0);
    expect(await allLedReforms({ status: { eq: 'COMPLETED' } })).toHaveLength(40);
    expect(commission.every((r) => r.unit.code === 'HLJ-ZFW')).toBe(true);
    const overflow = await app.gql(LedReformsDocument, { filter: { year: 2147483647 } });
    expect(overflow.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('combines filters with and/or, by leader and by text in the theme', async () => {
    const all = await allLedReforms();
    const [zfw, gy] = [await unitId(app, 'HLJ-ZFW'), await unitId(app, 'HLJ-GY')];
    const either = await allLedReforms({ or: [{ unit: { eq: zfw } }, { unit: { eq: gy } }] });
    expect(idsOf(either)).toEqual(idsOf(all.filter((r) => r.unit.code === 'HLJ-ZFW' || r.unit.code === 'HLJ-GY')));
    expect(either.length).toBeGreaterThan(3);
    const both = await allLedReforms({ and: [{ unit: { eq: zfw } }, { year: 2021 }] });
    expect(idsOf(both)).toEqual(idsOf(all.filter((r) => r.unit.code === 'HLJ-ZFW' && r.year === 2021)));
    expect(both.length).toBeLessThan(3);
    const sample = all[0]!;
    const byLeader = await allLedReforms({ leader: { eq: sample.leader.id } });
    expect(idsOf(byLeader)).toEqual(idsOf(all.filter((r) => r.leader.id === sample.leader.id)));
    const words = sample.theme.slice(0, 4);
    const byTheme = await allLedReforms({ text: words });
    expect(byTheme.map((r) => r.id)).toContain(sample.id);
    expect(idsOf(byTheme)).toEqual(idsOf(all.filter((r) => r.theme.includes(words))));
  });

  it.each(['YEAR', 'THEME', 'UPDATED_AT'] as const)('orders by %s both ways, pages as SQL sorts', async (field) => {
    const column = { YEAR: 'year', THEME: 'theme', UPDATED_AT: 'updated_at' }[field];
    for (const direction of ['ASC', 'DESC'] as const) {
      const paged = await allLedReforms(undefined, [{ field, direction }], 7);
      const expected = await sql<{ id: string }>(`select id from led_reform order by ${column} ${direction}, id ${direction}`);
      expect(paged.map((r) => keyOfId(r.id))).toEqual(expected.map((r) => r.id));
    }
  });

  it('must be led by a principal head: LEADER_NOT_PRINCIPAL_HEAD otherwise, nothing written', async () => {
    const { other } = await peopleOf('HLJ-GY');
    const audits = await auditCount(app);
    const { createLedReform } = await app.ok(
      CreateLedReformDocument,
      { input: { theme: '副职领衔', year: 2026, leaderId: other! } },
      { as: 'staff' },
    );
    expect(createLedReform.userErrors).toEqual([
      expect.objectContaining({ code: 'LEADER_NOT_PRINCIPAL_HEAD', field: ['input', 'leaderId'] }),
    ]);
    expect(await auditCount(app)).toBe(audits);
  });

  it('completes only when every linked task is completed, naming those still open', async () => {
    const { head } = await peopleOf('HRB-FY');
    const done = await task(true);
    const open = await task(false);
    const { createLedReform } = await app.ok(
      CreateLedReformDocument,
      { input: { theme: '院长领衔推进审判改革', year: 2026, leaderId: head, taskIds: [done] } },
      { as: 'staff' },
    );
    expect(createLedReform.ledReform).toMatchObject({ status: 'IN_PROGRESS', unit: { code: 'HRB-FY' }, tasks: { totalCount: 1 } });
    const id = createLedReform.ledReform!.id;

    const linked = await app.ok(LinkLedReformTasksDocument, { input: { ledReformId: id, taskIds: [open, done] } }, { as: 'staff' });
    expect(linked.linkLedReformTasks.ledReform?.tasks.totalCount).toBe(2);

    const refused = await app.ok(CompleteLedReformDocument, { input: { ledReformId: id } }, { as: 'staff' });
    expect(refused.completeLedReform.userErrors).toEqual([expect.objectContaining({ code: 'LINKED_TASKS_OPEN' })]);
    expect(refused.completeLedReform.userErrors[0]!.message).toContain('NOT_STARTED');

    for (const [action, as] of [
      ['START', 'officer'],
      ['SUBMIT', 'officer'],
      ['ACCEPT', 'staff'],
    ] as const) {
      await app.ok(TransitionReformTaskDocument, { input: { taskId: open, action, deliverableDescription: '成果' } }, { as });
    }
    const completed = await app.ok(CompleteLedReformDocument, { input: { ledReformId: id } }, { as: 'staff' });
    expect(completed.completeLedReform.ledReform).toMatchObject({ status: 'COMPLETED', completedAt: expect.any(String) });

    const again = await app.ok(CompleteLedReformDocument, { input: { ledReformId: id } }, { as: 'staff' });
    expect(again.completeLedReform.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const relink = await app.ok(LinkLedReformTasksDocument, { input: { ledReformId: id, taskIds: [await task(false)] } }, { as: 'staff' });
    expect(relink.linkLedReformTasks.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('is recorded, linked and completed by commission staff only', async () => {
    const { head } = await peopleOf('HRB-FY');
    for (const as of ['officer', 'viewer', 'admin']) {
      expect(errorCodes(await app.gql(CreateLedReformDocument, { input: { theme: '无权', year: 2026, leaderId: head } }, { as }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    const reform = (await allLedReforms())[0]!;
    for (const as of ['officer', 'viewer', 'admin']) {
      expect(errorCodes(await app.gql(CompleteLedReformDocument, { input: { ledReformId: reform.id } }, { as }))).toEqual(['FORBIDDEN']);
    }
    const link = { ledReformId: reform.id, taskIds: [await task(true)] };
    const audits = await auditCount(app);
    for (const as of ['officer', 'viewer', 'admin']) {
      expect(errorCodes(await app.gql(LinkLedReformTasksDocument, { input: link }, { as }))).toEqual(['FORBIDDEN']);
    }
    expect(await auditCount(app)).toBe(audits);
  });
});

describe('reform cases (改革案例)', () => {
  it('demo data: 133 cases, the named ones among them, and the 3 guidance visits', async () => {
    const cases = await allCases();
    expect(cases).toHaveLength(133);
    const named = (unit: string, text: string) => cases.find((c) => c.unit.code === unit && c.title.includes(text));
    expect(named('HLJ-JCY', '主副卷')).toMatchObject({ status: 'SELECTED', recognitionLevel: 'NATIONAL' });
    expect(named('HLJ-GAT', '195')).toMatchObject({ status: 'SELECTED' });
    expect(cases.some((c) => c.unit.code === 'HLJ-GY' && c.status === 'SELECTED')).toBe(true);
    expect(cases.some((c) => c.unit.code.startsWith('DQ-') && c.title.includes('调解') && c.status === 'SELECTED')).toBe(true);
    expect(cases.flatMap((c) => c.visits)).toHaveLength(3);
    const selected = await allCases({ status: { eq: 'SELECTED' } });
    expect(selected.map((c) => c.id).sort()).toEqual(
      cases
        .filter((c) => c.status === 'SELECTED')
        .map((c) => c.id)
        .sort(),
    );
    const national = await allCases({ recognitionLevel: { eq: 'NATIONAL' } });
    expect(national.length).toBeGreaterThan(0);
    expect(national.every((c) => c.recognitionLevel === 'NATIONAL')).toBe(true);
    expect((await allCases({ text: '主副卷' })).map((c) => c.unit.code)).toContain('HLJ-JCY');
  });

  it('combines filters with and/or', async () => {
    const cases = await allCases();
    const decided = await allCases({ or: [{ status: { eq: 'SELECTED' } }, { status: { eq: 'NOT_SELECTED' } }] });
    expect(idsOf(decided)).toEqual(idsOf(cases.filter((c) => c.status === 'SELECTED' || c.status === 'NOT_SELECTED')));
    expect(decided.length).toBeGreaterThan(0);
    const jcy = await unitId(app, 'HLJ-JCY');
    const both = await allCases({ and: [{ unit: { eq: jcy } }, { status: { eq: 'SELECTED' } }] });
    expect(idsOf(both)).toEqual(idsOf(cases.filter((c) => c.unit.code === 'HLJ-JCY' && c.status === 'SELECTED')));
    expect(both.length).toBeGreaterThan(0);
  });

  it.each(['CREATED_AT', 'TITLE', 'STATUS'] as const)('orders by %s both ways, pages as SQL sorts', async (field) => {
    const column = { CREATED_AT: 'created_at', TITLE: 'title', STATUS: 'status' }[field];
    for (const direction of ['ASC', 'DESC'] as const) {
      const paged = await allCases(undefined, [{ field, direction }], 37);
      const expected = await sql<{ id: string }>(`select id from reform_case order by ${column} ${direction}, id ${direction}`);
      expect(paged.map((c) => keyOfId(c.id))).toEqual(expected.map((r) => r.id));
    }
  });

  it('goes CULTIVATING → SUBMITTED → SELECTED with its recognition, with a guidance visit on the way', async () => {
    const court = await unitId(app, 'HRB-FY');
    const { createReformCase } = await app.ok(
      CreateReformCaseDocument,
      { input: { unitId: court, title: '繁简分流新机制', summary: '案件繁简分流' } },
      { as: 'officer' },
    );
    expect(createReformCase.reformCase).toMatchObject({ status: 'CULTIVATING', unit: { code: 'HRB-FY' } });
    const caseId = createReformCase.reformCase!.id;

    const visited = await app.ok(
      RecordGuidanceVisitDocument,
      { input: { caseId, visitedOn: '2026-01-15', visitingUnitId: await unitId(app, 'HLJ-ZFW-REFORM'), notes: '现场指导' } },
      { as: 'staff' },
    );
    expect(visited.recordGuidanceVisit.reformCase?.visits).toEqual([{ visitedOn: '2026-01-15', visitingUnit: { code: 'HLJ-ZFW-REFORM' } }]);
    expect(visited.recordGuidanceVisit.guidanceVisit).toMatchObject({ visitedOn: '2026-01-15' });

    const early = await app.ok(
      SelectReformCaseDocument,
      { input: { caseId, selected: true, level: 'PROVINCIAL', recognizedBy: '省委政法委' } },
      { as: 'staff' },
    );
    expect(early.selectReformCase.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);

    const submitted = await app.ok(SubmitReformCaseDocument, { input: { caseId } }, { as: 'officer' });
    expect(submitted.submitReformCase.reformCase).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String) });
    const twice = await app.ok(SubmitReformCaseDocument, { input: { caseId } }, { as: 'officer' });
    expect(twice.submitReformCase.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);

    const unrecognised = await app.ok(SelectReformCaseDocument, { input: { caseId, selected: true } }, { as: 'staff' });
    expect(unrecognised.selectReformCase.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const selected = await app.ok(
      SelectReformCaseDocument,
      { input: { caseId, selected: true, level: 'NATIONAL', recognizedBy: '中央政法委' } },
      { as: 'staff' },
    );
    expect(selected.selectReformCase.reformCase).toMatchObject({
      status: 'SELECTED',
      recognitionLevel: 'NATIONAL',
      recognizedBy: '中央政法委',
    });
  });

  it('can be turned down instead, without a recognition', async () => {
    const { createReformCase } = await app.ok(
      CreateReformCaseDocument,
      { input: { unitId: await unitId(app, 'HLJ-SFT'), title: '未入选案例', summary: '示例' } },
      { as: 'staff' },
    );
    const caseId = createReformCase.reformCase!.id;
    await app.ok(SubmitReformCaseDocument, { input: { caseId } }, { as: 'staff' });
    const withLevel = await app.ok(
      SelectReformCaseDocument,
      { input: { caseId, selected: false, level: 'PROVINCIAL', recognizedBy: 'x' } },
      { as: 'staff' },
    );
    expect(withLevel.selectReformCase.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const turnedDown = await app.ok(SelectReformCaseDocument, { input: { caseId, selected: false } }, { as: 'staff' });
    expect(turnedDown.selectReformCase.reformCase).toMatchObject({ status: 'NOT_SELECTED', recognitionLevel: null });
  });

  it('is recorded and submitted by staff or the unit’s own officers; decided and visited by staff only', async () => {
    const other = await unitId(app, 'HLJ-GY');
    expect(
      errorCodes(
        await app.gql(CreateReformCaseDocument, { input: { unitId: other, title: '他人案例', summary: '示例' } }, { as: 'officer' }),
      ),
    ).toEqual(['FORBIDDEN']);
    const { createReformCase } = await app.ok(
      CreateReformCaseDocument,
      { input: { unitId: other, title: '高院案例', summary: '示例' } },
      { as: 'staff' },
    );
    const caseId = createReformCase.reformCase!.id;
    expect(errorCodes(await app.gql(SubmitReformCaseDocument, { input: { caseId } }, { as: 'officer' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.gql(SubmitReformCaseDocument, { input: { caseId } }, { as: 'viewer' }))).toEqual(['FORBIDDEN']);
    await app.ok(SubmitReformCaseDocument, { input: { caseId } }, { as: 'staff' });
    for (const as of ['officer', 'viewer']) {
      expect(errorCodes(await app.gql(SelectReformCaseDocument, { input: { caseId, selected: false } }, { as }))).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(await app.gql(CreateReformCaseDocument, { input: { unitId: other, title: '只读', summary: '示例' } }, { as: 'viewer' })),
    ).toEqual(['FORBIDDEN']);
    const visit = { caseId, visitedOn: '2026-01-01', visitingUnitId: other, notes: '' };
    for (const as of ['officer', 'viewer'])
      expect(errorCodes(await app.gql(RecordGuidanceVisitDocument, { input: visit }, { as }))).toEqual(['FORBIDDEN']);
    const future = await app.ok(RecordGuidanceVisitDocument, { input: { ...visit, visitedOn: '2026-03-02' } }, { as: 'staff' });
    expect(future.recordGuidanceVisit.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(future.recordGuidanceVisit.guidanceVisit).toBeNull();
    const today = await app.ok(RecordGuidanceVisitDocument, { input: { ...visit, visitedOn: TODAY } }, { as: 'staff' });
    expect(today.recordGuidanceVisit.userErrors).toEqual([]);
    expect(today.recordGuidanceVisit.guidanceVisit).toMatchObject({ visitedOn: TODAY });
  });
});
