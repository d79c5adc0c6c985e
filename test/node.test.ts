import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DecisionCategoriesDocument,
  InspectionNodeIdsDocument,
  InspectionRecordNodeDocument,
  LedgerNodeIdsDocument,
  OpenCoordinationIssueDocument,
  AddActionItemDocument,
  CoordinationIssueDocument,
  CoordinationNodeIdsDocument,
  CreateFundObligationDocument,
  ReformNodeIdsDocument,
  RecordFollowUpReviewDocument,
  RiskNodeIdsDocument,
  UnitByCodeDocument,
  NodeDocument,
  NodesDocument,
  PeopleDocument,
  RegionsDocument,
  TaskRefetchDocument,
  UnitsPageDocument,
  UpdateDecisionCategoryDocument,
  ViewerDocument,
  LedgerExportDocument,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { PDF, uploaded } from './support/files.js';
import { importWorkbook, zipOf } from './support/imports.js';
import { auditOf } from './support/audit.js';
import { registeredNodeTypes } from '../src/shared/graphql/node.js';
import { todayIn } from '../src/shared/time.js';
import { idOf } from './support/ids.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

async function oneIdOfEachType(): Promise<Record<string, string>> {
  const unit = (await app.ok(UnitsPageDocument, { first: 1 })).units!.edges[0]!.node;
  const region = (await app.ok(RegionsDocument, {})).regions!.nodes[0]!;
  const person = (await app.ok(PeopleDocument, { first: 1 })).people!.nodes[0]!;
  const user = (await app.ok(ViewerDocument, {})).viewer;
  const category = (await app.ok(DecisionCategoriesDocument, {})).decisionCategories!.nodes[0]!;
  const ledgerIds = await app.ok(LedgerNodeIdsDocument, { unitId: (await app.ok(UnitByCodeDocument, { code: 'HRB-FY' })).unit!.id });
  const ledger = ledgerIds.ledgers!.nodes[0]!;
  const task = ledgerIds.reformTasks!.nodes.find((t) => t.progressReports.nodes.length > 0)!;
  const reforms = await app.ok(ReformNodeIdsDocument, {});
  const visited = reforms.reformCases!.nodes.find((c) => c.visits.length > 0)!;
  const approved = (await app.ok(RiskNodeIdsDocument, {})).majorDecisions!.nodes.find((d) => d.outcome === 'APPROVE')!;
  const followUp = { decisionId: approved.id, reviewedOn: todayIn(app.config.timeZone, app.clock.now()), findings: '节点' };
  await app.ok(RecordFollowUpReviewDocument, { input: followUp }, { as: 'staff' });
  const risks = await app.ok(RiskNodeIdsDocument, {});
  const matter = risks.majorDecisions!.nodes.find((d) => d.currentAssessment?.points.some((p) => p.mitigations.length > 0))!;
  const mitigated = matter.currentAssessment!.points.find((p) => p.mitigations.length > 0)!;
  const reviewed = risks.majorDecisions!.nodes.find((d) => d.followUpReviews.length > 0)!;
  const unitOf = (code: string) => app.ok(UnitByCodeDocument, { code }).then((r) => r.unit!.id);
  const coordination = await app.ok(
    OpenCoordinationIssueDocument,
    { input: { title: '节点测试', kind: 'OTHER', leadUnitId: await unitOf('HLJ-ZFW'), targetDate: '2030-01-01' } },
    { as: 'coordinator' },
  );
  const item = await app.ok(
    AddActionItemDocument,
    {
      input: {
        issueId: coordination.openCoordinationIssue.coordinationIssue!.id,
        description: '节点',
        assignedUnitId: await unitOf('BDH'),
        dueDate: '2030-01-01',
      },
    },
    { as: 'coordinator' },
  );
  const issueView = (await app.ok(CoordinationIssueDocument, { id: item.addActionItem.coordinationIssue!.id }, { as: 'coordinator' }))
    .node as {
    actionItems: { id: string }[];
    timeline: { nodes: { id: string }[] };
  };
  const funds = await app.ok(
    CreateFundObligationDocument,
    {
      input: {
        issueId: coordination.openCoordinationIssue.coordinationIssue!.id,
        payerUnitId: await unitOf('BDH'),
        payeeUnitId: await unitOf('HLJ-RST'),
        purpose: '测试',
        amount: '1.00',
        beneficiaries: 1,
      },
    },
    { as: 'coordinator' },
  );
  const coordinated = (await app.ok(CoordinationNodeIdsDocument, {})).coordinationIssues!.nodes.find(
    (i) => i.participants.length > 0 && i.meetings.length > 0 && i.fundObligations.some((o) => o.transactions.length > 0),
  )!;
  const inspection = await app.ok(InspectionNodeIdsDocument, {});
  const round = inspection.inspectionRounds!.nodes[0]!;
  const visit = round.visits.nodes[0]!;
  const checked = round.visits.nodes.find((v) => v.checks.length > 0)!;
  const answered = round.visits.nodes.flatMap((v) => v.findings).find((f) => (f.notice?.feedback.length ?? 0) > 0)!;
  // An upload attached to nothing is its uploader's: the tests' requests are admin's.
  const file = await uploaded(app, 'admin', 'node.pdf', PDF);
  // An import's report has rows; a workbook with no ledger sheet, a refusal.
  const imported = await importWorkbook(
    app,
    ledger.id,
    await zipOf([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/workbook.xml', '<workbook/>'],
    ]),
  );
  const refusal = imported.errors.nodes[0]!;
  const exported = (await app.ok(LedgerExportDocument, { ledgerId: ledger.id })).ledgerExport!;
  const rows = await importWorkbook(app, ledger.id, Buffer.from(await (await fetch(`${app.url}${exported.url}`)).arrayBuffer()));
  return {
    EvidenceFile: file.id,
    ImportJob: imported.id,
    ImportProblem: refusal.id,
    ImportRow: rows.rows.nodes[0]!.id,
    Unit: unit.id,
    Region: region.id,
    Person: person.id,
    User: user.id,
    DecisionCategory: category.id,
    Ledger: ledger.id,
    LedgerSection: ledger.sections[0]!.id,
    ReformTask: task.id,
    TaskProgressReport: task.progressReports.nodes[0]!.id,
    LedReform: reforms.ledReforms!.nodes[0]!.id,
    ReformCase: visited.id,
    GuidanceVisit: visited.visits[0]!.id,
    MajorDecision: matter.id,
    RiskAssessment: matter.currentAssessment!.id,
    RiskPoint: mitigated.id,
    MitigationMeasure: mitigated.mitigations[0]!.id,
    OpinionCollection: matter.currentAssessment!.opinionCollections[0]!.id,
    DimensionFinding: matter.currentAssessment!.noSignificantRiskFindings[0]!.id,
    DecisionRecord: reviewed.decisions[0]!.id,
    FollowUpReview: reviewed.followUpReviews[0]!.id,
    CoordinationIssue: coordination.openCoordinationIssue.coordinationIssue!.id,
    FundObligation: funds.createFundObligation.fundObligation!.id,
    ActionItem: issueView.actionItems[0]!.id,
    IssueParticipant: coordinated.participants[0]!.id,
    Meeting: coordinated.meetings[0]!.id,
    FundTransaction: coordinated.fundObligations.find((o) => o.transactions.length > 0)!.transactions[0]!.id,
    IssueEvent: issueView.timeline.nodes[0]!.id,
    InspectionRound: round.id,
    InspectionGroup: round.groups.nodes[0]!.id,
    InspectionVisit: visit.id,
    InspectionFinding: visit.findings[0]!.id,
    RectificationNotice: visit.findings[0]!.notice!.id,
    RegionEvaluation: inspection.regionRanking!.nodes[0]!.id,
    GroupMember: round.groups.nodes[0]!.members[0]!.id,
    TaskCheck: checked.checks[0]!.id,
    RectificationFeedback: answered.notice!.feedback[0]!.id,
  };
}

