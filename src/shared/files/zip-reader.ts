import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw);

// Reads the directory of a ZIP archive (an OOXML workbook, an OFD document…) someone uploaded, and
// its entries within limits: an upload is hostile until shown otherwise, so nothing is inflated
// beyond what the directory declares, and the directory must declare a plausible archive.

/** One file in the archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts. */
  offset: number;
}

/** What an archive may hold before it is refused as too big, whatever its compressed size. */
export interface ZipLimits {
  maxEntries: number;
  /** Per entry, inflated. */
  maxEntryBytes: number;
  /** All entries together, inflated. */
  maxTotalBytes: number;
  /** Inflated over compressed, for entries over 1 MB inflated (small files compress as they like). */
  maxRatio: number;
}

/** Why an archive is refused. */
export type ZipProblem = 'NOT_A_ZIP' | 'UNSUPPORTED' | 'TOO_LARGE';

export class ZipRefused extends Error {
  override name = 'ZipRefused';
  constructor(readonly problem: ZipProblem) {
    super(`ZIP archive refused: ${problem}`);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** End of central directory record without comment, and the longest comment. */
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ENCRYPTED = 0x1;
const STORED = 0;
const DEFLATED = 8;
const RATIO_FROM = 1024 * 1024;

/** Whether the bytes begin as a ZIP archive does (a local file header). */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL;
}

/**
 * The entries of the archive, by its central directory. Refuses what is not a ZIP, what needs
 * ZIP64 or encryption or a method other than stored and deflated, and, with `limits`, what declares
 * more entries or bytes than they allow.
 */
export function zipEntries(bytes: Buffer, limits?: ZipLimits): ZipEntry[] {
  if (!looksLikeZip(bytes)) throw new ZipRefused('NOT_A_ZIP');
  let end = -1;
  for (let i = bytes.length - EOCD_SIZE; i >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipRefused('NOT_A_ZIP');
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipRefused('UNSUPPORTED');
  if (limits && count > limits.maxEntries) throw new ZipRefused('TOO_LARGE');
  if (directoryOffset + directorySize > end) throw new ZipRefused('NOT_A_ZIP');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipRefused('NOT_A_ZIP');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff)
      throw new ZipRefused('UNSUPPORTED');
    if (entry.flags & ENCRYPTED || (entry.method !== STORED && entry.method !== DEFLATED)) throw new ZipRefused('UNSUPPORTED');
    if (limits) {
      total += entry.size;
      const ratio = entry.size / Math.max(1, entry.compressedSize);
      if (entry.size > limits.maxEntryBytes || total > limits.maxTotalBytes || (entry.size > RATIO_FROM && ratio > limits.maxRatio)) {
        throw new ZipRefused('TOO_LARGE');
      }
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * An entry's bytes, inflated no further than the size the directory declares: an archive whose
 * data inflates beyond it, or to other bytes than its checksum says, is refused. Inflated off the
 * event loop (zlib's thread pool), so a large entry holds up no other request.
 */
export async function readZipEntry(bytes: Buffer, entry: ZipEntry): Promise<Buffer> {
  const at = entry.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new ZipRefused('NOT_A_ZIP');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipRefused('NOT_A_ZIP');
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Buffer;
  if (entry.method === STORED) {
    content = data;
  } else {
    try {
      content = await inflate(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      throw new ZipRefused((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'TOO_LARGE' : 'NOT_A_ZIP');
    }
  }
  if (content.length !== entry.size || crc32(content) >>> 0 !== entry.crc >>> 0) throw new ZipRefused('NOT_A_ZIP');
  return content;
}
