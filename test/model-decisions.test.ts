import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddMitigationMeasureDocument,
  AddRiskPointDocument,
  DecideMajorDecisionDocument,
  DecisionCategoriesDocument,
  FileRiskAssessmentDocument,
  MajorDecisionDocument,
  RecordFollowUpReviewDocument,
  RecordNoSignificantRiskDocument,
  RecordOpinionCollectionDocument,
  RemoveRiskPointDocument,
  ReviewRiskAssessmentDocument,
  StartRiskAssessmentDocument,
  SubmitRiskAssessmentDocument,
  UpdateMajorDecisionPlanDocument,
  UpdateRiskPointDocument,
  type DecisionOutcome,
  type DecisionProcedure,
  type MajorDecisionQuery,
  type OpinionMethod,
  type ReviewVerdict,
  type RiskDimension,
} from './generated/graphql.js';
import { startApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { unitId } from './support/ids.js';
import { trailIdOf } from './support/audit.js';
import { DIMENSIONS, matter, type MatterSpec, type PointSpec } from './support/matters.js';
import { idIn, modelParameters, modelRuns, ModelStep, plusDays } from './support/model.js';
import { addUser } from './support/users.js';
import { Role } from '../src/shared/auth/role.js';
import { todayIn } from '../src/shared/time.js';

// The assessment-and-decision machine, driven by random sequences of mutations by random users
// through HTTP and checked after every step against a reference model written from the rules of
// docs/domain.md ("Risk assessment", "Rules chosen where the requirements were silent"): the
// matter's and its assessments' states, the readiness the decision body sees, what an expert
// reviewer may see, and the code of every refusal. Each sequence records its own matter.

const RUNS = modelRuns(8);

type Level = 'LOW' | 'MEDIUM' | 'HIGH';
type Code = string;

/** Who acts. `party`: works for or holds a role for the decision body or the assessing unit. */
interface Actor {
  login: string;
  decidesForBody?: boolean;
  decidesElsewhere?: boolean;
  assessesForUnit?: boolean;
  assessesElsewhere?: boolean;
  reviewer?: boolean;
  staff?: boolean;
  party?: boolean;
}

const ACTORS = {
  decider: { login: 'decider', decidesForBody: true, party: true },
  assessor: { login: 'assessor', assessesForUnit: true, party: true },
  /** An assessor of the assessing unit who is also an expert reviewer: may not review what they wrote. */
  dual: { login: 'model-dual', assessesForUnit: true, reviewer: true, party: true },
  reviewer: { login: 'reviewer', reviewer: true },
  staff: { login: 'staff', staff: true },
  viewer: { login: 'viewer' },
  /** A decision maker, and an assessor, of another unit: no party to the matter. */
  otherDecider: { login: 'model-gaj-decider', decidesElsewhere: true },
  otherAssessor: { login: 'model-gaj-assessor', assessesElsewhere: true },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

interface PointModel {
  id: string;
  dimension: RiskDimension;
  likelihood: number;
  impact: number;
  /** Each measure: whether it has an owner unit and a due date. */
  mitigations: boolean[];
}

interface AssessmentModel {
  id: string;
  status: 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'FILED' | 'STALE';
  authors: Set<string>;
  points: PointModel[];
  findings: Set<RiskDimension>;
  methods: Set<OpinionMethod>;
  reviewer: string | null;
  verdict: ReviewVerdict | null;
  filedBy: string | null;
}

interface Model {
  decisionId: string;
  procedure: DecisionProcedure;
  status: 'DRAFT' | 'ASSESSING' | 'READY' | 'DECIDED';
  planText: string;
  revisions: number;
  /** The code of the matter's category: one of two the sequences switch between. */
  category: string;
  /** Audit entries on the matter and its assessments: one per change, one more for an assessment made stale. */
  audits: number;
  assessments: AssessmentModel[];
  current: AssessmentModel | null;
  decisions: { outcome: DecisionOutcome; level: Level }[];
  nextFollowUpDue: string | null;
  followUps: number;
}

// ---- The rules -------------------------------------------------------------------------------

const levelOf = (p: { likelihood: number; impact: number }): Level => {
  const score = p.likelihood * p.impact;
  return score >= 15 ? 'HIGH' : score >= 8 ? 'MEDIUM' : 'LOW';
};
const RANK: Record<Level, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };
const levelOfAssessment = (a: AssessmentModel): Level =>
  a.points.map(levelOf).reduce<Level>((top, l) => (RANK[l] > RANK[top] ? l : top), 'LOW');

/** Who sees a matter's contents and the assessment: parties, staff, and expert reviewers of one in review or one they reviewed. */
function seesContents(actor: Actor, a: AssessmentModel | null): boolean {
  if (actor.staff || actor.party) return true;
  return !!actor.reviewer && a !== null && (a.status === 'IN_REVIEW' || a.reviewer === actor.login);
}

/**
 * Mutations answer an object the caller may not see as they answer a made-up id: NOT_FOUND, before
 * any role or state check (the no-oracle rule). Steps that name an assessment or one of its points say
 * whether it is hidden from the caller.
 */
const UNSEEN_ANSWER: Code = 'NOT_FOUND';

const missingForReview = (m: Model, a: AssessmentModel): boolean => {
  const addressed = new Set([...a.points.map((p) => p.dimension), ...a.findings]);
  if (DIMENSIONS.some((d) => !addressed.has(d))) return true;
  if (m.procedure !== 'FULL') return false;
  const methods = [...a.methods];
  return !methods.some((x) => x !== 'EXPERT_CONSULTATION') || !methods.includes('EXPERT_CONSULTATION');
};

/** The assess-before-decide rule: why `outcome` cannot be decided now (empty when it can). */
function blockers(m: Model, outcome: DecisionOutcome): Code[] {
  if (m.status === 'DECIDED') return ['DECISION_FINAL'];
  const a = m.current;
  if (a?.status !== 'FILED') return ['ASSESSMENT_REQUIRED'];
  if (outcome !== 'APPROVE') return [];
  const level = levelOfAssessment(a);
  if (level === 'HIGH') return ['RISK_TOO_HIGH'];
  if (level === 'MEDIUM' && a.points.some((p) => levelOf(p) !== 'LOW' && !p.mitigations.includes(true))) return ['MITIGATION_REQUIRED'];
  return [];
}

const OUTCOMES: DecisionOutcome[] = ['APPROVE', 'POSTPONE', 'REJECT'];

/** Refusal of an edit of an assessment's contents (points, findings, opinions), or 'OK'. */
function editRule(actor: Actor, a: AssessmentModel): Code {
  if (!actor.assessesForUnit && !actor.assessesElsewhere) return 'FORBIDDEN';
  if (!actor.assessesForUnit) return 'FORBIDDEN';
  if (a.status !== 'DRAFT' && a.status !== 'RETURNED') return 'INVALID_TRANSITION';
  return 'OK';
}

function applyEdit(actor: Actor, a: AssessmentModel): void {
  a.status = 'DRAFT';
  a.authors.add(actor.login);
}

// ---- The graph -------------------------------------------------------------------------------

let app: TestApp;
/** The category `matter()` records, and one other. */
let categories: { id: string; code: string }[];
let ownerUnit: string;
let today: string;

beforeAll(async () => {
  app = await startApp();
  app.clock.set('2026-06-15');
  today = todayIn(app.config.timeZone, app.clock.now());
  await addUser(app, 'model-dual', 'HRB-ZFW', [], {
    grants: [{ role: Role.ASSESSOR, unitCode: 'HRB-ZFW' }, { role: Role.EXPERT_REVIEWER }],
  });
  await addUser(app, 'model-gaj-decider', 'HRB-GAJ', [Role.DECISION_MAKER]);
  await addUser(app, 'model-gaj-assessor', 'HRB-GAJ', [Role.ASSESSOR]);
  ownerUnit = await unitId(app, 'HRB-GAJ');
  const { decisionCategories } = await app.ok(DecisionCategoriesDocument, {});
  categories = decisionCategories!.nodes.slice(2, 4);
});
afterAll(() => app.close());

/** Audit entries on the matter and its assessments, straight from the table: a refused step writes none. */
async function auditsOf(m: Model): Promise<number> {
  const ids = [m.decisionId, ...m.assessments.map((a) => a.id)].map(trailIdOf);
  const [row] = await app.orm.em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from audit_entry where object_id in (${ids.map(() => '?').join(', ')})`, ids);
  return Number(row!.n);
}

type Decision = Extract<NonNullable<MajorDecisionQuery['node']>, { status: unknown }>;

async function view(m: Model, as: string): Promise<Decision> {
  const { node } = await app.ok(MajorDecisionDocument, { id: m.decisionId }, { as });
  return node as Decision;
}

/** After every step: the graph as the decision body and as an expert reviewer see it equals the model. */
async function compare(m: Model): Promise<void> {
  const [asDecider, asReviewer] = await Promise.all([view(m, 'decider'), view(m, 'reviewer')]);
  const a = m.current;
  const last = m.decisions.at(-1);
  expect({
    status: asDecider.status,
    outcome: asDecider.outcome,
    category: asDecider.category.code,
    audits: await auditsOf(m),
    planText: asDecider.planText,
    nextFollowUpDue: asDecider.nextFollowUpDue,
    isFollowUpDue: asDecider.isFollowUpDue,
    readiness: asDecider.readiness && {
      ...asDecider.readiness,
      allowedOutcomes: [...asDecider.readiness.allowedOutcomes].sort(),
      blockingReasons: asDecider.readiness.blockingReasons.map((b) => b.code),
    },
    current: asDecider.currentAssessment && {
      id: asDecider.currentAssessment.id,
      status: asDecider.currentAssessment.status,
      level: asDecider.currentAssessment.level,
      authors: asDecider.currentAssessment.authors.map((u) => u.login).sort(),
      reviewer: asDecider.currentAssessment.reviewer?.login ?? null,
      filedBy: asDecider.currentAssessment.filedBy?.login ?? null,
      points: asDecider.currentAssessment.points.map((p) => ({
        id: p.id,
        level: p.level,
        mitigations: p.mitigations.map((x) => x.isActionable),
      })),
    },
    assessments: asDecider.assessments.map((x) => ({ id: x.id, status: x.status })),
    decisions: asDecider.decisions.map((d) => ({ outcome: d.outcome, level: d.level })),
    followUps: asDecider.followUpReviews.length,
  }).toEqual({
    status: m.status,
    outcome: last?.outcome ?? null,
    category: m.category,
    audits: m.audits,
    planText: m.planText,
    nextFollowUpDue: m.nextFollowUpDue,
    isFollowUpDue: false,
    readiness: {
      canApprove: blockers(m, 'APPROVE').length === 0,
      allowedOutcomes: OUTCOMES.filter((o) => blockers(m, o).length === 0),
      viewerMayDecide: true,
      blockingReasons: blockers(m, 'APPROVE'),
    },
    current: a && {
      id: a.id,
      status: a.status,
      level: levelOfAssessment(a),
      authors: [...a.authors].sort(),
      reviewer: a.reviewer,
      filedBy: a.filedBy,
      points: a.points.map((p) => ({ id: p.id, level: levelOf(p), mitigations: p.mitigations })),
    },
    assessments: m.assessments.map((x) => ({ id: x.id, status: x.status })),
    decisions: m.decisions,
    followUps: m.followUps,
  });
  // An expert reviewer sees the contents of an assessment in review or one they reviewed, and nothing else.
  const reviewer = ACTORS.reviewer;
  const sees = seesContents(reviewer, a);
  expect({
    current: asReviewer.currentAssessment?.id ?? null,
    readiness: asReviewer.readiness !== null,
    planText: asReviewer.planText !== null,
    assessments: asReviewer.assessments.map((x) => x.id),
    decisions: asReviewer.decisions.length,
    status: asReviewer.status,
  }).toEqual({
    current: sees ? a!.id : null,
    readiness: sees,
    planText: sees,
    assessments: m.assessments.filter((x) => seesContents(reviewer, x)).map((x) => x.id),
    decisions: 0,
    status: m.status,
  });
}

type Response = GraphQLResponse<Record<string, unknown>>;

// ---- The commands ----------------------------------------------------------------------------

abstract class Step extends ModelStep<Model, Actor, ActorName> {
  /** Whether the object the step names is one the caller may not see (answered UNSEEN_ANSWER first). */
  hidden(_m: Model, _actor: Actor): boolean {
    return false;
  }
  protected override answer(m: Model, actor: Actor): Code {
    return this.hidden(m, actor) ? UNSEEN_ANSWER : this.expected(m, actor);
  }
  protected actorNamed(name: ActorName): Actor {
    return ACTORS[name];
  }
  protected compare(m: Model): Promise<void> {
    return compare(m);
  }
  protected override wentThrough(m: Model): void {
    // Every step that goes through leaves one audit entry on the matter or its assessments.
    m.audits++;
  }
}

/** A revision of the matter: the same plan again, a new plan, or the other category. */
type Revision = 'same' | 'plan' | 'category';

class RevisePlan extends Step {
  readonly field = 'updateMajorDecisionPlan';
  constructor(
    actor: ActorName,
    readonly revision: Revision,
  ) {
    super(actor);
  }
  expected(m: Model, actor: Actor): Code {
    if (!actor.decidesForBody && !actor.decidesElsewhere && !actor.staff) return 'FORBIDDEN';
    if (!actor.decidesForBody && !actor.staff) return 'FORBIDDEN';
    if (m.status === 'DECIDED') return 'DECISION_FINAL';
    return 'OK';
  }
  send(m: Model) {
    const input =
      this.revision === 'category'
        ? { decisionId: m.decisionId, categoryId: categories.find((c) => c.code !== m.category)!.id }
        : { decisionId: m.decisionId, planText: this.revision === 'plan' ? `方案第 ${m.revisions + 1} 稿` : m.planText };
    return app.gql(UpdateMajorDecisionPlanDocument, { input }, { as: ACTORS[this.actor].login });
  }
  apply(m: Model): void {
    if (this.revision === 'same') return;
    if (this.revision === 'plan') m.planText = `方案第 ${++m.revisions} 稿`;
    else m.category = categories.find((c) => c.code !== m.category)!.code;
    // A submitted assessment (in review or filed) no longer describes the matter.
    if (m.current && (m.current.status === 'IN_REVIEW' || m.current.status === 'FILED')) {
      m.current.status = 'STALE';
      m.status = 'ASSESSING';
      m.audits++;
    }
  }
  describe() {
    return `updateMajorDecisionPlan(${this.revision})`;
  }
}

class StartAssessment extends Step {
  readonly field = 'startRiskAssessment';
  expected(m: Model, actor: Actor): Code {
    if (!actor.assessesForUnit && !actor.assessesElsewhere) return 'FORBIDDEN';
    if (!actor.assessesForUnit) return 'FORBIDDEN';
    if (m.status === 'DECIDED') return 'DECISION_FINAL';
    if (m.current && m.current.status !== 'STALE') return 'INVALID_TRANSITION';
    return 'OK';
  }
  send(m: Model) {
    return app.gql(StartRiskAssessmentDocument, { input: { decisionId: m.decisionId } }, { as: ACTORS[this.actor].login });
  }
  apply(m: Model, actor: Actor, response: Response): void {
    const id = idIn(response, this.field, 'riskAssessment');
    const a: AssessmentModel = {
      id,
      status: 'DRAFT',
      authors: new Set([actor.login]),
      points: [],
      findings: new Set(),
      methods: new Set(),
      reviewer: null,
      verdict: null,
      filedBy: null,
    };
    m.assessments.push(a);
    m.current = a;
    m.status = 'ASSESSING';
  }
  describe() {
    return 'startRiskAssessment';
  }
}

/** An edit of the current assessment's contents. */
abstract class Edit extends Step {
  override check(m: Readonly<Model>): boolean {
    return m.current !== null;
  }
  expected(m: Model, actor: Actor): Code {
    return editRule(actor, m.current!);
  }
  override hidden(m: Model, actor: Actor): boolean {
    return !seesContents(actor, m.current);
  }
  apply(m: Model, actor: Actor, response: Response): void {
    applyEdit(actor, m.current!);
    this.change(m.current!, response);
  }
  abstract change(a: AssessmentModel, response: Response): void;
}

class AddPoint extends Edit {
  readonly field = 'addRiskPoint';
  constructor(
    actor: ActorName,
    readonly dimension: RiskDimension,
    readonly likelihood: number,
    readonly impact: number,
  ) {
    super(actor);
  }
  send(m: Model) {
    const input = {
      assessmentId: m.current!.id,
      dimension: this.dimension,
      description: '风险点',
      likelihood: this.likelihood,
      impact: this.impact,
    };
    return app.gql(AddRiskPointDocument, { input: { ...input, peopleAffected: 100 } }, { as: ACTORS[this.actor].login });
  }
  change(a: AssessmentModel, response: Response): void {
    const id = idIn(response, this.field, 'riskPoint');
    a.points.push({ id, dimension: this.dimension, likelihood: this.likelihood, impact: this.impact, mitigations: [] });
  }
  describe() {
    return `addRiskPoint(${this.dimension}, ${this.likelihood}×${this.impact})`;
  }
}

/** An edit of one of the current assessment's points, picked by `pick` among those it has. */
abstract class PointEdit extends Edit {
  constructor(
    actor: ActorName,
    readonly pick: number,
  ) {
    super(actor);
  }
  override check(m: Readonly<Model>): boolean {
    return (m.current?.points.length ?? 0) > 0;
  }
  point(a: AssessmentModel): PointModel {
    return a.points[this.pick % a.points.length]!;
  }
}

class UpdatePoint extends PointEdit {
  readonly field = 'updateRiskPoint';
  constructor(
    actor: ActorName,
    pick: number,
    readonly likelihood: number,
    readonly impact: number,
  ) {
    super(actor, pick);
  }
  send(m: Model) {
    const p = this.point(m.current!);
    const input = { pointId: p.id, dimension: p.dimension, description: '风险点', likelihood: this.likelihood, impact: this.impact };
    return app.gql(UpdateRiskPointDocument, { input: { ...input, peopleAffected: 100 } }, { as: ACTORS[this.actor].login });
  }
  change(a: AssessmentModel): void {
    Object.assign(this.point(a), { likelihood: this.likelihood, impact: this.impact });
  }
  describe() {
    return `updateRiskPoint(#${this.pick}, ${this.likelihood}×${this.impact})`;
  }
}

class RemovePoint extends PointEdit {
  readonly field = 'removeRiskPoint';
  send(m: Model) {
    return app.gql(RemoveRiskPointDocument, { input: { pointId: this.point(m.current!).id } }, { as: ACTORS[this.actor].login });
  }
  change(a: AssessmentModel): void {
    a.points.splice(a.points.indexOf(this.point(a)), 1);
  }
  describe() {
    return `removeRiskPoint(#${this.pick})`;
  }
}

class Mitigate extends PointEdit {
  readonly field = 'addMitigationMeasure';
  constructor(
    actor: ActorName,
    pick: number,
    readonly actionable: boolean,
  ) {
    super(actor, pick);
  }
  send(m: Model) {
    const pointId = this.point(m.current!).id;
    const input = this.actionable
      ? { pointId, description: '建立信访接待专班', ownerUnitId: ownerUnit, dueDate: '2027-06-30' }
      : { pointId, description: '加强宣传' };
    return app.gql(AddMitigationMeasureDocument, { input }, { as: ACTORS[this.actor].login });
  }
  change(a: AssessmentModel): void {
    this.point(a).mitigations.push(this.actionable);
  }
  describe() {
    return `addMitigationMeasure(#${this.pick}, ${this.actionable ? 'owner and due date' : 'vague'})`;
  }
}

/** "No significant risk" on a dimension: one the assessment has not addressed yet, where there is one. */
class NoSignificantRisk extends Edit {
  readonly field = 'recordNoSignificantRisk';
  constructor(
    actor: ActorName,
    readonly pick: number,
  ) {
    super(actor);
  }
  dimension(a: AssessmentModel): RiskDimension {
    const addressed = new Set([...a.points.map((p) => p.dimension), ...a.findings]);
    const open = DIMENSIONS.filter((d) => !addressed.has(d));
    const from = open.length > 0 ? open : DIMENSIONS;
    return from[this.pick % from.length]!;
  }
  send(m: Model) {
    const input = { assessmentId: m.current!.id, dimension: this.dimension(m.current!), reasoning: '经论证无明显风险' };
    return app.gql(RecordNoSignificantRiskDocument, { input }, { as: ACTORS[this.actor].login });
  }
  change(a: AssessmentModel): void {
    a.findings.add(this.dimension(a));
  }
  describe() {
    return `recordNoSignificantRisk(#${this.pick})`;
  }
}

class CollectOpinions extends Edit {
  readonly field = 'recordOpinionCollection';
  constructor(
    actor: ActorName,
    readonly method: OpinionMethod,
  ) {
    super(actor);
  }
  send(m: Model) {
    const input = {
      assessmentId: m.current!.id,
      method: this.method,
      startedOn: '2026-01-05',
      endedOn: '2026-01-20',
      respondents: 120,
      summary: '征求意见情况',
    };
    return app.gql(RecordOpinionCollectionDocument, { input }, { as: ACTORS[this.actor].login });
  }
  change(a: AssessmentModel): void {
    a.methods.add(this.method);
  }
  describe() {
    return `recordOpinionCollection(${this.method})`;
  }
}

/** A step on an assessment: the current one, or (`earlier`) the first of the matter's, made stale since. */
abstract class AssessmentStep extends Step {
  constructor(
    actor: ActorName,
    readonly earlier: boolean,
  ) {
    super(actor);
  }
  override check(m: Readonly<Model>): boolean {
    return this.earlier ? m.assessments.length > 1 : m.current !== null;
  }
  target(m: Model): AssessmentModel {
    return this.earlier ? m.assessments[0]! : m.current!;
  }
  override hidden(m: Model, actor: Actor): boolean {
    return !seesContents(actor, this.target(m));
  }
  input(m: Model) {
    return { input: { assessmentId: this.target(m).id } };
  }
}

class Submit extends AssessmentStep {
  readonly field = 'submitRiskAssessment';
  expected(m: Model, actor: Actor): Code {
    const a = this.target(m);
    if (!actor.assessesForUnit && !actor.assessesElsewhere) return 'FORBIDDEN';
    if (!actor.assessesForUnit) return 'FORBIDDEN';
    if (a.status !== 'DRAFT') return 'INVALID_TRANSITION';
    if (missingForReview(m, a)) return 'ASSESSMENT_INCOMPLETE';
    return 'OK';
  }
  send(m: Model) {
    return app.gql(SubmitRiskAssessmentDocument, this.input(m), { as: ACTORS[this.actor].login });
  }
  apply(m: Model, actor: Actor): void {
    const a = this.target(m);
    Object.assign(a, { status: 'IN_REVIEW', reviewer: null, verdict: null });
    a.authors.add(actor.login);
  }
  describe() {
    return `submitRiskAssessment(${this.earlier ? 'earlier' : 'current'})`;
  }
}

class Review extends AssessmentStep {
  readonly field = 'reviewRiskAssessment';
  constructor(
    actor: ActorName,
    earlier: boolean,
    readonly verdict: ReviewVerdict,
  ) {
    super(actor, earlier);
  }
  expected(m: Model, actor: Actor): Code {
    const a = this.target(m);
    if (!actor.reviewer) return 'FORBIDDEN';
    if (a.status !== 'IN_REVIEW' || a.verdict !== null) return 'INVALID_TRANSITION';
    // 编审分离: no one reviews what they wrote.
    if (a.authors.has(actor.login)) return 'REVIEWER_CONFLICT';
    return 'OK';
  }
  send(m: Model) {
    return app.gql(
      ReviewRiskAssessmentDocument,
      { input: { ...this.input(m).input, verdict: this.verdict, comments: '评审意见' } },
      { as: ACTORS[this.actor].login },
    );
  }
  apply(m: Model, actor: Actor): void {
    const a = this.target(m);
    Object.assign(a, { reviewer: actor.login, verdict: this.verdict, status: this.verdict === 'RETURN' ? 'RETURNED' : a.status });
  }
  describe() {
    return `reviewRiskAssessment(${this.earlier ? 'earlier' : 'current'}, ${this.verdict})`;
  }
}

class File extends AssessmentStep {
  readonly field = 'fileRiskAssessment';
  expected(m: Model, actor: Actor): Code {
    const a = this.target(m);
    if (!actor.staff) return 'FORBIDDEN';
    if (m.status === 'DECIDED') return 'DECISION_FINAL';
    if (a.status !== 'IN_REVIEW' || a.verdict !== 'PASS') return 'INVALID_TRANSITION';
    return 'OK';
  }
  send(m: Model) {
    return app.gql(FileRiskAssessmentDocument, this.input(m), { as: ACTORS[this.actor].login });
  }
  apply(m: Model, actor: Actor): void {
    const a = this.target(m);
    Object.assign(a, { status: 'FILED', filedBy: actor.login });
    if (a === m.current) m.status = 'READY';
  }
  describe() {
    return `fileRiskAssessment(${this.earlier ? 'earlier' : 'current'})`;
  }
}

class Decide extends Step {
  readonly field = 'decideMajorDecision';
  constructor(
    actor: ActorName,
    readonly outcome: DecisionOutcome,
  ) {
    super(actor);
  }
  expected(m: Model, actor: Actor): Code {
    if (!actor.decidesForBody && !actor.decidesElsewhere) return 'FORBIDDEN';
    if (!actor.decidesForBody) return 'FORBIDDEN';
    return blockers(m, this.outcome)[0] ?? 'OK';
  }
  send(m: Model) {
    return app.gql(
      DecideMajorDecisionDocument,
      { input: { decisionId: m.decisionId, outcome: this.outcome, rationale: '经集体讨论决定' } },
      { as: ACTORS[this.actor].login },
    );
  }
  apply(m: Model): void {
    const a = m.current!;
    const level = levelOfAssessment(a);
    m.decisions.push({ outcome: this.outcome, level });
    if (this.outcome === 'POSTPONE') {
      // 暂缓: revise the plan and assess again.
      a.status = 'STALE';
      m.status = 'DRAFT';
      m.audits++;
      return;
    }
    m.status = 'DECIDED';
    if (this.outcome === 'APPROVE') m.nextFollowUpDue = plusDays(today, level === 'MEDIUM' ? 90 : 180);
  }
  describe() {
    return `decide(${this.outcome})`;
  }
}

class FollowUp extends Step {
  readonly field = 'recordFollowUpReview';
  constructor(
    actor: ActorName,
    readonly future: boolean,
  ) {
    super(actor);
  }
  expected(m: Model, actor: Actor): Code {
    if (!actor.decidesForBody && !actor.decidesElsewhere && !actor.staff) return 'FORBIDDEN';
    if (!actor.decidesForBody && !actor.staff) return 'FORBIDDEN';
    if (m.nextFollowUpDue === null) return 'INVALID_TRANSITION';
    if (this.future) return 'INVALID_INPUT';
    return 'OK';
  }
  send(m: Model) {
    const reviewedOn = this.future ? plusDays(today, 1) : today;
    return app.gql(
      RecordFollowUpReviewDocument,
      { input: { decisionId: m.decisionId, reviewedOn, findings: '运行平稳' } },
      { as: ACTORS[this.actor].login },
    );
  }
  apply(m: Model): void {
    m.followUps++;
    m.nextFollowUpDue = plusDays(today, levelOfAssessment(m.current!) === 'MEDIUM' ? 90 : 180);
  }
  describe() {
    return `recordFollowUpReview(${this.future ? 'tomorrow' : 'today'})`;
  }
}

// ---- The arbitraries -------------------------------------------------------------------------

/** Mostly one of the users the step is meant for, sometimes anyone: refusals stay common without drowning the paths that go through. */
const by = (...meant: ActorName[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...meant), weight: 4 }, { arbitrary: fc.constantFrom(...ACTOR_NAMES), weight: 1 });
const scale = fc.integer({ min: 1, max: 5 });
const pick = fc.nat(20);
/** Now and then a step aims at an earlier assessment of the matter (stale by then) instead of the current one. */
const earlier = fc.constantFrom(false, false, false, true);

