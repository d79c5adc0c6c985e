// What build.mjs and build-explorer.mjs share: listing a tree and fingerprinting what a build reads.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every file and folder under `dir` (folders too: adding, removing or renaming a file changes its folder's mtime). */
export async function walk(dir, { skip = [] } = {}) {
  const found = [{ path: dir, isFile: false }];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.includes(full)) continue;
    if (entry.isDirectory()) found.push(...(await walk(full, { skip })));
    else if (entry.isFile()) found.push({ path: full, isFile: true });
  }
  return found;
}

/** A fingerprint of the path, size and modification time of each entry: any edit, addition, removal or rename changes it. */
export async function fingerprint(entries) {
  const lines = await Promise.all(
    entries.map(async (entry) => {
      const { size, mtimeMs } = await stat(entry.path);
      return `${path.relative(root, entry.path)}\0${size}\0${mtimeMs}`;
    }),
  );
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

/** Whether the stamp a build wrote (JSON with a `fingerprint`) records this fingerprint. */
export async function stampMatches(stampFile, print) {
  try {
    return JSON.parse(await readFile(stampFile, 'utf8')).fingerprint === print;
  } catch {
    return false;
  }
}

/** A build tool from the devDependencies, or a clear word and exit when `npm ci` has not installed it. */
export async function loadBuildTool(name) {
  try {
    return await import(name);
  } catch (error) {
    process.stderr.write(
      `build: cannot load ${name} (${error.message}).\nRun \`npm ci\`: it installs the devDependencies, ${name} among them.\n`,
    );
    process.exit(1);
  }
}
