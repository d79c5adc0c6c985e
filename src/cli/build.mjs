// Builds dist/ from src/ and migrations/ the way tsc lays it out (src/x.ts -> dist/x.js,
// migrations/x.ts -> dist/migrations/x.js), but transpile-only: swc turns each file into JavaScript
// on its own, in parallel, without type-checking. Types are checked by `npm run typecheck`.
//
//   node src/cli/build.mjs             build
//   node src/cli/build.mjs --if-stale  build only when dist/ is missing or a source changed since the last build
//
// `npm start` (start.mjs) calls build({ ifStale: true }) in its own process. Plain JavaScript, so
// that it runs before anything is built and stays out of tsc's program.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildExplorer, explorerDir, explorerSources } from './build-explorer.mjs';
import { fingerprint, loadBuildTool, root, stampMatches, walk } from './files.mjs';

const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.build-stamp');
/** Source folders and where their files land, as tsconfig.json and migrations/tsconfig.json say. */
const trees = [
  // The explorer's browser code is bundled by build-explorer.mjs, not transpiled for Node.
  { from: path.join(root, 'src'), to: dist, skip: [explorerSources] },
  { from: path.join(root, 'migrations'), to: path.join(dist, 'migrations'), skip: [] },
];
/** Files outside the trees whose change means a rebuild. */
const settings = ['package.json', 'tsconfig.json', 'migrations/tsconfig.json'].map((file) => path.join(root, file));

/**
 * The sources to transpile, and a fingerprint of everything that decides the build: the path, size
 * and modification time of each file and folder. Any edit, addition, removal or rename changes it.
 */
async function scan() {
  const sources = [];
  const entries = [...settings.map((file) => ({ path: file, isFile: true }))];
  for (const tree of trees) {
    for (const entry of await walk(tree.from, { skip: tree.skip })) {
      entries.push(entry);
      if (entry.isFile && entry.path.endsWith('.ts') && !entry.path.endsWith('.d.ts')) {
        const relative = path.relative(tree.from, entry.path);
        sources.push({ file: entry.path, out: path.join(tree.to, relative.replace(/\.ts$/, '.js')) });
      }
    }
  }
  return { sources, fingerprint: await fingerprint(entries) };
}

async function isCurrent(fingerprint) {
  return existsSync(path.join(dist, 'main.js')) && (await stampMatches(stampFile, fingerprint));
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
  // dist/explorer/ is build-explorer.mjs's, with a stamp of its own.
  const entries = await walk(dist, { skip: [explorerDir] });
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
  const swc = await loadBuildTool('@swc/core');
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

/**
 * Transpiles src/ and migrations/ into dist/ and bundles the explorer into dist/explorer/; with
 * `ifStale`, each only when something it is built from changed since its last build.
 */
export async function build({ ifStale = false } = {}) {
  const { sources, fingerprint } = await scan();
  if (!ifStale || !(await isCurrent(fingerprint))) await transpile(sources, fingerprint);
  await buildExplorer({ ifStale });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build({ ifStale: process.argv.includes('--if-stale') });
}