describe('node(id)', () => {
  it('round-trips an object of every node type', async () => {
    const ids = await oneIdOfEachType();
    expect(Object.keys(ids).sort()).toEqual(registeredNodeTypes().sort());
    for (const [typename, id] of Object.entries(ids)) {
      const { node } = await app.ok(NodeDocument, { id });
      expect(node).toMatchObject({ __typename: typename, id });
    }
  });

  it('resolves many IDs at once, in order, with null for unknown ones', async () => {
    const ids = await oneIdOfEachType();
    const unknownUnit = idOf('Unit', 999999);
    const { nodes } = await app.ok(NodesDocument, { ids: [ids.Region!, unknownUnit, ids.Unit!] });
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual(['Region', null, 'Unit']);
  });

  it.each([
    ['garbage!'],
    ['VW5pdDphYmM'],
    [Buffer.from('Nope:1').toString('base64url')],
    [Buffer.from('Unit:99999999999999999999').toString('base64url')],
    [''],
  ])('refuses the malformed id %j as bad input, not a 500', async (id) => {
    const response = await app.gql(NodeDocument, { id });
    expect(response.status).toBeLessThan(500);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|at .*\.ts/);
  });

  it('reads a refetched task with the relations its selection asks for, and no others, in its one statement', async () => {
    const id = (await oneIdOfEachType()).ReformTask!;
    const lean = parse('query LeanTask($id: ID!) { node(id: $id) { ... on ReformTask { code leadUnit { name } } } }') as TypedDocumentNode<
      { node: { code: string; leadUnit: { name: string } } | null },
      { id: string }
    >;
    const readOf = async <T>(run: () => Promise<T>) => {
      let answer: T | undefined;
      const statements = await app.captureStatements(async () => (answer = await run()));
      const reads = statements.filter((s) => s.sql.includes('from "reform_task" as "t"'));
      expect(reads).toHaveLength(1);
      return { answer: answer!, sql: reads[0]!.sql };
    };
    const few = await readOf(() => app.ok(lean, { id }));
    expect(few.sql).toMatch(/from "unit"/);
    expect(few.sql).not.toMatch(/reform_task_supporting_unit|task_progress_report|"description"/);
    const all = await readOf(() => app.ok(TaskRefetchDocument, { id }));
    expect(all.sql).toMatch(/reform_task_supporting_unit/);
    expect(all.sql).toMatch(/task_progress_report/);
    const full = all.answer.node as { code: string; leadUnit: { name: string }; latestProgress: unknown } | null;
    expect(full?.latestProgress).not.toBeNull();
    expect(few.answer.node).toEqual({ code: full?.code, leadUnit: { name: full?.leadUnit.name } });
  });

  it('shows who a user is to everyone, and their roles only to themselves and to admins', async () => {
    const { viewer: officer } = await app.ok(ViewerDocument, {}, { as: 'officer' });
    expect((await app.ok(NodeDocument, { id: officer.id }, { as: 'viewer' })).node).toEqual({
      __typename: 'User',
      id: officer.id,
      login: 'officer',
      roles: null,
    });
    expect((await app.ok(NodeDocument, { id: officer.id }, { as: 'officer' })).node).toMatchObject({
      login: 'officer',
      roles: ['UNIT_OFFICER'],
    });
    expect((await app.ok(NodeDocument, { id: officer.id }, { as: 'admin' })).node).toMatchObject({
      login: 'officer',
      roles: ['UNIT_OFFICER'],
    });
  });
});

