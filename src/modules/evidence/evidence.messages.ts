import { defineMessages, type Text } from '../../shared/i18n/text.js';

/** The module's error codes, described in both languages (index.ts checks that each of `EvidenceErrorCode` is). */
export const evidenceCodes = defineMessages({
  EVIDENCE_ALREADY_ATTACHED: {
    en: 'A file is attached to one object only; upload it again to attach it elsewhere.',
    zh: '一个文件只能附在一个对象上；如需附到别处，请重新上传。',
  },
  EVIDENCE_LIMIT_REACHED: {
    en: 'The object already has as many files as one object may have.',
    zh: '该对象的附件数量已达上限。',
  },
});

const KINDS_EN = 'PDF, PNG, JPEG, GIF, WebP, Word (.docx, .doc), Excel (.xlsx, .xls), PowerPoint (.pptx) or OFD';
const KINDS_ZH = 'PDF、PNG、JPEG、GIF、WebP、Word（.docx、.doc）、Excel（.xlsx、.xls）、PowerPoint（.pptx）或 OFD';

export const evidenceMessages = defineMessages({
  codes: evidenceCodes,
  nouns: {
    file: { en: 'file', zh: '文件' },
  },
  actions: {
    attach: { en: 'attach files to it', zh: '为其添加附件' },
  },
  alreadyAttached: { en: 'This file is attached already.', zh: '该文件已附在其他对象上。' },
  notYours: { en: 'Only the user who uploaded a file attaches it.', zh: '只有上传者本人可以附加该文件。' },
  notAttachable: (typename: string): Text => ({
    en: `Files cannot be attached to a ${typename}: only to rectification feedback, action items, meetings and opinion collections.`,
    zh: `不能为 ${typename} 添加附件：仅可附于整改反馈、工作事项、会议和意见征集。`,
  }),
  limitReached: (max: number): Text => ({ en: `An object holds at most ${max} files.`, zh: `每个对象最多 ${max} 个附件。` }),
  deleteRefused: {
    en: 'Only the user who uploaded a file, or someone who may attach files to its object, deletes it.',
    zh: '只有上传者或有权为其所附对象添加附件的人可以删除该文件。',
  },
  upload: {
    postOnly: { en: 'Upload with POST.', zh: '请用 POST 上传。' },
    preflightRequired: {
      en: 'Uploads must carry an `apollo-require-preflight` (or `x-apollo-operation-name`) header, as the graph’s own multipart requests do: a plain form from another site cannot.',
      zh: '上传请求须带 `apollo-require-preflight`（或 `x-apollo-operation-name`）请求头，与图谱的 multipart 请求相同：其他网站的普通表单无法带上。',
    },
    multipartOnly: {
      en: 'Send the file as multipart/form-data, in a field named `file`.',
      zh: '请以 multipart/form-data 发送文件，字段名为 `file`。',
    },
    noFile: { en: 'The form holds no file in a field named `file`.', zh: '表单中没有名为 `file` 的文件字段。' },
    /** `size`: the limit as people read it, e.g. `20 MB`. */
    tooLarge: (size: string): Text => ({ en: `A file may be at most ${size}.`, zh: `文件不得超过 ${size}。` }),
    empty: { en: 'The file is empty.', zh: '文件为空。' },
    unsupported: {
      en: `By its content, this file is none of the kinds taken: ${KINDS_EN}. The name and type the client gives are not trusted.`,
      zh: `按文件内容判断，它不属于可接受的类型：${KINDS_ZH}。客户端提供的文件名和类型不作为依据。`,
    },
  },
});
