import type { Writable } from 'node:stream';

/** Writes `chunk` to `out`, waiting while it is full; rejects once `out` is closed (the client went away). */
export async function writeTo(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new Error('The output was closed.');
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      out.off('drain', drained);
      reject(new Error('The output was closed.'));
    };
    out.once('drain', drained);
    out.once('close', closed);
  });
}
