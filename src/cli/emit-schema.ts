import { readFileSync, writeFileSync } from 'node:fs';
import { buildAppSchema, printAppSchema } from '../schema.js';
import { valueObjectTypePolicies } from '../shared/graphql/type-policies.js';

// Writes schema/schema.graphql and schema/type-policies.json from the code; with --check, fails if
// the committed files differ.
const files = [
  { file: new URL('../../schema/schema.graphql', import.meta.url), text: await printAppSchema() },
  {
    file: new URL('../../schema/type-policies.json', import.meta.url),
    text: `${JSON.stringify(valueObjectTypePolicies(await buildAppSchema()), null, 2)}\n`,
  },
];
const check = process.argv.includes('--check');
let stale = false;
for (const { file, text } of files) {
  const name = file.pathname.split('/').slice(-2).join('/');
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing counts as different
    }
    if (committed !== text) {
      process.stderr.write(`${name} is not what the code emits: run \`npm run schema:emit\` and commit the result.\n`);
      stale = true;
    }
  } else {
    writeFileSync(file, text);
    process.stdout.write(`wrote ${name}\n`);
  }
}
if (stale) process.exit(1);
if (check) process.stdout.write('schema/ is current.\n');