describe('inspection records by ID', () => {
  it('shows a group member, a task check and a feedback to any signed-in user, as the group, visit and notice that list them', async () => {
    const round = (await app.ok(InspectionNodeIdsDocument, {}, { as: 'viewer' })).inspectionRounds!.nodes[0]!;
    const group = round.groups.nodes[0]!;
    const visit = round.visits.nodes.find((v) => v.checks.length > 0)!;
    const notice = round.visits.nodes.flatMap((v) => v.findings).find((f) => (f.notice?.feedback.length ?? 0) > 0)!.notice!;
    const read = async (id: string) => (await app.ok(InspectionRecordNodeDocument, { id }, { as: 'viewer' })).node;
    expect(await read(group.members[0]!.id)).toMatchObject({ __typename: 'GroupMember', group: { id: group.id } });
    expect(await read(visit.checks[0]!.id)).toMatchObject({ __typename: 'TaskCheck', visit: { id: visit.id } });
    expect(await read(notice.feedback[0]!.id)).toMatchObject({ __typename: 'RectificationFeedback', notice: { id: notice.id } });
  });

  it('gives each member, check and feedback its own ID, and reads an unknown member as null', async () => {
    const round = (await app.ok(InspectionNodeIdsDocument, {})).inspectionRounds!.nodes[0]!;
    const ids = [
      ...round.groups.nodes.flatMap((g) => g.members.map((m) => m.id)),
      ...round.visits.nodes.flatMap((v) => v.checks.map((c) => c.id)),
      ...round.visits.nodes.flatMap((v) => v.findings.flatMap((f) => f.notice?.feedback.map((b) => b.id) ?? [])),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const gone = idOf('GroupMember', 999999);
    expect((await app.ok(InspectionRecordNodeDocument, { id: gone })).node).toBeNull();
  });
});

describe('reference data and people', () => {
  it('lists the 11 decision categories in official order', async () => {
    const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
    expect(decisionCategories!.totalCount).toBe(11);
    expect(decisionCategories!.nodes.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(decisionCategories!.nodes[1]).toMatchObject({ code: 'LAND_EXPROPRIATION', name: '土地征收、房屋征收与拆迁' });
  });

  it('lists the 13 regions, each with its five political-legal units', async () => {
    const { regions } = await app.ok(RegionsDocument, {});
    expect(regions!.totalCount).toBe(13);
    for (const region of regions!.nodes) {
      const codes = region.units.nodes.map((u) => u.code);
      for (const suffix of ['ZFW', 'FY', 'JCY', 'GAJ', 'SFJ']) expect(codes).toContain(`${region.code}-${suffix}`);
    }
  });

  it('filters people to principal heads of a unit', async () => {
    const court = (await app.ok(UnitsPageDocument, { filter: { code: { eq: 'HLJ-GY' } } })).units!.edges[0]!.node;
    const { people } = await app.ok(PeopleDocument, { filter: { unit: { eq: court.id }, isPrincipalHead: true } });
    expect(people!.totalCount).toBe(1);
    expect(people!.nodes[0]).toMatchObject({ title: '院长', isPrincipalHead: true, unit: { code: 'HLJ-GY' } });
  });
});

describe('updateDecisionCategory', () => {
  it('lets admins reword a category, keeping its code, with the old wording on the audit trail', async () => {
    const category = (await app.ok(DecisionCategoriesDocument, {})).decisionCategories!.nodes[2]!;
    const { updateDecisionCategory } = await app.ok(UpdateDecisionCategoryDocument, {
      input: { id: category.id, name: '重大工程项目建设与运营' },
    });
    expect(updateDecisionCategory.userErrors).toEqual([]);
    expect(updateDecisionCategory.decisionCategory).toMatchObject({ code: 'MAJOR_PROJECT', ordinal: 3, name: '重大工程项目建设与运营' });
    expect((await auditOf(app, category.id)).at(-1)).toMatchObject({
      action: 'decisionCategory.update',
      from: { name: '重大工程项目建设' },
      to: { name: '重大工程项目建设与运营' },
    });
  });

  it('refuses an overlong name and non-admins', async () => {
    const category = (await app.ok(DecisionCategoriesDocument, {})).decisionCategories!.nodes[0]!;
    const { updateDecisionCategory } = await app.ok(UpdateDecisionCategoryDocument, { input: { id: category.id, name: '长'.repeat(101) } });
    expect(updateDecisionCategory.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const response = await app.gql(UpdateDecisionCategoryDocument, { input: { id: category.id, name: '改' } }, { as: 'staff' });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect((await app.ok(DecisionCategoriesDocument, {})).decisionCategories!.nodes[0]!.name).toBe(category.name);
  });
});
