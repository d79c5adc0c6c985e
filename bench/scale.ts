// Scales and databases the benchmark shares between its scripts.

/** The PostgreSQL the benchmark creates its databases on (any database of it: only the server part is used). */
export const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface Scale {
  /** As written on the command line: 10k, 200k, 1M. */
  label: string;
  tasks: number;
  database: string;
}

const SCALE = /^([0-9]+)([kKmM]?)$/;

export function parseScale(text: string): Scale {
  const match = SCALE.exec(text.trim());
  if (!match) throw new Error(`A scale is a number of tasks such as 10k, 200k or 1M (got "${text}").`);
  const [, digits = '0', suffix = ''] = match;
  const tasks = Number(digits) * ({ k: 1_000, m: 1_000_000 }[suffix.toLowerCase()] ?? 1);
  if (tasks < 100) throw new Error(`A scale needs at least 100 tasks (got "${text}").`);
  return { label: text.trim(), tasks, database: `reform_graph_bench_${text.trim().toLowerCase()}` };
}

/** The URL of `database` on the benchmark's server. */
export function databaseUrl(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : process.argv[at + 1];
  return value ?? fallback;
}
