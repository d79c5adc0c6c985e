import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, print, type DocumentNode } from 'graphql';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Text } from '../i18n/text.js';

// Trusted documents: the operations this project's own clients send, listed ahead of time by their
// sha256 in schema/trusted-documents.json (written by `npm run codegen`). With TRUSTED_DOCUMENTS=only a
// client names a listed document by its hash and cannot make the server run anything else; admins
// keep ad-hoc queries. The hash is that of the document's text exactly as the client sends it (the
// same hash Apollo Client's persisted-query link and graphql-codegen's persisted documents compute).

/** sha256 (lower-case hex) → the document's text. */
export type Manifest = ReadonlyMap<string, string>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the manifest lives: from src/shared/graphql/ and from dist/shared/graphql/ alike. */
export const MANIFEST_FILE = path.join(root, 'schema/trusted-documents.json');
/** Documents other clients (frontend teams) hand in, one `{ hash: text }` file per client. */
export const CLIENT_MANIFESTS_DIR = path.join(root, 'trusted-documents');

const HEX = /^[0-9a-f]{64}$/;

export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function readManifest(file = MANIFEST_FILE): Manifest {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

/** The manifest's text: each document under its hash, in the order given, duplicates once. */
export function manifestText(documents: Iterable<string>): string {
  const entries: Record<string, string> = {};
  for (const text of documents) entries[documentHash(text)] = text;
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/**
 * What the tests send: every operation document a module exports (fragments alone are never sent),
 * printed as test/support/app.ts prints it, in the order of the operations' names.
 */
export function printedDocuments(module: Record<string, unknown>): string[] {
  const named = Object.values(module).flatMap((value) => {
    if (!value || typeof value !== 'object' || (value as { kind?: unknown }).kind !== Kind.DOCUMENT) return [];
    const operation = (value as DocumentNode).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operation ? [{ name: operation.name?.value ?? '', text: print(value as DocumentNode) }] : [];
  });
  return named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((d) => d.text);
}

/**
 * The documents client teams hand in (trusted-documents/*.json, each `{ "<sha256>": "<text>" }` as
 * graphql-codegen's `persistedDocuments` writes it), each hash checked against its text.
 */
export function clientDocuments(dir = CLIENT_MANIFESTS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      Object.entries(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, string>).map(([hash, text]) => {
        if (documentHash(text) !== hash.replace(/^sha256:/, '')) throw new Error(`${name}: ${hash} is not the sha256 of its document`);
        return text;
      }),
    );
}

/** The parts of a GraphQL-over-HTTP request that name its document. */
export interface DocumentParameters {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type DocumentResolution =
  /** A manifest document, named by its hash: `query` is its text. */
  | { kind: 'listed'; query: string }
  /** A document sent in full and not named by a listed hash (none, or Apollo's APQ with its text). */
  | { kind: 'unlisted'; query: unknown }
  | { kind: 'refused'; code: 'PERSISTED_QUERY_NOT_FOUND' | 'BAD_REQUEST'; text: Text };

/** The hash a request names its document by: `documentId` ("sha256:<hex>" or bare hex) or the APQ extension. */
function namedHash(request: DocumentParameters): { hash: string } | { problem: Text } | undefined {
  const persisted = (request.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if (request.documentId !== undefined && request.documentId !== null) {
    const id = typeof request.documentId === 'string' ? request.documentId.replace(/^sha256:/i, '').toLowerCase() : '';
    if (!HEX.test(id)) return { problem: platformMessages.documentIdFormat };
    if (persisted !== undefined) return { problem: platformMessages.documentNamedTwice };
    return { hash: id };
  }
  if (persisted === undefined) return undefined;
  const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1 || typeof sha256Hash !== 'string' || !HEX.test(sha256Hash.toLowerCase())) {
    return { problem: platformMessages.persistedQueryFormat };
  }
  return { hash: sha256Hash.toLowerCase() };
}

/**
 * Which document a request runs. A hash in the manifest names its document (a text sent beside it
 * must be that very text); an unknown hash without a text is PERSISTED_QUERY_NOT_FOUND, which makes
 * an APQ client send the text, and the text then goes on as any unlisted document would: nothing is
 * ever registered, so the manifest is the only list of trusted documents.
 */
export function resolveDocument(manifest: Manifest, request: DocumentParameters): DocumentResolution {
  const named = namedHash(request);
  if (!named) return { kind: 'unlisted', query: request.query };
  if ('problem' in named) return { kind: 'refused', code: 'BAD_REQUEST', text: named.problem };
  const sent = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
  if (sent !== undefined && documentHash(sent) !== named.hash)
    return { kind: 'refused', code: 'BAD_REQUEST', text: platformMessages.hashMismatch };
  const listed = manifest.get(named.hash);
  if (listed !== undefined) return { kind: 'listed', query: listed };
  if (sent === undefined) return { kind: 'refused', code: 'PERSISTED_QUERY_NOT_FOUND', text: platformMessages.persistedQueryNotFound };
  return { kind: 'unlisted', query: sent };
}

/** The request's extensions without `persistedQuery`, which this module has dealt with; undefined when none remain. */
export function otherExtensions(extensions: unknown): Record<string, unknown> | undefined {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const { persistedQuery: _handled, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}
