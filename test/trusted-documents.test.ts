import { readFileSync } from 'node:fs';
import { parse, print, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { expectedManifest } from '../src/cli/trusted-documents.js';
import { examples } from '../src/explorer/examples.js';
import { buildAppSchema } from '../src/schema.js';
import { documentHash, MANIFEST_FILE, readManifest } from '../src/shared/graphql/trusted-documents.js';
import * as generated from './generated/graphql.js';
import { UnitByCodeDocument, ViewerDocument } from './generated/graphql.js';
import { answered } from './support/cost.js';
import { startApp, type TestApp } from './support/app.js';
import { auditCount } from './support/audit.js';
import { post, type PostAnswer } from './support/post.js';

// Trusted documents: with TRUSTED_DOCUMENTS=only the server runs the documents of its manifest
// (schema/trusted-documents.json, written by `npm run codegen`), named by their sha256; a document
// sent as text runs for admins alone. Nothing a client sends ever adds to the list.

const production = { NODE_ENV: 'production', CORS_ORIGINS: 'https://ledger.example.org' };

type Answer = PostAnswer;
const send = (app: TestApp, body: Record<string, unknown>, as = 'viewer', language?: string) => post(app, body, as, language);

const viewerText = print(ViewerDocument);
const viewerHash = documentHash(viewerText);
const unlisted = '{ viewer { login } }';
const refusal = (answer: Answer) => ({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code, data: answer.body.data });

describe('the manifest', () => {
  it('is what the tests and the explorer send: `npm run codegen` wrote the committed file from them', () => {
    expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(expectedManifest(generated as unknown as Record<string, unknown>));
  });

  it('holds every test operation as the tests print it and every example tab as written, each under its sha256', () => {
    const manifest = readManifest();
    expect(manifest.get(viewerHash)).toBe(viewerText);
    for (const example of examples) expect(manifest.get(documentHash(example.query))).toBe(example.query);
    for (const [hash, text] of manifest) expect(documentHash(text), text.slice(0, 60)).toBe(hash);
  });

  it('holds only documents valid against the schema', async () => {
    const schema = await buildAppSchema();
    const invalid = [...readManifest()].flatMap(([hash, text]) =>
      validate(schema, parse(text)).map((e) => `${hash.slice(0, 8)}: ${e.message}`),
    );
    expect(invalid).toEqual([]);
  });
});

describe('TRUSTED_DOCUMENTS=only in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ env: { ...production, TRUSTED_DOCUMENTS: 'only' } });
  });
  afterAll(() => app.close());

  it('runs a listed operation named by documentId, bare or with its sha256: prefix, with variables', async () => {
    for (const documentId of [`sha256:${viewerHash}`, viewerHash, viewerHash.toUpperCase()]) {
      const answer = await send(app, { documentId });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.viewer).toMatchObject({ login: 'viewer' });
    }
    const byCode = await send(app, { documentId: documentHash(print(UnitByCodeDocument)), variables: { code: 'HRB-FY' } });
    expect(byCode.body.data?.unit).toMatchObject({ code: 'HRB-FY' });
  });

  it('runs it named the APQ way (extensions.persistedQuery), and over GET', async () => {
    const apq = await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } });
    expect(apq.body.data?.viewer).toMatchObject({ login: 'viewer' });
    // The text sent beside its hash is accepted when it is that very document.
    const both = await send(app, { query: viewerText, extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } });
    expect(both.body.data?.viewer).toMatchObject({ login: 'viewer' });
    const get = await fetch(`${app.url}/graphql?documentId=sha256:${viewerHash}`, {
      // Apollo's CSRF prevention asks a GET for a header no simple browser request carries.
      headers: { authorization: `Bearer ${await app.token('viewer')}`, 'apollo-require-preflight': '1' },
    });
    expect((await get.json()) as Answer['body']).toMatchObject({ data: { viewer: { login: 'viewer' } } });
  });

  it('runs an explorer example by its hash, choosing the operation by name', async () => {
    const [overdue] = examples;
    const answer = await send(app, { documentId: documentHash(overdue!.query), operationName: 'Units' }, 'staff');
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.units as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND, 400, in both languages', async () => {
    const unknown = documentHash(unlisted);
    expect(refusal(await send(app, { documentId: unknown }))).toEqual({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND', data: undefined });
    expect(refusal(await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } }))).toMatchObject({
      status: 400,
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
    const zh = await send(app, { documentId: unknown }, 'viewer', 'zh-CN');
    expect(zh.body.errors?.[0]?.message).toBe('没有此哈希值对应的可信文档：它不在本服务器的清单中。');
  });

  it('refuses a document sent as text by anyone but an admin with TRUSTED_DOCUMENT_REQUIRED, before it is parsed', async () => {
    const before = await auditCount(app);
    for (const as of ['viewer', 'staff', 'officer']) {
      expect(refusal(await send(app, { query: unlisted }, as))).toEqual({
        status: 400,
        code: 'TRUSTED_DOCUMENT_REQUIRED',
        data: undefined,
      });
    }
    // Even the text of a listed document: only its hash names it.
    expect(refusal(await send(app, { query: viewerText }))).toMatchObject({ code: 'TRUSTED_DOCUMENT_REQUIRED' });
    // Nonsense is not parsed, so it tells nothing about the schema either.
    const nonsense = await send(app, { query: '{ secretField' });
    expect(refusal(nonsense)).toMatchObject({ status: 400, code: 'TRUSTED_DOCUMENT_REQUIRED' });
    const mutation = 'mutation { updateViewerPreferences(input: { language: EN }) { userErrors { code } } }';
    expect(refusal(await send(app, { query: mutation }))).toMatchObject({ code: 'TRUSTED_DOCUMENT_REQUIRED' });
    expect(await auditCount(app)).toBe(before);
    const zh = await send(app, { query: unlisted }, 'viewer', 'zh-CN');
    expect(zh.body.errors?.[0]?.message).toMatch(/^本服务器只执行可信文档/);
  });

  it('lets no one register a document the APQ way: the text runs for an admin only, and the hash stays unknown', async () => {
    const text = '{ viewer { displayName } }';
    const register = { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(text) } } };
    expect(refusal(await send(app, register))).toMatchObject({ status: 400, code: 'TRUSTED_DOCUMENT_REQUIRED' });
    expect((await send(app, register, 'admin')).body.data?.viewer).toMatchObject({ displayName: expect.any(String) });
    for (const as of ['viewer', 'admin']) {
      expect(refusal(await send(app, { documentId: documentHash(text) }, as))).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    }
  });

  it('runs any document for an admin', async () => {
    const answer = await send(app, { query: unlisted }, 'admin');
    expect(answer.body).toEqual(answered({ viewer: { login: 'admin' } }));
  });

  it('refuses malformed names of documents with BAD_REQUEST', async () => {
    for (const body of [
      { documentId: 'sha1:abc' },
      { documentId: viewerHash, extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } },
      { extensions: { persistedQuery: { version: 2, sha256Hash: viewerHash } } },
      { query: unlisted, documentId: viewerHash },
    ]) {
      expect(refusal(await send(app, body)), JSON.stringify(body)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    }
  });
});

