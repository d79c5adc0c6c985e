import type { IncomingMessage, ServerResponse } from 'node:http';
import { Busboy, type BusboyInstance } from '@fastify/busboy';
import type { Context } from '../../shared/context.js';
import { sniffKind } from '../../shared/files/sniff.js';
import { localizedTextOf } from '../../shared/graphql/errors.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import type { Logger } from '../../shared/logger.js';
import { refuseMethod, sendJson, sendRefusal } from '../../shared/http.js';
import { evidenceMessages as M } from './evidence.messages.js';
import { storeEvidence } from './evidence.service.js';

/** Where files are uploaded, beside `/graphql`. */
export const UPLOAD_PATH = '/files';

/** Room for the form around the file: its boundaries and headers. */
const FORM_OVERHEAD = 64 * 1024;

export interface UploadRouteDeps {
  /** Largest file taken, in bytes. */
  maxBytes: number;
  /** The context of the request's bearer token, as `/graphql` builds it; rejects with UNAUTHENTICATED. */
  contextOf(req: IncomingMessage, request: { requestId: string; log: Logger }): Promise<Context>;
}

/**
 * The CSRF rule of `/graphql` (Apollo Server's): a multipart form is a request any web page may send
 * across sites without asking, so an upload must also carry a header only a preflighted request can.
 */
function preflighted(req: IncomingMessage): boolean {
  return Boolean(req.headers['apollo-require-preflight']) || Boolean(req.headers['x-apollo-operation-name']);
}

type Sent = { name: string; bytes: Buffer } | 'TOO_LARGE' | 'NO_FILE' | 'MALFORMED';

/**
 * The file of the form's `file` field, read as it arrives and held no further than `maxBytes`: past
 * that, the rest of the body is read and dropped. Any other part is dropped too.
 */
function readFile(req: IncomingMessage, type: string, maxBytes: number): Promise<Sent> {
  return new Promise((resolve) => {
    let found: Sent = 'NO_FILE';
    let parser: BusboyInstance;
    try {
      parser = Busboy({
        headers: { ...req.headers, 'content-type': type },
        defCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 40 },
      });
    } catch {
      req.resume();
      return resolve('MALFORMED');
    }
    parser.on('file', (field, stream, fileName) => {
      if (field !== 'file') return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        found = stream.truncated ? 'TOO_LARGE' : { name: fileName, bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('finish', () => resolve(found));
    parser.on('error', () => {
      req.unpipe(parser);
      req.resume();
      resolve('MALFORMED');
    });
    // A client that goes away mid-upload ends the wait (and what was read goes with it).
    req.on('error', () => resolve('MALFORMED'));
    req.on('close', () => {
      if (!req.complete) resolve('MALFORMED');
    });
    req.pipe(parser);
  });
}

/**
 * `POST /files`: one file, as multipart/form-data in a field named `file`, from a signed-in user.
 * Its kind is read from its bytes (src/shared/files/sniff.ts), never taken from the client; its
 * SHA-256 is recorded. Answers 201 with `{ file: { id, fileName, contentType, size, sha256 } }`;
 * the file is then attached with `attachEvidence`, or read by an import.
 */
export function uploadRoute(deps: UploadRouteDeps) {
  const limit = deps.maxBytes + FORM_OVERHEAD;
  const tooLarge = M.upload.tooLarge(`${+(deps.maxBytes / (1024 * 1024)).toFixed(1)} MB`);
  return async (req: IncomingMessage, res: ServerResponse, request: { requestId: string; log: Logger }): Promise<void> => {
    if (req.method !== 'POST') return refuseMethod(res, 'POST');
    if (!preflighted(req)) return sendRefusal(res, 400, 'PREFLIGHT_REQUIRED', M.upload.preflightRequired);
    const type = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\s*;/i.test(type)) return sendRefusal(res, 415, 'BAD_REQUEST', M.upload.multipartOnly);
    // Refused before a byte of the body is read, and the connection closed after: nothing more of it is taken in.
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      res.setHeader('connection', 'close');
      return sendRefusal(res, 413, 'FILE_TOO_LARGE', tooLarge);
    }
    let ctx: Context;
    try {
      ctx = await deps.contextOf(req, request);
    } catch (error) {
      const text = localizedTextOf(error);
      if (!text) throw error;
      res.setHeader('connection', 'close');
      return sendRefusal(res, 401, 'UNAUTHENTICATED', text);
    }
    const sent = await readFile(req, type, deps.maxBytes);
    if (sent === 'MALFORMED') return sendRefusal(res, 400, 'BAD_REQUEST', M.upload.multipartOnly);
    if (sent === 'NO_FILE') return sendRefusal(res, 400, 'BAD_REQUEST', M.upload.noFile);
    if (sent === 'TOO_LARGE') return sendRefusal(res, 413, 'FILE_TOO_LARGE', tooLarge);
    const { name, bytes } = sent;
    if (bytes.length === 0) return sendRefusal(res, 400, 'BAD_REQUEST', M.upload.empty);
    const kind = sniffKind(bytes);
    if (!kind) return sendRefusal(res, 415, 'UNSUPPORTED_FILE_TYPE', M.upload.unsupported);
    const key = await storeEvidence(ctx, { name, bytes, kind });
    const stored = await ctx.loaders.evidence.fileByKey.load(key);
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 201, {
      file: stored && {
        id: toGlobalId('EvidenceFile', key),
        fileName: stored.fileName,
        contentType: stored.contentType,
        size: stored.size,
        sha256: stored.sha256,
      },
    });
  };
}
