// Bundles the explorer (GraphiQL, its explorer plugin, Monaco's workers and every font) from npm
// packages into dist/explorer/, so that the page the server serves at /graphql loads nothing from
// any other origin. File names carry a hash of their content; manifest.json names the entry files
// and records what the bundle was built from.
//
//   node src/cli/build-explorer.mjs    build (build.mjs calls this too)
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { fingerprint, loadBuildTool, root, stampMatches, walk } from './files.mjs';

export const explorerSources = path.join(root, 'src', 'explorer');
export const explorerDir = path.join(root, 'dist', 'explorer');
const manifestFile = path.join(explorerDir, 'manifest.json');
/** Besides the sources: the installed versions and this script. */
const inputs = [path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];

/** Monaco's workers, one file each; the page names them to `MonacoEnvironment.getWorker` by label. */
const workers = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

async function currentFingerprint() {
  return fingerprint([...(await walk(explorerSources)), ...inputs.map((file) => ({ path: file, isFile: true }))]);
}

const FONT_URL = /url\(\s*(["']?)data:font\/(woff2|woff|ttf|otf);base64,([A-Za-z0-9+/=]+)\1\s*\)/g;

/**
 * GraphiQL's style sheets carry their fonts inline as data: URLs. The page's CSP allows fonts from
 * its own origin only (font-src 'self'), so each is written out as a file of its own, which the
 * bundler then copies into dist/explorer/ under a hashed name.
 */
function fontFilesPlugin(cacheDir) {
  return {
    name: 'font-files',
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        const css = await readFile(args.path, 'utf8');
        if (!css.includes('data:font/')) return undefined;
        await mkdir(cacheDir, { recursive: true });
        const writes = [];
        const contents = css.replace(FONT_URL, (_match, _quote, format, data) => {
          const bytes = Buffer.from(data, 'base64');
          const file = path.join(cacheDir, `font-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${format}`);
          writes.push(writeFile(file, bytes));
          return `url("${path.relative(path.dirname(args.path), file).split(path.sep).join('/')}")`;
        });
        await Promise.all(writes);
        return { contents, loader: 'css', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/** The output files (relative to the project) that the bundler made for each entry point. */
function outputsByEntry(metafile) {
  const byEntry = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint) byEntry[output.entryPoint] = { js: file, css: output.cssBundle };
  }
  return byEntry;
}

async function bundle(print) {
  const started = performance.now();
  const esbuild = await loadBuildTool('esbuild');
  await rm(explorerDir, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    outdir: explorerDir,
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
    target: ['es2022'],
    define: { 'process.env.NODE_ENV': '"production"' },
  };

  // Classic (IIFE) workers: `new Worker(url)` needs no module-worker support.
  const workerBuild = await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(workers).map(([label, file]) => [`${label}.worker`, file])),
    entryNames: '[name]-[hash]',
    format: 'iife',
  });
  const workerFiles = {};
  for (const output of Object.keys(workerBuild.metafile.outputs)) {
    const name = path.relative(explorerDir, path.resolve(root, output));
    const label = Object.keys(workers).find((l) => name.startsWith(`${l}.worker-`) && name.endsWith('.js'));
    if (label) workerFiles[label] = `/explorer/${name}`;
  }

  const pageBuild = await esbuild.build({
    ...common,
    entryPoints: { explorer: path.join(explorerSources, 'main.tsx') },
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    format: 'esm',
    splitting: true,
    jsx: 'automatic',
    loader: { '.ttf': 'file', '.woff2': 'file', '.woff': 'file', '.otf': 'file' },
    define: { ...common.define, EXPLORER_WORKERS: JSON.stringify(workerFiles) },
    plugins: [fontFilesPlugin(path.join(root, 'node_modules', '.cache', 'explorer-fonts'))],
  });
  const entry = outputsByEntry(pageBuild.metafile)[path.relative(root, path.join(explorerSources, 'main.tsx')).split(path.sep).join('/')];
  const relative = (file) => path.relative(explorerDir, path.resolve(root, file));
  const files = [...Object.keys(workerBuild.metafile.outputs), ...Object.keys(pageBuild.metafile.outputs)].map(relative);
  // Style sheets of lazily loaded chunks (Monaco's) are not loaded by the chunks themselves: the page links them all.
  const chunkStyles = files.filter((file) => file.endsWith('.css') && file !== (entry.css && relative(entry.css)));
  const manifest = {
    fingerprint: print,
    script: relative(entry.js),
    styles: [...(entry.css ? [relative(entry.css)] : []), ...chunkStyles.sort()],
    files: files.sort(),
  };
  // Served as they are to a browser that takes gzip (all do): about a quarter of the bytes.
  const compress = promisify(gzip);
  await Promise.all(
    files
      .filter((file) => /\.(js|css|ttf)$/.test(file))
      .map(async (file) => {
        const full = path.join(explorerDir, file);
        await writeFile(`${full}.gz`, await compress(await readFile(full), { level: constants.Z_BEST_COMPRESSION }));
      }),
  );
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(`build: explorer bundled into dist/explorer/ in ${seconds} s (${files.length} files)\n`);
}

/** Bundles the explorer; with `ifStale`, only when dist/explorer/ is missing or its sources or installed packages changed. */
export async function buildExplorer({ ifStale = false } = {}) {
  const print = await currentFingerprint();
  if (ifStale && (await stampMatches(manifestFile, print))) return;
  await bundle(print);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExplorer({ ifStale: process.argv.includes('--if-stale') });
}
