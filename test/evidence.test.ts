import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/shared/auth/role.js';
import { ZipWriter } from '../src/shared/files/zip-writer.js';
import {
  AttachEvidenceDocument,
  DeleteEvidenceDocument,
  EvidenceFileNodeDocument,
  EvidenceOfDocument,
  EvidenceTargetsDocument,
} from './generated/graphql.js';
import { startApp, type TestApp } from './support/app.js';
import { auditOf } from './support/audit.js';
import { idOf, keyOfId } from './support/ids.js';
import { addUser } from './support/users.js';
import { PDF, PNG, upload as uploadAs, uploaded as uploadedAs, type UploadOptions } from './support/files.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const upload = (as: string | null, name: string, bytes: Buffer, options: UploadOptions = {}) => uploadAs(app, as, name, bytes, options);
const uploaded = (as: string, name: string, bytes: Buffer) => uploadedAs(app, as, name, bytes);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const fileCount = async () =>
  Number((await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from evidence_file'))[0]!.n);

async function targets() {
  const data = await app.ok(EvidenceTargetsDocument, {}, { as: 'admin' });
  const notice = data.rectificationNotices!.nodes.find((n) => n.feedback.length > 0);
  const item = data.coordinationIssues!.nodes.flatMap((i) => i.actionItems)[0];
  const meeting = data.coordinationIssues!.nodes.flatMap((i) => i.meetings)[0];
  const decision = data.majorDecisions!.nodes.find((d) => d.assessments.some((a) => a.opinionCollections.length > 0));
  const collection = decision?.assessments.flatMap((a) => a.opinionCollections)[0];
  if (!notice || !item || !meeting || !decision || !collection) throw new Error('The demo data lacks an object files attach to.');
  return { notice, feedback: notice.feedback[0]!, item, meeting, decision, collection };
}

async function attach(as: string, fileId: string, toId: string) {
  return (await app.ok(AttachEvidenceDocument, { input: { fileId, toId } }, { as })).attachEvidence;
}

async function download(as: string, fileId: string): Promise<{ status: number; type: string | null; bytes: Buffer } | null> {
  const node = (await app.ok(EvidenceFileNodeDocument, { id: fileId }, { as })).node;
  if (!node || !('download' in node)) return null;
  const response = await fetch(`${app.url}${node.download.url}`);
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('uploading a file', () => {
  it('keeps it in the database with its sniffed type, size and SHA-256, and the upload on the audit trail', async () => {
    const file = await uploaded('staff', '会议纪要.pdf', PDF);
    expect(file).toMatchObject({ fileName: '会议纪要.pdf', contentType: 'application/pdf', size: PDF.length, sha256: sha256(PDF) });
    const [row] = await app.orm.em
      .getConnection()
      .execute<{ bytes: Buffer }[]>('select bytes from evidence_file_content where file_id = ?', [keyOfId(file.id)]);
    expect(Buffer.compare(row!.bytes, PDF)).toBe(0);
    const trail = await auditOf(app, file.id);
    expect(trail.map((e) => e.action)).toEqual(['evidenceFile.upload']);
    expect(trail[0]!.to).toMatchObject({ fileName: '会议纪要.pdf', sha256: sha256(PDF), size: PDF.length });
  });

  it('stores bytes that say PNG as a PNG, whatever the name and type the client gave', async () => {
    const file = await uploaded('staff', 'scan.pdf', PNG);
    expect(file).toMatchObject({ fileName: 'scan.png', contentType: 'image/png', sha256: sha256(PNG) });
    const fetched = await download('staff', file.id);
    expect(fetched).toMatchObject({ status: 200, type: 'image/png' });
    expect(Buffer.compare(fetched!.bytes, PNG)).toBe(0);
  });

  it('tells an Excel workbook, a Word document and an OFD document apart by the entries they hold', async () => {
    const zip = async (names: string[]) => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (chunk: Buffer) => chunks.push(chunk));
      const writer = new ZipWriter(out, new Date());
      for (const name of names) {
        const entry = await writer.entry(name);
        await entry.write('<x/>');
        await entry.end();
      }
      await writer.finish();
      return Buffer.concat(chunks);
    };
    const workbook = await uploaded('staff', '台账', await zip(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(workbook).toMatchObject({
      fileName: '台账.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const letter = await uploaded('staff', 'letter.docx', await zip(['[Content_Types].xml', 'word/document.xml']));
    expect(letter.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const ofd = await uploaded('staff', '公文.ofd', await zip(['OFD.xml', 'Doc_0/Document.xml']));
    expect(ofd.contentType).toBe('application/ofd');
  });

  it('refuses, writing nothing: no preflight header, no token, a kind it does not take, an empty file, too many bytes, another method', async () => {
    const before = await fileCount();
    expect(await upload('staff', 'a.pdf', PDF, { preflight: false })).toMatchObject({
      status: 400,
      body: { error: { code: 'PREFLIGHT_REQUIRED' } },
    });
    expect(await upload(null, 'a.pdf', PDF)).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    expect(await upload('staff', 'notes.pdf', Buffer.from('plain text, said to be a PDF'))).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_FILE_TYPE' } },
    });
    // A ZIP that is no document the graph takes.
    expect((await upload('staff', 'a.zip', Buffer.concat([Buffer.from('PK\x03\x04'), deflateRawSync(PDF)]))).status).toBe(415);
    expect((await upload('staff', 'empty.pdf', Buffer.alloc(0))).status).toBe(400);
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    PDF.copy(big);
    expect(await upload('staff', 'big.pdf', big)).toMatchObject({ status: 413, body: { error: { code: 'FILE_TOO_LARGE' } } });
    // Sent in chunks, with no length to refuse it by: read up to the limit, the rest dropped unread.
    const parts = [
      Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n'),
      ...Array.from({ length: 21 }, () => big.subarray(0, 1024 * 1024)),
      Buffer.from('\r\n--b--\r\n'),
    ];
    const chunked = await fetch(`${app.url}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await app.token('staff')}`,
        'apollo-require-preflight': '1',
        'content-type': 'multipart/form-data; boundary=b',
      },
      body: new ReadableStream({
        pull(controller) {
          const part = parts.shift();
          if (part) controller.enqueue(new Uint8Array(part));
          else controller.close();
        },
      }),
      duplex: 'half',
    });
    expect(chunked.status).toBe(413);
    const get = await fetch(`${app.url}/files`);
    expect(get.status).toBe(405);
    expect(await fileCount()).toBe(before);
  });
});

describe('uploading from a browser', () => {
  it('takes an upload from a page of a listed origin, after its preflight, and refuses any other site', async () => {
    const listed = await startApp({ env: { CORS_ORIGINS: 'https://app.example.org' } });
    try {
      const preflight = await fetch(`${listed.url}/files`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, apollo-require-preflight',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('apollo-require-preflight');
      const send = async (origin: string) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(PDF)]), 'a.pdf');
        return fetch(`${listed.url}/files`, {
          method: 'POST',
          headers: { origin, authorization: `Bearer ${await listed.token('staff')}`, 'apollo-require-preflight': 'true' },
          body: form,
        });
      };
      expect((await send('https://app.example.org')).status).toBe(201);
      const foreign = await send('https://evil.example');
      expect(foreign.status).toBe(403);
      expect(((await foreign.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    } finally {
      await listed.close();
    }
  });
});

describe('attaching and downloading', () => {
  it('attaches to rectification feedback for an officer of the rectifying unit, and lists it there', async () => {
    const { notice, feedback } = await targets();
    const officer = await addUser(app, 'evidence-officer', notice.unit.code);
    const outsider = await addUser(app, 'evidence-outsider', notice.unit.code === 'HRB-FY' ? 'HRB-ZFW' : 'HRB-FY');
    const mine = await uploaded(officer, '整改照片.png', PNG);
    const theirs = await uploaded(outsider, 'photo.png', PNG);

    const refused = await app.gql(AttachEvidenceDocument, { input: { fileId: theirs.id, toId: feedback.id } }, { as: outsider });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Someone else's upload is not theirs to attach, nor even to see.
    const notMine = await app.gql(AttachEvidenceDocument, { input: { fileId: theirs.id, toId: feedback.id } }, { as: officer });
    expect(notMine.data?.attachEvidence.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);

    const attached = await attach(officer, mine.id, feedback.id);
    expect(attached.userErrors).toEqual([]);
    expect(attached.evidenceFile).toMatchObject({ id: mine.id, attachedTo: { id: feedback.id, __typename: 'RectificationFeedback' } });
    const again = await attach(officer, mine.id, feedback.id);
    expect(again.userErrors.map((e) => e.code)).toEqual(['EVIDENCE_ALREADY_ATTACHED']);

    const listed = (await app.ok(EvidenceOfDocument, { id: feedback.id }, { as: 'inspector' })).node;
    expect(listed && 'evidenceFiles' in listed ? listed.evidenceFiles.nodes.map((f) => f.id) : []).toContain(mine.id);
    // Feedback is seen by every signed-in user, and so is what is attached to it.
    const fetched = await download('viewer', mine.id);
    expect(fetched?.status).toBe(200);
    expect(Buffer.compare(fetched!.bytes, PNG)).toBe(0);
    expect((await auditOf(app, mine.id)).map((e) => e.action)).toEqual(['evidenceFile.upload', 'evidenceFile.attach']);
  });

  it('attaches to an action item for its unit’s officers and coordinators, and to a meeting for coordinators only', async () => {
    const { item, meeting } = await targets();
    const officer = await addUser(app, 'item-officer', item.assignedUnit.code);
    const file = await uploaded(officer, 'receipt.pdf', PDF);
    expect((await attach(officer, file.id, item.id)).userErrors).toEqual([]);
    const minutes = await uploaded(officer, 'minutes.pdf', PDF);
    const refused = await app.gql(AttachEvidenceDocument, { input: { fileId: minutes.id, toId: meeting.id } }, { as: officer });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const signed = await uploaded('coordinator', '会议纪要（签字版）.pdf', PDF);
    expect((await attach('coordinator', signed.id, meeting.id)).userErrors).toEqual([]);
    const listed = (await app.ok(EvidenceOfDocument, { id: meeting.id }, { as: 'staff' })).node;
    expect(listed && 'evidenceFiles' in listed ? listed.evidenceFiles.totalCount : 0).toBeGreaterThanOrEqual(1);
  });

  it('downloads an opinion collection’s file for those who may see the assessment, and for no one else', async () => {
    const { decision, collection } = await targets();
    const assessor = await addUser(app, 'evidence-assessor', decision.assessingUnit.code, [Role.ASSESSOR]);
    const file = await uploaded(assessor, '问卷汇总.pdf', PDF);
    expect((await attach(assessor, file.id, collection.id)).userErrors).toEqual([]);

    const allowed = await download('staff', file.id);
    expect(allowed).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(Buffer.compare(allowed!.bytes, PDF)).toBe(0);
    // `viewer` may not see the matter's contents: no file, no link, as for an ID that names nothing.
    expect(await download('viewer', file.id)).toBeNull();
    const listed = (await app.ok(EvidenceOfDocument, { id: collection.id }, { as: 'viewer' })).node;
    expect(listed).toBeNull();
    // Another user's upload that is attached to nothing is its uploader's alone.
    const loose = await uploaded('staff', 'draft.pdf', PDF);
    expect(await download('coordinator', loose.id)).toBeNull();
    expect(await download('staff', loose.id)).toMatchObject({ status: 200 });
  });

  it('refuses an object files do not attach to, and one that does not exist', async () => {
    const file = await uploaded('staff', 'x.pdf', PDF);
    const unit = await attach('staff', file.id, idOf('Unit', 1));
    expect(unit.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const missing = await attach('staff', file.id, idOf('Meeting', 999999));
    expect(missing.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

describe('deleting a file', () => {
  it('removes its bytes, ends its links, and leaves an audit entry with what it was', async () => {
    const { meeting } = await targets();
    const file = await uploaded('coordinator', '待删除.pdf', PDF);
    expect((await attach('coordinator', file.id, meeting.id)).userErrors).toEqual([]);
    const node = (await app.ok(EvidenceFileNodeDocument, { id: file.id }, { as: 'coordinator' })).node;
    const url = node && 'download' in node ? node.download.url : '';
    // Neither someone who may not attach to the meeting, nor …
    const refused = await app.gql(DeleteEvidenceDocument, { input: { fileId: file.id } }, { as: 'officer' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // … but commission staff, who may attach files to meetings, delete it.
    const deleted = (await app.ok(DeleteEvidenceDocument, { input: { fileId: file.id } }, { as: 'staff' })).deleteEvidence;
    expect(deleted).toEqual({ deletedFileId: file.id, userErrors: [] });
    expect((await app.ok(EvidenceFileNodeDocument, { id: file.id }, { as: 'coordinator' })).node).toBeNull();
    expect((await fetch(`${app.url}${url}`)).status).toBe(403);
    const [content] = await app.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from evidence_file_content where file_id = ?', [keyOfId(file.id)]);
    expect(Number(content!.n)).toBe(0);
    const trail = await auditOf(app, file.id);
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['evidenceFile.upload', 'coordinator'],
      ['evidenceFile.attach', 'coordinator'],
      ['evidenceFile.delete', 'staff'],
    ]);
    expect(trail[2]!.from).toMatchObject({ fileName: '待删除.pdf', sha256: sha256(PDF), attachedType: 'Meeting' });
    expect(trail[2]!.to).toBeNull();
  });
});
