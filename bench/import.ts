import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { generate } from './generate.js';
import { rssBytes, startBuiltServer } from './processes.js';
import { databaseUrl, option, parseScale, serverUrl } from './scale.js';

// `npm run build && npm run bench:import -- --scale 10k --rows 10000`: the largest ledger of a copy of
// the scale's database, exported, then imported back into the built server in production mode: its own
// export as it is (a dry run and an apply, every row unchanged), then with `rows` new rows (an apply
// creating them). Each import is timed from the mutation to its end while the server's RSS is sampled,
// and the distinct `processed` values a client polling `importJob` saw are counted.

const SAMPLE_MS = 50;

interface Client {
  base: string;
  token: string;
}

async function graph<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${client.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown };
  if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function uploadFile(client: Client, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), '台账.xlsx');
  const response = await fetch(`${client.base}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'apollo-require-preflight': '1' },
    body: form,
  });
  const answer = (await response.json()) as { file?: { id: string } };
  if (!answer.file) throw new Error(`Upload answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer.file.id;
}

interface Job {
  status: string;
  total: number;
  processed: number;
  created: number;
  changed: number;
  unchanged: number;
  refused: number;
}

async function importOnce(client: Client, pid: number, ledgerId: string, bytes: Buffer, mode: 'DRY_RUN' | 'APPLY') {
  const fileId = await uploadFile(client, bytes);
  const rssBefore = rssBytes(pid);
  let rssMax = rssBefore;
  const started = performance.now();
  const { startLedgerImport } = await graph<{ startLedgerImport: { importJob: { id: string } | null; userErrors: unknown[] } }>(
    client,
    `mutation($input: StartLedgerImportInput!) { startLedgerImport(input: $input) { importJob { id } userErrors { code message } } }`,
    { input: { ledgerId, fileId, mode } },
  );
  const id = startLedgerImport.importJob?.id;
  if (!id) throw new Error(JSON.stringify(startLedgerImport.userErrors));
  const answered = performance.now() - started;
  const seen = new Set<number>();
  let job: Job;
  for (;;) {
    rssMax = Math.max(rssMax, rssBytes(pid));
    ({ importJob: job } = await graph<{ importJob: Job }>(
      client,
      `query($id: ID!) { importJob(id: $id) { status total processed created changed unchanged refused } }`,
      { id },
    ));
    seen.add(job.processed);
    if (job.status !== 'QUEUED' && job.status !== 'RUNNING') break;
    await sleep(SAMPLE_MS);
  }
  const seconds = (performance.now() - started) / 1000;
  return { mode, job, seconds, answeredMs: answered, progressValues: seen.size, rssBefore, rssMax };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const scale = parseScale(option('scale', '10k'));
  const added = Number(option('rows', '10000'));
  const source = await generate(scale);
  // A copy: the imports add tasks, which the other benchmarks must not see.
  const copy = `${new URL(source).pathname.slice(1)}_import`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${copy}`);
  await admin.query(`create database ${copy} template ${new URL(source).pathname.slice(1)}`);
  await admin.end();
  const url = databaseUrl(copy);
  const { server, base, token } = await startBuiltServer(url);
  try {
    const client: Client = { base, token: await token('staff') };
    const { ledgers } = await graph<{ ledgers: { nodes: { id: string; code: string; sections: { tasks: { totalCount: number } }[] }[] } }>(
      client,
      `{ ledgers(first: 20) { nodes { id code sections { tasks(first: 1) { totalCount } } } } }`,
    );
    const size = (l: (typeof ledgers.nodes)[number]) => l.sections.reduce((n, s) => n + s.tasks.totalCount, 0);
    const [ledger] = [...ledgers.nodes].sort((a, b) => size(b) - size(a));
    if (!ledger) throw new Error('The database has no ledger.');
    const { ledgerExport } = await graph<{ ledgerExport: { url: string } }>(
      client,
      `query($id: ID!) { ledgerExport(ledgerId: $id) { url } }`,
      {
        id: ledger.id,
      },
    );
    const exported = Buffer.from(await (await fetch(`${client.base}${ledgerExport.url}`)).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((s) => s.getCell('C1').value === '任务编号');
    if (!sheet) throw new Error('The export has no task sheet.');
    const template = (sheet.getRow(2).values as unknown[]).slice(1);
    for (let i = 0; i < added; i++) {
      const row = sheet.addRow(template);
      row.getCell(3).value = `IMPORT-${String(i).padStart(6, '0')}`;
      row.getCell(4).value = `导入的任务 ${i}`;
    }
    const grown = Buffer.from(await book.xlsx.writeBuffer());
    const lines = [
      `## Import into ledger ${ledger.code} (${size(ledger)} tasks) at ${scale.label} (${new Date().toISOString().slice(0, 16)}Z)`,
      '',
      '| workbook | mode | rows | created | unchanged | answer, ms | to the end, s | progress values seen | server RSS before, MB | max during, MB |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const [name, bytes, mode] of [
      ['its own export', exported, 'DRY_RUN'],
      ['its own export', exported, 'APPLY'],
      [`with ${added} new rows`, grown, 'DRY_RUN'],
      [`with ${added} new rows`, grown, 'APPLY'],
    ] as const) {
      const run = await importOnce(client, server.pid, ledger.id, bytes, mode);
      if (run.job.status !== 'SUCCEEDED') throw new Error(`The import ended ${run.job.status}.`);
      lines.push(
        `| ${name} | ${mode} | ${run.job.total} | ${run.job.created} | ${run.job.unchanged} | ${run.answeredMs.toFixed(0)} | ${run.seconds.toFixed(1)} | ${run.progressValues} | ${mb(run.rssBefore)} | ${mb(run.rssMax)} |`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.stop();
  }
}

await main();