const steps = [
  fc.tuple(by('decider', 'staff'), fc.constantFrom<Revision>('same', 'same', 'plan', 'category')).map(([a, r]) => new RevisePlan(a, r)),
  by('assessor', 'dual').map((a) => new StartAssessment(a)),
  fc.tuple(by('assessor', 'dual'), fc.constantFrom(...DIMENSIONS), scale, scale).map(([a, d, l, i]) => new AddPoint(a, d, l, i)),
  fc.tuple(by('assessor', 'dual'), pick, scale, scale).map(([a, p, l, i]) => new UpdatePoint(a, p, l, i)),
  fc.tuple(by('assessor', 'dual'), pick).map(([a, p]) => new RemovePoint(a, p)),
  fc.tuple(by('assessor', 'dual'), pick, fc.boolean()).map(([a, p, actionable]) => new Mitigate(a, p, actionable)),
  fc.tuple(by('assessor', 'dual'), pick).map(([a, p]) => new NoSignificantRisk(a, p)),
  fc.tuple(by('assessor', 'dual'), pick).map(([a, p]) => new NoSignificantRisk(a, p)),
  fc
    .tuple(by('assessor', 'dual'), fc.constantFrom<OpinionMethod>('PUBLIC_NOTICE', 'EXPERT_CONSULTATION', 'HEARING'))
    .map(([a, method]) => new CollectOpinions(a, method)),
  fc.tuple(by('assessor', 'dual'), earlier).map(([a, e]) => new Submit(a, e)),
  fc
    .tuple(by('reviewer', 'dual'), earlier, fc.constantFrom<ReviewVerdict>('PASS', 'PASS', 'RETURN'))
    .map(([a, e, verdict]) => new Review(a, e, verdict)),
  fc.tuple(by('staff'), earlier).map(([a, e]) => new File(a, e)),
  fc.tuple(by('decider'), fc.constantFrom<DecisionOutcome>(...OUTCOMES)).map(([a, outcome]) => new Decide(a, outcome)),
  fc.tuple(by('decider'), fc.constantFrom<DecisionOutcome>('APPROVE', 'APPROVE', 'POSTPONE')).map(([a, outcome]) => new Decide(a, outcome)),
  fc.tuple(by('decider', 'staff'), fc.boolean()).map(([a, future]) => new FollowUp(a, future)),
];

