import { PassThrough, Writable } from 'node:stream';
import { extractText } from 'unpdf';
import { PdfWriter } from '../src/shared/files/pdf.js';
import { seal } from '../src/shared/graphql/opaque.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEVERITIES } from '../src/modules/inspection/inspection.messages.js';
import { LEVELS } from '../src/modules/risk-assessment/risk-assessment.messages.js';
import {
  AssessmentNodeDocument,
  AssessmentsForReportDocument,
  NoticeForDocumentDocument,
  RectificationNoticeDocumentDocument,
  RiskAssessmentReportDocument,
} from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { idOf } from './support/ids.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

/** The text of each page, as a reader of the file gets it. */
async function pagesOf(bytes: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: false });
  return text;
}

async function aNotice() {
  const notice = (await app.ok(NoticeForDocumentDocument)).rectificationNotices!.nodes[0];
  if (!notice) throw new Error('The demo data has no open rectification notice.');
  return notice;
}

describe('the rectification notice as a PDF', () => {
  it('says what the unit must do: the finding, the task, the deadline and the requirements, in Chinese', async () => {
    const notice = await aNotice();
    const link = (await app.ok(RectificationNoticeDocumentDocument, { noticeId: notice.id }, { as: 'officer' }))
      .rectificationNoticeDocument!;
    expect(link.contentType).toBe('application/pdf');
    expect(link.fileName).toMatch(new RegExp(`^整改通知书-.+-${notice.finding.task.code}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const response = await fetch(`${app.url}${link.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pagesOf(bytes)).join('\n').replace(/\s+/g, '');
    for (const expected of [
      '整改通知书',
      notice.unit.name,
      notice.finding.description,
      notice.finding.task.code,
      notice.finding.task.title,
      notice.requirements,
      notice.deadline,
      `严重程度：${SEVERITIES[notice.finding.severity]}`,
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('embeds its font and names itself and its page on every page', async () => {
    const notice = await aNotice();
    const link = (await app.ok(RectificationNoticeDocumentDocument, { noticeId: notice.id })).rectificationNoticeDocument!;
    const bytes = Buffer.from(await (await fetch(`${app.url}${link.url}`)).arrayBuffer());
    // A subset of Noto Sans SC travels in the file: no font is needed on the reader's machine.
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/);
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const pages = await pagesOf(bytes);
    pages.forEach((page, i) => {
      expect(page).toContain(`任务 ${notice.finding.task.code}`);
      expect(page).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
    });
  });

  it('is refused to anyone not signed in, null for a notice that does not exist, and refused for an ID of another type', async () => {
    const notice = await aNotice();
    expect(errorCodes(await app.gql(RectificationNoticeDocumentDocument, { noticeId: notice.id }, { as: null }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(
      (await app.ok(RectificationNoticeDocumentDocument, { noticeId: idOf('RectificationNotice', '999999999') }))
        .rectificationNoticeDocument,
    ).toBeNull();
    expect(errorCodes(await app.gql(RectificationNoticeDocumentDocument, { noticeId: idOf('Unit', '1') }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a link', () => {
  it('is refused when the kind of file it asks for is not what its exporter makes, even sealed by this server', async () => {
    const notice = await aNotice();
    const link = (claims: Record<string, unknown>) =>
      `/exports/${seal(Buffer.from(JSON.stringify(['export', { username: 'admin', fileName: 'x', until: app.clock.now().getTime() + 60_000, ...claims }])))}`;
    const asCsv = link({ exporter: 'rectificationNoticeDocument', format: 'CSV', args: { noticeId: notice.id } });
    expect((await fetch(`${app.url}${asCsv}`)).status).toBe(404);
    const asPdf = link({ exporter: 'regionRanking', format: 'PDF', args: { year: 2021 } });
    expect((await fetch(`${app.url}${asPdf}`)).status).toBe(404);
    // The same claims with the right kind are served: the refusals above are for the kind alone.
    const right = link({ exporter: 'rectificationNoticeDocument', format: 'PDF', args: { noticeId: notice.id } });
    expect((await fetch(`${app.url}${right}`)).status).toBe(200);
  });
});

describe('a document whose reader goes away', () => {
  it('stops with an error instead of waiting for the end forever', async () => {
    const identity = { title: '测试文书', identity: '编号 T-2' };
    const pdf = new PdfWriter(identity);
    pdf.paragraph('正文。');
    // A reader that hangs up at the first bytes, as a closed browser tab does.
    const out = new Writable({
      write(_chunk, _encoding, done) {
        this.destroy();
        done();
      },
    });
    await expect(pdf.finish(identity, out)).rejects.toThrow(/closed before it was written/);
  });
});

describe('a document of several pages', () => {
  it('carries its identity at the top and its page number at the bottom of each, A4', async () => {
    const identity = { title: '测试文书', identity: '编号 T-1 · 第 2 版 · 2026-12-04 备案' };
    const pdf = new PdfWriter(identity);
    pdf.title('测试文书');
    for (let i = 0; i < 80; i++) pdf.paragraph(`第 ${i + 1} 段：社会稳定风险评估报告的正文，足够长以便跨页排版。`.repeat(3));
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await pdf.finish(identity, out);
    const bytes = Buffer.concat(chunks);
    // A4 is 595.28 × 841.89 points.
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const pages = await pagesOf(bytes);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain('测试文书');
      expect(page).toContain('编号 T-1 · 第 2 版 · 2026-12-04 备案');
      expect(page).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
    });
    expect(pages.join('').replace(/\s+/g, '')).toContain('第80段');
  });
});

/** A decided matter's filed assessment with risk points and mitigations, from the demo data. */
async function aFiledReport() {
  const decisions = (await app.ok(AssessmentsForReportDocument)).majorDecisions!.nodes;
  for (const decision of decisions) {
    const index = decision.assessments.findIndex(
      (a) =>
        a.status === 'FILED' && a.points.some((p) => p.mitigations.length > 0) && decision.decisions.some((d) => d.assessment?.id === a.id),
    );
    const assessment = decision.assessments[index];
    // Staff see every assessment of a matter: its version is its place among them.
    if (assessment) return { decision, assessment, version: index + 1 };
  }
  throw new Error('The demo data has no decided matter with a filed assessment and mitigations.');
}

describe('the risk assessment report as a PDF', () => {
  it('holds the matter, every risk point with likelihood × impact and its level, the mitigations, the level and the decision', async () => {
    const { decision, assessment, version } = await aFiledReport();
    expect(assessment.version).toBe(version);
    const link = (await app.ok(RiskAssessmentReportDocument, { assessmentId: assessment.id }, { as: 'staff' })).riskAssessmentReport!;
    expect(link.fileName).toBe(`稳评报告-${decision.code}-第${version}版.pdf`);
    const response = await fetch(`${app.url}${link.url}`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pages = await pagesOf(Buffer.from(await response.arrayBuffer()));
    const text = pages.join('\n').replace(/\s+/g, '');
    const squeezed = (t: string) => t.replace(/\s+/g, '');
    expect(text).toContain(squeezed(decision.title));
    expect(text).toContain(`社会稳定风险等级为：${LEVELS[assessment.level]}`);
    for (const point of assessment.points) {
      expect(text).toContain(squeezed(point.description));
      expect(text).toContain(`${point.likelihood}×${point.impact}=${point.score}，${LEVELS[point.level]}风险`);
      for (const m of point.mitigations) expect(text).toContain(squeezed(m.description));
    }
    expect(text).toContain('四、风险矩阵');
    expect(text).toContain('可能性');
    for (const d of decision.decisions.filter((r) => r.assessment?.id === assessment.id)) expect(text).toContain(squeezed(d.rationale));
    pages.forEach((page, i) => {
      expect(page).toMatch(new RegExp(`事项 ${decision.code} · 第 ${version} 版 · \\d{4}-\\d{2}-\\d{2} 备案`));
      expect(page).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
    });
  });

  it('gives no file to a user who may not see the assessment, the same answer as for one that does not exist', async () => {
    const { assessment } = await aFiledReport();
    // An officer of a court is no party to the demo matters: the graph hides the assessment from them.
    expect((await app.ok(AssessmentNodeDocument, { id: assessment.id }, { as: 'officer' })).node).toBeNull();
    expect(
      (await app.ok(RiskAssessmentReportDocument, { assessmentId: assessment.id }, { as: 'officer' })).riskAssessmentReport,
    ).toBeNull();
    expect(
      (await app.ok(RiskAssessmentReportDocument, { assessmentId: idOf('RiskAssessment', '999999999') })).riskAssessmentReport,
    ).toBeNull();
    expect(errorCodes(await app.gql(RiskAssessmentReportDocument, { assessmentId: assessment.id }, { as: null }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});
