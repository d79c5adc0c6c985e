import { readdirSync, readFileSync } from 'node:fs';
import { parse, specifiedRules, validate, LoneAnonymousOperationRule, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';

// Every GraphQL example in the README and docs/ is valid against the schema as the code builds it,
// so no example a newcomer copies is out of date.

const root = new URL('..', import.meta.url);
const pages = ['README.md', ...readdirSync(new URL('docs/', root)).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));
const schema = await buildAppSchema();
// A block may hold several anonymous operations side by side; each is checked on its own.
const rules = specifiedRules.filter((rule) => rule !== LoneAnonymousOperationRule);

describe('the examples in the docs', () => {
  it.each(pages)('%s: every graphql block is valid against the schema', (page) => {
    const text = readFileSync(new URL(page, root), 'utf8');
    const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const problems: string[] = [];
    for (const block of blocks) {
      const document: DocumentNode = parse(block);
      for (const definition of document.definitions) {
        const errors = validate(schema, { kind: document.kind, definitions: [definition] }, rules);
        problems.push(...errors.map((e) => `${page}: ${e.message}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