/**
 * A fresh matter for each sequence, brought by the demo users (test/support/matters.ts) as far as
 * `spec.until`, so that sequences start in every state of the machine, not only at the beginning.
 */
async function setup(spec: Required<MatterSpec>): Promise<{ model: Model; real: object }> {
  const made = await matter(app, spec);
  const { node } = await app.ok(MajorDecisionDocument, { id: made.decisionId }, { as: 'decider' });
  const model: Model = {
    decisionId: made.decisionId,
    procedure: spec.procedure,
    status: 'DRAFT',
    planText: (node as Decision).planText!,
    revisions: 0,
    category: (node as Decision).category.code,
    audits: 0,
    assessments: [],
    current: null,
    decisions: [],
    nextFollowUpDue: null,
    followUps: 0,
  };
  model.audits = await auditsOf(model);
  if (spec.until === 'created') return { model, real: {} };
  const steps: AssessmentModel['status'][] = ['DRAFT', 'IN_REVIEW', 'IN_REVIEW', 'FILED'];
  const stage = ['assessing', 'submitted', 'reviewed', 'filed'].indexOf(spec.until);
  const a: AssessmentModel = {
    id: made.assessmentId!,
    status: steps[stage]!,
    authors: new Set(['assessor']),
    points: spec.points.map((p, i) => ({
      id: made.pointIds[i]!,
      dimension: 'LEGALITY',
      likelihood: p.likelihood,
      impact: p.impact,
      mitigations: p.mitigation ? [p.mitigation === 'actionable'] : [],
    })),
    findings: new Set(DIMENSIONS.filter((d) => spec.points.length === 0 || d !== 'LEGALITY')),
    methods: new Set<OpinionMethod>(spec.procedure === 'FULL' ? ['PUBLIC_NOTICE', 'EXPERT_CONSULTATION'] : []),
    reviewer: stage >= 2 ? 'reviewer' : null,
    verdict: stage >= 2 ? 'PASS' : null,
    filedBy: stage >= 3 ? 'staff' : null,
  };
  Object.assign(model, { assessments: [a], current: a, status: stage >= 3 ? 'READY' : 'ASSESSING' });
  model.audits = await auditsOf(model);
  await compare(model);
  return { model, real: {} };
}

