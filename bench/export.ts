import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { generate } from './generate.js';
import { rssBytes, startBuiltServer } from './processes.js';
import { option, parseScale } from './scale.js';

// `npm run build && npm run bench:export -- --scale 200k`: every task of the scale's database as one
// ledger workbook (and as CSV), downloaded from the built server in production mode while its RSS is
// sampled every 50 ms: the figures for "a 200k-task export completes with flat memory". The workbook
// is then read back, streaming, and its rows counted against the tasks.

const SAMPLE_MS = 50;

interface Run {
  format: string;
  seconds: number;
  bytes: number;
  rssBefore: number;
  rssMax: number;
}

async function downloadOnce(base: string, token: string, format: 'XLSX' | 'CSV', pid: number): Promise<{ run: Run; body: Buffer }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `query($f: FileFormat) { reformTasksExport(format: $f) { url } }`, variables: { f: format } }),
  });
  const answer = (await response.json()) as { data?: { reformTasksExport: { url: string } | null }; errors?: unknown };
  const url = answer.data?.reformTasksExport?.url;
  if (!url) throw new Error(`No link: ${JSON.stringify(answer.errors)}`);
  const rssBefore = rssBytes(pid);
  let rssMax = rssBefore;
  const state = { running: true };
  const sampling = (async () => {
    while (state.running) {
      rssMax = Math.max(rssMax, rssBytes(pid));
      await sleep(SAMPLE_MS);
    }
  })();
  const started = performance.now();
  const file = await fetch(`${base}${url}`);
  if (file.status !== 200) throw new Error(`The download answered ${file.status}.`);
  const chunks: Buffer[] = [];
  for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  const seconds = (performance.now() - started) / 1000;
  state.running = false;
  await sampling;
  const body = Buffer.concat(chunks);
  return { run: { format, seconds, bytes: body.length, rssBefore, rssMax }, body };
}

/** Rows of every task sheet, read back with exceljs' streaming reader. */
async function countRows(body: Buffer): Promise<number> {
  const { Readable } = await import('node:stream');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([body]), { worksheets: 'emit', sharedStrings: 'cache' });
  let rows = 0;
  for await (const sheet of reader) {
    // The summaries come first; a task sheet's first cell is 序号.
    let task = false;
    for await (const row of sheet) {
      const first = (row.values as unknown[])[1];
      if (row.number === 1) task = first === '序号';
      else if (task) rows++;
    }
  }
  return rows;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const scale = parseScale(option('scale', '200k'));
  const databaseUrl = await generate(scale);
  const { server, base, token: tokenOf } = await startBuiltServer(databaseUrl);
  const token = await tokenOf('admin');
  try {
    const lines = [
      `## Export of every task at ${scale.label} (${new Date().toISOString().slice(0, 16)}Z)`,
      '',
      '| format | seconds | file MB | server RSS before, MB | server RSS max during, MB |',
      '| --- | --- | --- | --- | --- |',
    ];
    let readBack = 0;
    for (const format of ['XLSX', 'CSV'] as const) {
      const { run, body } = await downloadOnce(base, token, format, server.pid);
      lines.push(`| ${run.format} | ${run.seconds.toFixed(1)} | ${mb(run.bytes)} | ${mb(run.rssBefore)} | ${mb(run.rssMax)} |`);
      process.stderr.write(`${lines.at(-1)}\n`);
      if (format === 'XLSX') readBack = await countRows(body);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const tasks = (await client.query<{ n: string }>('select count(*) as n from reform_task')).rows[0]?.n;
    await client.end();
    lines.push('', `Task rows read back from the workbook: ${readBack}; tasks in the database: ${tasks}.`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.stop();
  }
}

await main();
