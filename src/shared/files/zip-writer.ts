import { crc32, createDeflateRaw } from 'node:zlib';
import type { Writable } from 'node:stream';
import { writeTo } from './output.js';

// A ZIP archive written as a stream (APPNOTE 6.3): each entry deflated as its content arrives, its
// sizes and CRC in a data descriptor after it, the central directory at the end. Nothing of an entry
// is held once written, so an archive of any size costs the memory of one chunk. No ZIP64: an entry
// or the archive past 4 GiB is refused (a workbook here stays far below).

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const LIMIT = 0xffffffff;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** DOS date and time of `at` (local fields read as UTC, so the archive is the same on every machine). */
function dosTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** Writes one archive to `out`; entries one after another, each through `entry()`, then `finish()`. */
export class ZipWriter {
  private readonly written: Written[] = [];
  private offset = 0;
  private open = false;
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly out: Writable,
    modified: Date,
  ) {
    this.stamp = dosTime(modified);
  }

  /** Writes `chunk` to the output, waiting while it is full. */
  private async put(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    if (this.offset > LIMIT) throw new Error('A ZIP archive past 4 GiB needs ZIP64, which this writer does not write.');
    await writeTo(this.out, chunk);
  }

  /**
   * Starts an entry named `name`; resolves with a writer of its content (strings as UTF-8) whose
   * `end()` completes it. One entry at a time.
   */
  async entry(name: string): Promise<{ write(text: string | Buffer): Promise<void>; end(): Promise<void> }> {
    if (this.open) throw new Error('A ZIP entry is still open.');
    this.open = true;
    const encoded = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(encoded.length, 26);
    const record: Written = { name: encoded, crc: 0, compressed: 0, size: 0, offset: this.offset };
    await this.put(Buffer.concat([header, encoded]));

    const deflate = createDeflateRaw({ level: 6 });
    const pending: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => pending.push(chunk));
    const flushPending = async () => {
      for (let chunk = pending.shift(); chunk; chunk = pending.shift()) {
        record.compressed += chunk.length;
        await this.put(chunk);
      }
    };
    const write = async (content: string | Buffer) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      if (bytes.length === 0) return;
      record.crc = crc32(bytes, record.crc);
      record.size += bytes.length;
      if (record.size > LIMIT) throw new Error('A ZIP entry past 4 GiB needs ZIP64, which this writer does not write.');
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
      await flushPending();
    };
    const end = async () => {
      await new Promise<void>((resolve, reject) => {
        deflate.once('error', reject);
        // 'end': the last compressed bytes have been read, not only given to the compressor.
        deflate.once('end', resolve);
        deflate.end();
      });
      await flushPending();
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
      descriptor.writeUInt32LE(record.crc >>> 0, 4);
      descriptor.writeUInt32LE(record.compressed, 8);
      descriptor.writeUInt32LE(record.size, 12);
      await this.put(descriptor);
      this.written.push(record);
      this.open = false;
    };
    return { write, end };
  }

  /** Writes an entry whose whole content is at hand. */
  async file(name: string, content: string | Buffer): Promise<void> {
    const entry = await this.entry(name);
    await entry.write(content);
    await entry.end();
  }

  /** Writes the central directory; the output is then complete (not ended: the caller ends it). */
  async finish(): Promise<void> {
    if (this.open) throw new Error('A ZIP entry is still open.');
    const start = this.offset;
    for (const record of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(FLAGS, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(record.crc >>> 0, 16);
      header.writeUInt32LE(record.compressed, 20);
      header.writeUInt32LE(record.size, 24);
      header.writeUInt16LE(record.name.length, 28);
      header.writeUInt32LE(record.offset, 42);
      await this.put(Buffer.concat([header, record.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
  }
}
