import { expect } from 'vitest';
import type { TestApp } from './app.js';

/** What `POST /files` answers. */
export interface Uploaded {
  status: number;
  body: {
    file?: { id: string; fileName: string; contentType: string; size: number; sha256: string };
    error?: { code: string; message: string };
  };
}

export interface UploadOptions {
  /** Sends the header a preflighted request carries (true unless said). */
  preflight?: boolean;
  /** The media type the client claims. */
  type?: string;
  headers?: Record<string, string>;
}

/** `POST /files` as `as` (null: no token), the file in a field named `file`, as a browser's FormData sends it. */
export async function upload(app: TestApp, as: string | null, name: string, bytes: Buffer, options: UploadOptions = {}): Promise<Uploaded> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'application/octet-stream' }), name);
  const headers: Record<string, string> = { ...options.headers };
  if (as) headers.authorization = `Bearer ${await app.token(as)}`;
  if (options.preflight !== false) headers['apollo-require-preflight'] = 'true';
  const response = await fetch(`${app.url}/files`, { method: 'POST', headers, body: form });
  return { status: response.status, body: (await response.json()) as Uploaded['body'] };
}

/** Uploads and expects the file to be taken; resolves with what the route said of it. */
export async function uploaded(app: TestApp, as: string, name: string, bytes: Buffer): Promise<NonNullable<Uploaded['body']['file']>> {
  const result = await upload(app, as, name, bytes);
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.file!;
}

/** A small PDF: what a scanned document's bytes begin as. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** The PNG signature and an IHDR chunk: bytes that say PNG, whatever the name. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);
