// Builds dist/ from src/ and migrations/ the way tsc lays it out (src/x.ts -> dist/x.js,
// migrations/x.ts -> dist/migrations/x.js), but transpile-only: swc turns each file into JavaScript
// on its own, in parallel, without type-checking. Types are checked by `npm run typecheck`.
//
//   node src/cli/build.mjs             build
//   node src/cli/build.mjs --if-stale  build only when dist/ is missing or a source changed since the last build
//
// `npm start` (start.mjs) calls build({ ifStale: true }) in its own process. Plain JavaScript, so
// that it runs before anything is built and stays out of tsc's program.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.build-stamp');
/** Source folders and where their files land, as tsconfig.json and migrations/tsconfig.json say. */
const trees = [
  { from: path.join(root, 'src'), to: dist },
  { from: path.join(root, 'migrations'), to: path.join(dist, 'migrations') },
];
/** Files outside the trees whose change means a rebuild. */
const settings = ['package.json', 'tsconfig.json', 'migrations/tsconfig.json'].map((file) => path.join(root, file));

/** Every file and folder under `dir` (folders too: adding, removing or renaming a file changes its folder's mtime). */
async function walk(dir) {
  const found = [{ path: dir, isFile: false }];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (entry.isFile()) found.push({ path: full, isFile: true });
  }
  return found;
}

/**
 * The sources to transpile, and a fingerprint of everything that decides the build: the path, size
 * and modification time of each file and folder. Any edit, addition, removal or rename changes it.
 */
async function scan() {
  const sources = [];
  const entries = [...settings.map((file) => ({ path: file, isFile: true }))];
  for (const tree of trees) {
    for (const entry of await walk(tree.from)) {
      entries.push(entry);
      if (entry.isFile && entry.path.endsWith('.ts') && !entry.path.endsWith('.d.ts')) {
        const relative = path.relative(tree.from, entry.path);
        sources.push({ file: entry.path, out: path.join(tree.to, relative.replace(/\.ts$/, '.js')) });
      }
    }
  }
  const lines = await Promise.all(
    entries.map(async (entry) => {
      const { size, mtimeMs } = await stat(entry.path);
      return `${path.relative(root, entry.path)}\0${size}\0${mtimeMs}`;
    }),
  );
  const fingerprint = createHash('sha256').update(lines.sort().join('\n')).digest('hex');
  return { sources, fingerprint };
}

async function isCurrent(fingerprint) {
  if (!existsSync(path.join(dist, 'main.js'))) return false;
  try {
    return JSON.parse(await readFile(stampFile, 'utf8')).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

async function loadSwc() {
  try {
    return await import('@swc/core');
  } catch (error) {
    process.stderr.write(
      `build: cannot load @swc/core (${error.message}).\nRun \`npm ci\`: it installs the devDependencies, swc among them.\n`,
    );
    process.exit(1);
  }
}

/** The compiler options of tsconfig.json, in swc's words. */
function swcOptions(source) {
  return {
    filename: source.file,
    swcrc: false,
    configFile: false,
    isModule: true,
    sourceMaps: true,
    inlineSourcesContent: false,
    sourceFileName: path.relative(path.dirname(source.out), source.file),
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2022',
      keepClassNames: true,
      transform: {
        legacyDecorator: true, // experimentalDecorators
        decoratorMetadata: true, // emitDecoratorMetadata
        useDefineForClassFields: false,
      },
    },
    // ESM in, ESM out: import specifiers (`./x.js`) stay as written.
    module: { type: 'es6' },
  };
}

/** Deletes what an earlier build left in dist/ that no source produces any more. */
async function removeStale(keep) {
  if (!existsSync(dist)) return 0;
  let removed = 0;
  const entries = await walk(dist);
  for (const entry of entries) {
    if (entry.isFile && !keep.has(entry.path)) {
      await rm(entry.path);
      removed++;
    }
  }
  // Deepest folders first, so that a folder emptied by its children goes too.
  for (const entry of entries.filter((e) => !e.isFile && e.path !== dist).reverse()) {
    if ((await readdir(entry.path)).length === 0) await rmdir(entry.path);
  }
  return removed;
}

async function transpile(sources, fingerprint) {
  const started = performance.now();
  const swc = await loadSwc();
  await rm(stampFile, { force: true });
  const folders = new Set(sources.map((source) => path.dirname(source.out)));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));

  const keep = new Set([stampFile]);
  const failures = [];
  // swc's async API transpiles on libuv's thread pool, so these run side by side.
  await Promise.all(
    sources.map(async (source) => {
      try {
        const { code, map } = await swc.transformFile(source.file, swcOptions(source));
        const mapFile = `${source.out}.map`;
        await Promise.all([
          writeFile(source.out, `${code.trimEnd()}\n//# sourceMappingURL=${path.basename(mapFile)}\n`),
          writeFile(mapFile, map ?? ''),
        ]);
        keep.add(source.out).add(mapFile);
      } catch (error) {
        // swc's message shows the offending line; its Rust backtrace helps nobody here.
        const message = (error instanceof Error ? error.message : String(error)).split(/\n\s*(?:Caused by:|Stack backtrace:)/)[0];
        failures.push(`${path.relative(root, source.file)}: ${message.trim()}`);
      }
    }),
  );
  if (failures.length > 0) {
    process.stderr.write(`build: ${failures.length} file(s) could not be transpiled:\n${failures.join('\n')}\n`);
    process.exit(1);
  }
  const removed = await removeStale(keep);
  await writeFile(stampFile, `${JSON.stringify({ fingerprint, files: sources.length })}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `build: ${sources.length} files transpiled to dist/ in ${seconds} s (swc, no type-check: \`npm run typecheck\`)` +
      (removed ? `; ${removed} stale file(s) removed` : '') +
      '\n',
  );
}

/** Transpiles src/ and migrations/ into dist/; with `ifStale`, only when something changed since the last build. */
export async function build({ ifStale = false } = {}) {
  const { sources, fingerprint } = await scan();
  if (ifStale && (await isCurrent(fingerprint))) return;
  await transpile(sources, fingerprint);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build({ ifStale: process.argv.includes('--if-stale') });
}
