import { writeFileSync, readFileSync } from 'node:fs';
import { printAppSchema } from '../schema.js';

// Writes schema/schema.graphql from the code; with --check, fails if the committed file differs.
const file = new URL('../../schema/schema.graphql', import.meta.url);
const sdl = await printAppSchema();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing counts as different
  }
  if (committed !== sdl) {
    process.stderr.write('schema/schema.graphql is not what the code emits: run `npm run schema:emit` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is current.\n');
} else {
  writeFileSync(file, sdl);
  process.stdout.write('wrote schema/schema.graphql\n');
}
