import { readdirSync, readFileSync } from 'node:fs';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/explorer/examples.js';
import { buildAppSchema } from '../src/schema.js';
import { MAX_COST, MAX_DEPTH } from '../src/shared/graphql/complexity.js';
import { costOf, costWalk, estimateCost, isListField } from '../src/shared/graphql/cost.js';
import { documentLimitProblem } from '../src/shared/graphql/document-limits.js';
import type { FieldCost } from '../src/shared/graphql/field-cost.js';
import { startApp, type TestApp } from './support/app.js';

// The cost model: every object counted before anything runs, a refusal above the maximum, and the
// cost in every response. The schema walk holds the declared bounds to the demo data.

interface Reply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requested: number; actual: number; maximum: number; throttleStatus: unknown } };
}

async function ask(app: TestApp, query: string, variables?: Record<string, unknown>, as = 'viewer', language?: string): Promise<Reply> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await app.token(as)}`,
      ...(language ? { 'accept-language': language } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Reply, 'status'>) };
}

let schema: GraphQLSchema;
let app: TestApp;
beforeAll(async () => {
  schema = await buildAppSchema();
  app = await startApp();
});
afterAll(() => app.close());

/** Every field of every object and interface type of the application (introspection's own types aside). */
function appFields(): { parent: GraphQLCompositeType; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap()).flatMap((type) =>
    !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type))
      ? Object.values(type.getFields()).map((field) => ({ parent: type, field }))
      : [],
  );
}

/** A type is a connection when its lists are pages (`@Cost({ page: true })`). */
function isConnection(type: GraphQLCompositeType): boolean {
  return (
    (isObjectType(type) || isInterfaceType(type)) &&
    Object.values(type.getFields()).some((f) => (f.extensions.cost as FieldCost | undefined)?.page)
  );
}

describe('declarations', () => {
  it('every list field says how long it may be, and every connection field takes a page size', () => {
    const undeclared = appFields()
      .filter(({ parent, field }) => {
        const cost = costOf(schema, parent, field);
        return isListField(field) && cost.page === undefined && cost.items === undefined && cost.bound === undefined;
      })
      .map(({ parent, field }) => `${parent.name}.${field.name}`);
    expect(undeclared).toEqual([]);
    const unpaged = appFields()
      .filter(({ field }) => {
        const returns = getNamedType(field.type);
        return (
          isCompositeType(returns) && isConnection(returns) && !['first', 'last'].every((a) => field.args.some((arg) => arg.name === a))
        );
      })
      .map(({ parent, field }) => `${parent.name}.${field.name}`);
    expect(unpaged).toEqual([]);
  });

  it('our own clients’ operations (test operations, explorer examples) stay within every limit', () => {
    const documents = [
      ...readdirSync('test/operations').map((file) => ({
        name: file,
        text: readFileSync(`test/operations/${file}`, 'utf8'),
        variables: undefined,
      })),
      ...examples.map((e) => ({
        name: e.title,
        text: e.query,
        variables: e.variables ? (JSON.parse(e.variables) as Record<string, unknown>) : undefined,
      })),
    ];
    let operations = 0;
    for (const { name, text, variables } of documents) {
      const document = parse(text);
      const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        operations++;
        const sent = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
        const where = `${name}: ${operation.name?.value ?? 'anonymous'}`;
        expect(documentLimitProblem(sent), where).toBeUndefined();
        // Variables a test sets are unknown here: a page size left to a variable counts as the default page.
        const { cost, depth } = estimateCost(
          costWalk(schema, document.definitions, operation, variables),
          operation.selectionSet,
          schema.getRootType(operation.operation)!,
        );
        expect(cost, where).toBeLessThanOrEqual(MAX_COST);
        expect(depth, where).toBeLessThanOrEqual(MAX_DEPTH);
      }
    }
    expect(operations).toBeGreaterThan(100);
  });
});

describe('the cost of a query', () => {
  it('reports what a query may cost and what it did, counting every object and the weight of totalCount', async () => {
    const reply = await ask(
      app,
      '{ units(first: 3) { totalCount nodes { code parent { code } supportingTasks(first: 2) { nodes { code } } } } }',
    );
    expect(reply.errors).toBeUndefined();
    // units 1 + 3 nodes, each a parent (1) and a page (1 + 2 nodes); totalCount weighs 10.
    expect(reply.extensions?.cost).toMatchObject({
      requested: 1 + 3 + 3 * (1 + 1 + 2) + 10,
      maximum: MAX_COST,
      // The user's bucket after this request was charged (src/shared/limits/throttle.ts).
      throttleStatus: { remaining: expect.any(Number), restoreRate: app.config.limits.userRestorePerSecond },
    });
    const units = (reply.data!.units as { nodes: { parent: unknown; supportingTasks: { nodes: unknown[] } }[] }).nodes;
    const objects = 1 + units.length + units.reduce((n, u) => n + (u.parent ? 1 : 0) + 1 + u.supportingTasks.nodes.length, 0);
    expect(reply.extensions?.cost?.actual).toBe(objects + 10);
  });

  it('counts a plain list by its declared bound and nodes(ids:) by its ids', async () => {
    const ledger = (await ask(app, '{ ledgers(first: 1) { nodes { id } } }')).data!.ledgers as { nodes: { id: string }[] };
    const id = ledger.nodes[0]!.id;
    const reply = await ask(app, 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Ledger { sections { code } } } }', { ids: [id, id, id] });
    expect(reply.errors).toBeUndefined();
    // Three ledgers, each up to 20 sections (Ledger.sections declares 20).
    expect(reply.extensions?.cost?.requested).toBe(3 + 3 * 20);
    const sections = (reply.data!.nodes as { sections: unknown[] }[]).reduce((n, l) => n + l.sections.length, 0);
    expect(reply.extensions?.cost?.actual).toBe(3 + sections);
  });

  it('counts what came back once per object however the selection reaches it: aliases, inline fragments, a fragment spread twice', async () => {
    const reply = await ask(
      app,
      `{
        a: units(first: 3) { nodes { ...U ...U ... on Unit { code parent { code } } } }
        b: units(first: 2) { totalCount nodes { ...U } }
      }
      fragment U on Unit { code parent { name } }`,
    );
    expect(reply.errors).toBeUndefined();
    type Units = { nodes: { parent: unknown }[] };
    const { a, b } = reply.data as { a: Units; b: Units };
    // Each connection, each node, each parent that is there; totalCount weighs 10. The fragment
    // spread twice counts once; `parent`, selected by the fragment and again inline, counts for each
    // selection, as the estimate counts it.
    const parents = (units: Units) => units.nodes.filter((n) => n.parent !== null).length;
    const objects = (units: Units) => 1 + units.nodes.length + parents(units);
    expect(a.nodes.length).toBe(3);
    expect(parents(a)).toBeGreaterThan(0);
    expect(reply.extensions?.cost?.actual).toBe(objects(a) + parents(a) + objects(b) + 10);
  });

  it('counts a variable’s default as the value it stands for, and a missing page size as the default page', async () => {
    const nested = (n: string) =>
      `units(first: ${n}) { nodes { children(first: ${n}) { nodes { children(first: ${n}) { nodes { code } } } } } }`;
    const literal = await ask(app, `{ ${nested('100')} }`);
    const byDefault = await ask(app, `query($n: Int = 100) { ${nested('$n')} }`);
    for (const refused of [literal, byDefault]) {
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors?.[0]?.message).toBe(
        `The query costs ${1 + 100 + 100 + 100 * 100 + 100 * 100 + 100 * 100 * 100} points (objects it may return, plus the weight of expensive fields); at most ${MAX_COST} are allowed: ask for smaller pages, fewer nested lists or fewer aliases.`,
      );
      expect(refused.data).toBeUndefined();
    }
    expect(byDefault.extensions?.cost?.requested).toBe(literal.extensions?.cost?.requested);
    // A value sent overrides the default.
    expect((await ask(app, `query($n: Int = 100) { ${nested('$n')} }`, { n: 2 })).extensions?.cost?.requested).toBe(1 + 2 + 2 + 4 + 4 + 8);
    // No `first` is the default page of 50.
    const omitted = await ask(app, '{ units { nodes { children { nodes { code } } } } }');
    expect(omitted.extensions?.cost?.requested).toBe(1 + 50 + 50 + 2_500);
    const zh = await ask(app, `{ ${nested('100')} }`, undefined, 'viewer', 'zh-CN');
    expect(zh.errors?.[0]?.message).toMatch(/^查询的成本为 \d+ 点/);
  });

  it('charges mutations their declared weight', async () => {
    const refused = await ask(
      app,
      'mutation { createUnit(input: { code: "X-COST", name: "x", kind: COURT, level: COUNTY }) { userErrors { field } } }',
    );
    // A mutation weighs 10 unless it declares more; its payload and up to 20 user errors count as objects.
    expect(refused.extensions?.cost?.requested).toBe(10 + 1 + 20);
  });
});

/** One step from a type to a field of it, on the shortest way from Query to a type. */
interface Step {
  parent: GraphQLCompositeType;
  field: GraphQLField<unknown, unknown>;
}

describe('every list in the schema, against the demo data', () => {
  it('estimates at least what comes back, and exactly that where every list is full', async () => {
    const ids = async (connection: string) =>
      (
        (await ask(app, `{ ${connection}(first: 1) { nodes { id } } }`, undefined, 'admin')).data![connection] as {
          nodes: { id: string }[];
        }
      ).nodes[0]!.id;
    // The arguments a field requires, from the demo data; a field requiring others is not walked.
    const required: Record<string, string> = {
      'Query.ledgerSummary': `ledgerId: "${await ids('ledgers')}"`,
      'Query.unitWorkload': `unitId: "${await ids('units')}"`,
      'Query.regionRanking': 'year: 2021',
    };
    const argsOf = (step: Step) => {
      const key = `${step.parent.name}.${step.field.name}`;
      if (key in required) return required[key]!;
      return step.field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) ? undefined : '';
    };

    // Shortest ways from Query to each type, through fields whose required arguments are known.
    const query = schema.getQueryType()!;
    const ways = new Map<string, Step[]>([[query.name, []]]);
    const queue: GraphQLCompositeType[] = [query];
    for (let type = queue.shift(); type; type = queue.shift()) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (!isCompositeType(named) || argsOf({ parent: type, field }) === undefined) continue;
        // A connection leads to its nodes' type (through `nodes`).
        const returns = isConnection(named) ? getNamedType((named as GraphQLObjectType).getFields().nodes!.type) : named;
        if (!isObjectType(returns) || ways.has(returns.name)) continue;
        ways.set(returns.name, [...ways.get(type.name)!, { parent: type, field }]);
        queue.push(returns);
      }
    }

    const select = (step: Step, inner: string, page: number) => {
      const given = argsOf(step)!;
      const returns = getNamedType(step.field.type) as GraphQLCompositeType;
      if (isConnection(returns)) return `${step.field.name}(first: ${page}${given ? `, ${given}` : ''}) { nodes { ${inner} } }`;
      return `${step.field.name}${given ? `(${given})` : ''} { ${inner} }`;
    };
    /** Whether the data along the way is there and every list on it as long as the estimate assumed. */
    const full = (value: unknown, steps: Step[], sizes: number[]): boolean => {
      if (steps.length === 0) return true;
      const [step, ...rest] = steps;
      const returns = getNamedType(step!.field.type) as GraphQLCompositeType;
      let item = (value as Record<string, unknown> | null)?.[step!.field.name];
      if (item == null) return false;
      if (isConnection(returns)) item = (item as { nodes: unknown[] }).nodes;
      if (Array.isArray(item)) return item.length === sizes[0] && item.every((i) => full(i, rest, sizes.slice(1)));
      return full(item, rest, sizes.slice(1));
    };

    const checked: string[] = [];
    const exact: string[] = [];
    for (const [typeName, way] of ways) {
      const type = schema.getType(typeName) as GraphQLCompositeType;
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const returns = getNamedType(field.type);
        const target: Step = { parent: type, field };
        const connection = isCompositeType(returns) && isConnection(returns);
        if (!isCompositeType(returns) || !(connection || isListField(field)) || argsOf(target) === undefined) continue;
        // Lists above hold one item (a page of 1) where they can; the list under test a page of 2 or its bound.
        const steps = [...way, target];
        const sizes = steps.map((s, i) => {
          const cost = costOf(schema, s.parent, s.field);
          if (isConnection(getNamedType(s.field.type) as GraphQLCompositeType)) return i === steps.length - 1 ? 2 : 1;
          return isListField(s.field) ? (cost.bound ?? 0) : 1;
        });
        let text = '__typename';
        for (let i = steps.length - 1; i >= 0; i--) text = select(steps[i]!, text, sizes[i]!);
        const reply = await ask(app, `{ ${text} }`, undefined, 'admin');
        const name = `${type.name}.${field.name}`;
        expect(reply.errors, name).toBeUndefined();
        const { requested, actual } = reply.extensions!.cost!;
        expect(requested, name).toBeGreaterThanOrEqual(actual);
        checked.push(name);
        if (full(reply.data, steps, sizes)) {
          // Every list as long as assumed and nothing null: the estimate is the cost (factor 1).
          expect(requested, name).toBe(actual);
          exact.push(name);
        }
      }
    }
    // The walk reaches most lists; each connection on the way is a full page in the demo data.
    expect(checked.length).toBeGreaterThan(40);
    expect(exact.length).toBeGreaterThan(15);
  });
});
