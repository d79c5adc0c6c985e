import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { ZipWriter } from '../../src/shared/files/zip-writer.js';
import {
  ImportJobProgressDocument,
  ImportJobReportDocument,
  StartLedgerImportDocument,
  type ImportJobReportQuery,
  type ImportMode,
} from '../generated/graphql.js';
import type { TestApp } from './app.js';
import { uploaded } from './files.js';
import { until } from './until.js';

export type ImportReport = NonNullable<ImportJobReportQuery['importJob']>;

/** Waits for an import to end, as a browser polling `importJob` would, and reads its report. */
export async function reportOf(app: TestApp, id: string): Promise<ImportReport> {
  await until(
    async () => {
      const job = (await app.ok(ImportJobProgressDocument, { id }, { as: 'staff' })).importJob!;
      return job.status !== 'QUEUED' && job.status !== 'RUNNING';
    },
    'the import ended',
    60_000,
  );
  return (await app.ok(ImportJobReportDocument, { id }, { as: 'staff' })).importJob!;
}

/** Uploads the workbook as staff, starts an import into the ledger and waits for its report. */
export async function importWorkbook(
  app: TestApp,
  ledgerId: string,
  bytes: Buffer,
  mode: ImportMode = 'DRY_RUN',
  name = '台账.xlsx',
): Promise<ImportReport> {
  const file = await uploaded(app, 'staff', name, bytes);
  const started = (await app.ok(StartLedgerImportDocument, { input: { ledgerId, fileId: file.id, mode } }, { as: 'staff' }))
    .startLedgerImport;
  expect(started.userErrors).toEqual([]);
  return reportOf(app, started.importJob!.id);
}

/** A ZIP of these entries, each deflated. */
export async function zipOf(entries: [string, Buffer | string][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ZipWriter(out, new Date());
  for (const [name, content] of entries) {
    const entry = await writer.entry(name);
    await entry.write(content);
    await entry.end();
  }
  await writer.finish();
  return Buffer.concat(chunks);
}