/** Likelihood or impact of a point a sequence starts with: leaning high, so HIGH and MEDIUM assessments are common. */
const likely = fc.oneof(scale, fc.integer({ min: 3, max: 5 }));

const matterSpec: fc.Arbitrary<Required<MatterSpec>> = fc.record({
  procedure: fc.constantFrom<DecisionProcedure>('SIMPLIFIED', 'FULL'),
  points: fc.array(
    fc.record({
      likelihood: likely,
      impact: likely,
      mitigation: fc.constantFrom<PointSpec['mitigation']>(undefined, 'actionable', 'vague'),
    }),
    { maxLength: 3 },
  ),
  // Most sequences start at a filed assessment, where the assess-before-decide rule has the most to say.
  until: fc.constantFrom<Required<MatterSpec>['until']>('created', 'assessing', 'submitted', 'reviewed', 'filed', 'filed', 'filed'),
});

describe('the assessment and decision machine', () => {
  it(
    `matches the model over ${RUNS} random sequences of mutations by random users`,
    async () => {
      await fc.assert(
        fc.asyncProperty(matterSpec, fc.commands(steps, { maxCommands: 30, size: 'max' }), (spec, commands) =>
          fc.asyncModelRun(() => setup(spec), commands),
        ),
        modelParameters(RUNS),
      );
    },
    // A sequence takes a second or two on a quiet machine, several on a busy one.
    600_000 + RUNS * 20_000,
  );
});
