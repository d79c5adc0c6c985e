import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MetadataStorage } from '@mikro-orm/core';
import { buildAppSchema } from '../src/schema.js';
import { createLoaders } from '../src/context.js';
import { entities } from '../src/mikro-orm.config.js';
import { modules } from '../src/modules/index.js';
import type { AppModule } from '../src/shared/module.js';
import { MikroORM } from '@mikro-orm/postgresql';

// The shape of the code, checked from the files themselves: every module is in the one list, the
// platform builds everything from that list, and no module reaches into another's files.

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const src = path.join(root, 'src');
const modulesDir = path.join(src, 'modules');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** Each relative import of a source file, resolved to the .ts file it names. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .filter((m) => m[2]!.startsWith('.'))
    .map((m) => ({ target: path.resolve(path.dirname(file), m[2]!.replace(/\.js$/, '.ts')), typeOnly: Boolean(m[1]) }));
}

const sourceFiles = filesUnder(src);
const graph = new Map(sourceFiles.map((file) => [file, importsOf(file)]));
/** The module folder a file belongs to; null for the platform, shared/ and the module list itself. */
const moduleOf = (file: string) => {
  const parts = path.relative(modulesDir, file).split(path.sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0]! : null;
};
const folders = readdirSync(modulesDir).filter((name) => statSync(path.join(modulesDir, name)).isDirectory());

describe('the module list', () => {
  it('names every module folder once, each by the descriptor its index.ts exports', async () => {
    const described = new Set<AppModule>();
    for (const folder of folders) {
      const exports = (await import(path.join(modulesDir, folder, 'index.ts'))) as Record<string, unknown>;
      const descriptors = Object.values(exports).filter((value) => modules.includes(value as AppModule)) as AppModule[];
      expect(descriptors, `${folder}/index.ts exports a descriptor that src/modules/index.ts lists`).toHaveLength(1);
      described.add(descriptors[0]!);
    }
    expect(described.size).toBe(modules.length);
    expect(new Set(modules.map((m) => m.name)).size).toBe(modules.length);
  });

  it('gives the ORM every entity class a module defines, and nothing else', () => {
    // Every class with a table (@Entity); base classes that only declare shared columns have none.
    const declared = new Set(
      Object.entries(MetadataStorage.getMetadata())
        .filter(([, meta]) => meta.tableName)
        .map(([key]) => key.split('-')[0]),
    );
    const listed = new Set(entities.map((e) => e.name));
    expect([...listed].sort()).toEqual([...declared].sort());
  });

  it('builds the schema, the loaders and the error codes from the list alone', async () => {
    const schema = await buildAppSchema(modules);
    const codes = schema.getType('UserErrorCode');
    for (const module of modules) {
      for (const code of Object.keys(module.errorCodes ?? {})) {
        expect(codes?.toString() && (codes as import('graphql').GraphQLEnumType).getValue(code), code).toBeTruthy();
      }
    }
    const orm = await MikroORM.init({
      entities,
      clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
      connect: false,
      discovery: { requireEntitiesArray: true },
    });
    try {
      const loaders = createLoaders(orm.em.getKnex()) as unknown as Record<string, unknown>;
      expect(Object.keys(loaders).sort()).toEqual(
        modules
          .filter((m) => m.loaders)
          .map((m) => m.name)
          .sort(),
      );
    } finally {
      await orm.close();
    }
  });
});

describe('imports', () => {
  it('cross into another module only through its index.ts', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = moduleOf(file);
      for (const { target } of imports) {
        const to = moduleOf(target);
        if (to && to !== from && target !== path.join(modulesDir, to, 'index.ts'))
          wrong.push(`${path.relative(src, file)} → ${path.relative(src, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never go from shared/ to a module or to the platform (bar the type of the settings)', () => {
    const shared = path.join(src, 'shared') + path.sep;
    const settings = path.join(src, 'config.ts');
    const wrong = [...graph].flatMap(([file, imports]) =>
      file.startsWith(shared)
        ? imports
            .filter((i) => !i.target.startsWith(shared) && !(i.target === settings && i.typeOnly))
            .map((i) => `${path.relative(src, file)} → ${path.relative(src, i.target)}`)
        : [],
    );
    expect(wrong).toEqual([]);
  });

  it('form no circle, type imports included, but for an entity pair’s own two-way relation', () => {
    // Tarjan's strongly connected components over every import.
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (file: string) => {
      index.set(file, next);
      low.set(file, next++);
      stack.push(file);
      onStack.add(file);
      for (const { target } of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(path.relative(src, member));
        } while (member !== file);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    const entityPairs = (component: string[]) =>
      component.every((f) => f.endsWith('.entity.ts')) && new Set(component.map((f) => path.dirname(f))).size === 1;
    expect(circles.filter((c) => !entityPairs(c))).toEqual([]);
  });
});
