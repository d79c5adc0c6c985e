import type { Writable } from 'node:stream';
import type { Context } from '../../shared/context.js';
import { defineDocument, type RunGraph } from '../../shared/exports/exporter.js';
import { PdfWriter, type DocumentIdentity } from '../../shared/files/pdf.js';
import { forbidden } from '../../shared/graphql/errors.js';
import { todayIn } from '../../shared/time.js';
import {
  ASSESSMENT_STATUSES,
  DIMENSIONS,
  LEVELS,
  OPINION_METHODS,
  OUTCOMES,
  PROCEDURES,
  VERDICTS,
  riskAssessmentMessages,
} from './risk-assessment.messages.js';

// The social-stability risk assessment report (稳评报告) as a PDF made from the data: the matter and
// its plan, how opinions were collected, each risk point with likelihood × impact and its level, the
// 5×5 matrix with the points placed on it, the mitigations, the reviewer's verdict, the filing and,
// once decided, the decision. Read through the graph as the viewer, so it shows what they may see.

interface Unit {
  name: string;
}

interface ReportFacts {
  id: string;
  version: number;
  status: string;
  level: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  filedAt: string | null;
  verdict: string | null;
  reviewComments: string | null;
  reviewer: { displayName: string } | null;
  filedBy: { displayName: string } | null;
  authors: { displayName: string }[];
  opinionCollections: { method: string; startedOn: string; endedOn: string; respondents: number; summary: string }[];
  points: {
    dimension: string;
    description: string;
    likelihood: number;
    impact: number;
    score: number;
    level: string;
    peopleAffected: number;
    mitigations: { description: string; dueDate: string | null; ownerUnit: Unit | null }[];
  }[];
  noSignificantRiskFindings: { dimension: string; reasoning: string }[];
  decision: {
    code: string;
    title: string;
    procedure: string;
    planText: string | null;
    category: { name: string };
    decisionBody: Unit;
    assessingUnit: Unit;
    decisions: {
      outcome: string;
      level: string;
      rationale: string;
      decidedAt: string;
      decidedBy: { displayName: string };
      assessment: { id: string } | null;
    }[];
  };
}

const REPORT = `query AssessmentReport($id: ID!) {
  node(id: $id) {
    ... on RiskAssessment {
      id version status level submittedAt reviewedAt filedAt verdict reviewComments
      reviewer { displayName }
      filedBy { displayName }
      authors { displayName }
      opinionCollections { method startedOn endedOn respondents summary }
      points {
        dimension description likelihood impact score level peopleAffected
        mitigations { description dueDate ownerUnit { name } }
      }
      noSignificantRiskFindings { dimension reasoning }
      decision {
        code title procedure planText
        category { name }
        decisionBody { name }
        assessingUnit { name }
        decisions { outcome level rationale decidedAt decidedBy { displayName } assessment { id } }
      }
    }
  }
  riskMatrix { cells { likelihood impact level } }
}`;

type Matrix = { likelihood: number; impact: number; level: string }[];

export interface AssessmentReportArgs {
  assessmentId: string;
}

/** The assessment as the viewer sees it; FORBIDDEN when they may not see it. */
async function factsOf(ctx: Context, args: AssessmentReportArgs, graph: RunGraph): Promise<{ report: ReportFacts; matrix: Matrix }> {
  const data = await graph<{ node: Partial<ReportFacts> | null; riskMatrix: { cells: Matrix } }>(ctx, REPORT, { id: args.assessmentId });
  if (!data.node?.decision) throw forbidden(riskAssessmentMessages.reportNotVisible);
  return { report: data.node as ReportFacts, matrix: data.riskMatrix.cells };
}

const dayOf = (ctx: Context, moment: string | null) => (moment ? todayIn(ctx.timeZone, new Date(moment)) : null);

/** What names the report on every page: the matter's code, the version, the filing date. */
function identityOf(ctx: Context, report: ReportFacts): DocumentIdentity {
  const filed = dayOf(ctx, report.filedAt);
  return {
    title: '社会稳定风险评估报告',
    identity: `事项 ${report.decision.code} · 第 ${report.version} 版 · ${filed ? `${filed} 备案` : `${ASSESSMENT_STATUSES[report.status] ?? report.status}，未备案`}`,
    subject: report.decision.title,
  };
}

const LEVEL_COLOURS: Record<string, string> = { LOW: '#C6EFCE', MEDIUM: '#FFEB9C', HIGH: '#FFC7CE' };
const CELL = 54;

