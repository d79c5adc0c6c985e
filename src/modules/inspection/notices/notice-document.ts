import type { Writable } from 'node:stream';
import type { Context } from '../../../shared/context.js';
import { defineDocument, type RunGraph } from '../../../shared/exports/exporter.js';
import { PdfWriter, type DocumentIdentity } from '../../../shared/files/pdf.js';
import { forbidden } from '../../../shared/graphql/errors.js';
import { NOTICE_STATUSES, SEVERITIES, inspectionMessages } from '../inspection.messages.js';

// The rectification notice (整改通知书) a unit receives, as a PDF made from the notice's data: the
// finding, the task concerned, the deadline and what is required; its feedback once given.

interface NoticeFacts {
  status: string;
  issuedOn: string;
  deadline: string;
  requirements: string;
  isOverdue: boolean;
  closedOn: string | null;
  reopenCount: number;
  reopenReason: string | null;
  unit: { name: string };
  finding: {
    description: string;
    severity: string;
    foundOn: string;
    region: { name: string };
    round: { title: string };
    group: { name: string };
    task: { code: string; title: string; deadline: string; leadUnit: { name: string } };
  };
  feedback: { submittedOn: string; rootCauseAnalysis: string; measuresTaken: string; evidence: string }[];
}

const NOTICE = `query NoticeDocument($id: ID!) {
  node(id: $id) {
    ... on RectificationNotice {
      status issuedOn deadline requirements isOverdue closedOn reopenCount reopenReason
      unit { name }
      finding {
        description severity foundOn
        region { name }
        round { title }
        group { name }
        task { code title deadline leadUnit { name } }
      }
      feedback { submittedOn rootCauseAnalysis measuresTaken evidence }
    }
  }
}`;

export interface NoticeDocumentArgs {
  noticeId: string;
}

/** The notice as the viewer sees it through the graph; FORBIDDEN when they see none by that ID. */
async function factsOf(ctx: Context, args: NoticeDocumentArgs, graph: RunGraph): Promise<NoticeFacts> {
  const { node } = await graph<{ node: Partial<NoticeFacts> | null }>(ctx, NOTICE, { id: args.noticeId });
  if (!node?.finding) throw forbidden(inspectionMessages.noticeNotVisible);
  return node as NoticeFacts;
}

/** What names the notice on every page: its task, its round of rectification, the day it was issued. */
function identityOf(notice: NoticeFacts): DocumentIdentity {
  const round = notice.reopenCount > 0 ? `第 ${notice.reopenCount + 1} 次整改` : '首次整改';
  return {
    title: '整改通知书',
    identity: `任务 ${notice.finding.task.code} · ${round} · ${notice.issuedOn} 下发`,
    subject: `${notice.unit.name} ${notice.finding.task.code}`,
  };
}

async function render(ctx: Context, args: NoticeDocumentArgs, out: Writable, graph: RunGraph): Promise<void> {
  const notice = await factsOf(ctx, args, graph);
  const { finding } = notice;
  const identity = identityOf(notice);
  const pdf = new PdfWriter(identity);
  pdf.title('整改通知书');
  pdf.fields([
    ['受文单位', notice.unit.name],
    ['督察轮次', finding.round.title],
    ['督察组', finding.group.name],
    ['地区', finding.region.name],
    ['下发日期', notice.issuedOn],
    ['整改期限', notice.deadline],
    [
      '当前状态',
      `${NOTICE_STATUSES[notice.status] ?? notice.status}${notice.isOverdue ? '（已逾期）' : ''}${notice.closedOn ? `，${notice.closedOn} 销号` : ''}`,
    ],
  ]);
  pdf.heading('一、发现的问题');
  pdf.fields([
    ['发现日期', finding.foundOn],
    ['严重程度', SEVERITIES[finding.severity] ?? finding.severity],
  ]);
  pdf.paragraph(finding.description);
  pdf.heading('二、涉及的改革任务');
  pdf.fields([
    ['任务', `${finding.task.code} ${finding.task.title}`],
    ['牵头单位', finding.task.leadUnit.name],
    ['完成时限', finding.task.deadline],
  ]);
  pdf.heading('三、整改要求');
  pdf.paragraph(notice.requirements);
  pdf.paragraph(`请于 ${notice.deadline} 前提交整改反馈，写明问题原因分析、已采取的整改措施，并附佐证材料。`);
  if (notice.reopenCount > 0) {
    pdf.heading('四、重新整改');
    pdf.paragraph(`此前的整改反馈未获认可（第 ${notice.reopenCount} 次退回）：${notice.reopenReason ?? '—'}`);
  }
  if (notice.feedback.length > 0) {
    pdf.heading(notice.reopenCount > 0 ? '五、整改反馈' : '四、整改反馈');
    for (const fb of notice.feedback) {
      pdf.fields([
        ['提交日期', fb.submittedOn],
        ['原因分析', fb.rootCauseAnalysis],
        ['整改措施', fb.measuresTaken],
        ['佐证材料', fb.evidence],
      ]);
    }
  }
  await pdf.finish(identity, out);
}

/** `rectificationNoticeDocument`: the notice a unit receives, as PDF. */
export const noticeDocument = defineDocument<NoticeDocumentArgs>({
  name: 'rectificationNoticeDocument',
  async check(ctx, args, graph) {
    const notice = await factsOf(ctx, args, graph);
    return `整改通知书-${notice.unit.name}-${notice.finding.task.code}-${notice.issuedOn}`;
  },
  render,
});