describe('TRUSTED_DOCUMENTS=off (the default)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('runs documents sent as text and listed documents by hash', async () => {
    expect((await send(app, { query: unlisted })).body).toEqual(answered({ viewer: { login: 'viewer' } }));
    expect((await send(app, { documentId: viewerHash })).body.data?.viewer).toMatchObject({ login: 'viewer' });
  });

  it('answers APQ as a client expects, without keeping what it was sent', async () => {
    const text = '{ viewer { roles } }';
    const sha256Hash = documentHash(text);
    expect(refusal(await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash } } }))).toMatchObject({
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
    const sent = await send(app, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(sent.body.data?.viewer).toEqual({ roles: ['VIEWER'] });
    expect(refusal(await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash } } }))).toMatchObject({
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
    const wrong = await send(app, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } });
    expect(refusal(wrong)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});

describe('the TRUSTED_DOCUMENTS setting', () => {
  const base = { JWT_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/reform-graph-config-test' };
  it('is off unless set, in production too, and takes only off or only', () => {
    expect(loadConfig({ ...base, ...production }).trustedDocuments).toBe('off');
    expect(loadConfig({ ...base, TRUSTED_DOCUMENTS: 'only' }).trustedDocuments).toBe('only');
    expect(() => loadConfig({ ...base, TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS must be one of off, only/);
  });
});