/** The 5×5 matrix, impact upwards and likelihood to the right, each cell in its level's colour and holding the numbers of the points on it. */
function heatMap(pdf: PdfWriter, matrix: Matrix, points: ReportFacts['points']): void {
  const { doc } = pdf;
  const height = CELL * 5 + 60;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const left = doc.page.margins.left + 40;
  const top = doc.y + 6;
  for (const cell of matrix) {
    const x = left + (cell.likelihood - 1) * CELL;
    const y = top + (5 - cell.impact) * CELL;
    doc
      .rect(x, y, CELL, CELL)
      .fillAndStroke(LEVEL_COLOURS[cell.level] ?? '#FFFFFF', '#808080')
      .fillColor('black');
    const here = points.flatMap((p, i) => (p.likelihood === cell.likelihood && p.impact === cell.impact ? [String(i + 1)] : []));
    if (here.length)
      doc
        .font('bold')
        .fontSize(10)
        .text(here.join('、'), x + 2, y + CELL / 2 - 7, { width: CELL - 4, align: 'center' });
  }
  doc.font('body').fontSize(8.5);
  for (let n = 1; n <= 5; n++) {
    doc.text(String(n), left + (n - 1) * CELL, top + CELL * 5 + 3, { width: CELL, align: 'center' });
    doc.text(String(n), left - 16, top + (5 - n) * CELL + CELL / 2 - 5, { width: 12, align: 'right' });
  }
  doc.text('可能性 →', left, top + CELL * 5 + 16, { width: CELL * 5, align: 'center' });
  doc.text('影响程度 ↑', doc.page.margins.left - 10, top - 14, { width: 80 });
  const legend = Object.entries(LEVELS);
  legend.forEach(([level, name], i) => {
    const x = left + CELL * 5 + 24;
    const y = top + i * 20;
    doc
      .rect(x, y, 14, 14)
      .fillAndStroke(LEVEL_COLOURS[level] ?? '#FFFFFF', '#808080')
      .fillColor('black');
    doc.text(`${name}风险`, x + 20, y + 2, { width: 80 });
  });
  doc.x = doc.page.margins.left;
  doc.y = top + CELL * 5 + 36;
  doc.font('body').fontSize(10.5);
}

async function render(ctx: Context, args: AssessmentReportArgs, out: Writable, graph: RunGraph): Promise<void> {
  const { report, matrix } = await factsOf(ctx, args, graph);
  const { decision } = report;
  const identity = identityOf(ctx, report);
  const pdf = new PdfWriter(identity);
  pdf.title('社会稳定风险评估报告');
  pdf.fields([
    ['事项', decision.title],
    ['事项编号', decision.code],
    ['类别', decision.category.name],
    ['决策主体', decision.decisionBody.name],
    ['评估主体', decision.assessingUnit.name],
    ['评估程序', PROCEDURES[decision.procedure] ?? decision.procedure],
    ['版本', `第 ${report.version} 版`],
    ['评估状态', ASSESSMENT_STATUSES[report.status] ?? report.status],
    ['撰写人', report.authors.map((a) => a.displayName).join('、')],
    ['提交评审', dayOf(ctx, report.submittedAt)],
  ]);

  pdf.heading('一、决策事项和方案');
  pdf.paragraph(decision.planText ?? '—');

  pdf.heading('二、意见征集情况');
  if (report.opinionCollections.length === 0) pdf.paragraph('未开展意见征集。');
  for (const o of report.opinionCollections) {
    pdf.fields([
      ['方式', OPINION_METHODS[o.method] ?? o.method],
      ['时间', `${o.startedOn} 至 ${o.endedOn}`],
      ['参与人数', String(o.respondents)],
    ]);
    pdf.paragraph(o.summary);
  }

  pdf.heading('三、风险点及其等级');
  if (report.points.length === 0) pdf.paragraph('未识别出风险点。');
  report.points.forEach((p, i) => {
    pdf.fields([
      [`风险点 ${i + 1}`, `${DIMENSIONS[p.dimension] ?? p.dimension}：${p.description}`],
      ['可能性 × 影响程度', `${p.likelihood} × ${p.impact} = ${p.score}，${LEVELS[p.level] ?? p.level}风险`],
      ['涉及人数', String(p.peopleAffected)],
    ]);
    for (const m of p.mitigations) {
      pdf.fields([['化解措施', `${m.description}（责任单位：${m.ownerUnit?.name ?? '未明确'}；完成时限：${m.dueDate ?? '未明确'}）`]]);
    }
  });
  for (const f of report.noSignificantRiskFindings) pdf.fields([[`${DIMENSIONS[f.dimension] ?? f.dimension}（无明显风险）`, f.reasoning]]);

  pdf.heading('四、风险矩阵');
  pdf.paragraph('横轴为可能性（1–5），纵轴为影响程度（1–5）；格中数字为上文风险点的序号。');
  heatMap(pdf, matrix, report.points);

  pdf.heading('五、评估结论');
  pdf.paragraph(`综合评估，本事项的社会稳定风险等级为：${LEVELS[report.level] ?? report.level}。`);

  pdf.heading('六、评审意见');
  pdf.fields([
    ['评审人', report.reviewer?.displayName],
    ['评审结论', report.verdict ? (VERDICTS[report.verdict] ?? report.verdict) : null],
    ['评审日期', dayOf(ctx, report.reviewedAt)],
    ['意见', report.reviewComments],
  ]);

  pdf.heading('七、备案');
  pdf.fields([
    ['备案日期', dayOf(ctx, report.filedAt)],
    ['备案人', report.filedBy?.displayName],
  ]);

  const decided = decision.decisions.filter((d) => d.assessment?.id === report.id);
  if (decided.length > 0) {
    pdf.heading('八、决策');
    for (const d of decided) {
      pdf.fields([
        ['决定', OUTCOMES[d.outcome] ?? d.outcome],
        ['依据的风险等级', LEVELS[d.level] ?? d.level],
        ['决策日期', dayOf(ctx, d.decidedAt)],
        ['决策人', d.decidedBy.displayName],
      ]);
      pdf.paragraph(`理由：${d.rationale}`);
    }
  }
  await pdf.finish(identity, out);
}

/** `riskAssessmentReport`: the filed assessment report (稳评报告), as PDF. */
export const assessmentReport = defineDocument<AssessmentReportArgs>({
  name: 'riskAssessmentReport',
  async check(ctx, args, graph) {
    const { report } = await factsOf(ctx, args, graph);
    return `稳评报告-${report.decision.code}-第${report.version}版`;
  },
  render,
});
