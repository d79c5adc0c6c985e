import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { examples } from '../explorer/examples.js';
import { clientDocuments, MANIFEST_FILE, manifestText, printedDocuments } from '../shared/graphql/trusted-documents.js';

// Run by `npm run codegen` after graphql-codegen: writes schema/trusted-documents.json, the documents
// this project's own clients send, each under its sha256. With --check, fails if the committed file
// differs. The tests' documents are read from test/generated/graphql.ts and printed the way the tests
// send them; the explorer's example tabs are sent as written; other clients' documents come from
// trusted-documents/*.json.

/** The manifest's text for these generated typed documents, the explorer's examples and the client files. */
export function expectedManifest(generated: Record<string, unknown>): string {
  return manifestText([...printedDocuments(generated), ...examples.map((example) => example.query), ...clientDocuments()]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const generated = (await import(new URL('../../test/generated/graphql.ts', import.meta.url).href)) as Record<string, unknown>;
  const text = expectedManifest(generated);
  const name = path.relative(process.cwd(), MANIFEST_FILE);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(MANIFEST_FILE, 'utf8');
    } catch {
      // missing counts as different
    }
    if (committed !== text) {
      process.stderr.write(`${name} is not what the clients send: run \`npm run codegen\` and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write(`${name} is current.\n`);
  } else {
    writeFileSync(MANIFEST_FILE, text);
    process.stdout.write(`wrote ${name} (${Object.keys(JSON.parse(text) as object).length} documents)\n`);
  }
}
