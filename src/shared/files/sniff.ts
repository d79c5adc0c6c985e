import { zipEntries, ZipRefused } from './zip-reader.js';

// What a file is, by its bytes: the name and type a client sends are only its word. Only the kinds
// below are taken; anything else is refused rather than stored and served as something it is not.

/** A kind of file the graph takes: its media type and the extension its name gets. */
export interface FileKind {
  contentType: string;
  extension: string;
}

export const FILE_KINDS = {
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  png: { contentType: 'image/png', extension: 'png' },
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  gif: { contentType: 'image/gif', extension: 'gif' },
  webp: { contentType: 'image/webp', extension: 'webp' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  /** The national standard for electronic documents (GB/T 33190), as government offices file them. */
  ofd: { contentType: 'application/ofd', extension: 'ofd' },
  doc: { contentType: 'application/msword', extension: 'doc' },
  xls: { contentType: 'application/vnd.ms-excel', extension: 'xls' },
} as const satisfies Record<string, FileKind>;

export type FileKindName = keyof typeof FILE_KINDS;

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Buffer, from: number, to: number) => bytes.toString('latin1', from, to);

/** Office documents in the old compound-file format, told apart by the stream their directory names (UTF-16). */
function compoundKind(bytes: Buffer): FileKindName | null {
  const has = (name: string) => bytes.includes(Buffer.from(name, 'utf16le'));
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  return null;
}

/** ZIP-based documents, by the entries they must hold. */
function zipKind(bytes: Buffer): FileKindName | null {
  let names: string[];
  try {
    names = zipEntries(bytes).map((e) => e.name);
  } catch (error) {
    if (error instanceof ZipRefused) return null;
    throw error;
  }
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (names.includes('OFD.xml')) return 'ofd';
  if (!names.includes('[Content_Types].xml')) return null;
  if (has('xl/')) return 'xlsx';
  if (has('word/')) return 'docx';
  if (has('ppt/')) return 'pptx';
  return null;
}

/** What the bytes are, of the kinds the graph takes; null for anything else. */
export function sniffKind(bytes: Buffer): FileKindName | null {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundKind(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  return null;
}
