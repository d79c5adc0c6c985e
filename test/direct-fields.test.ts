import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { graphql, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { buildAppSchema } from '../src/schema.js';
import { callFieldResolversDirectly, readPlainFieldsDirectly } from '../src/shared/graphql/direct-fields.js';
import { rememberValidDates } from '../src/shared/graphql/local-date.js';

// What the schema does to spare execution type-graphql's per-field wrapping (direct-fields.ts) and
// the date check's work on dates it has already passed (local-date.ts). That every answer stays the
// same is what the rest of the suite shows: it runs through these schemas.

const fieldOf = (schema: GraphQLSchema, type: string, field: string) => {
  const found = schema.getType(type);
  if (!isObjectType(found)) throw new Error(`${type} is not an object type`);
  const definition = found.getFields()[field];
  if (!definition) throw new Error(`${type}.${field} is not in the schema`);
  return definition;
};

@ObjectType()
class Probe {
  @Field()
  plain!: string;

  @Field()
  @UseMiddleware(async (_, next) => `guarded ${String(await next())}`)
  guarded!: string;

  @Field({ name: 'renamed' })
  inner!: string;
}

@ObjectType()
@UseMiddleware(async (_, next) => `class-guarded ${String(await next())}`)
class GuardedProbe {
  @Field()
  plain!: string;
}

/** A root of the right shape that is not a Probe: type-graphql copies it into one before calling. */
const plainRoot = { plain: 'p', guarded: 'g', inner: 'i' };

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe)
  probe(): Probe {
    return Object.assign(new Probe(), plainRoot);
  }

  @Query(() => Probe)
  plainProbe(): Probe {
    return { ...plainRoot };
  }

  @Query(() => GuardedProbe)
  guardedProbe(): GuardedProbe {
    return Object.assign(new GuardedProbe(), { plain: 'p' });
  }

  @FieldResolver(() => String)
  echo(@Root() probe: Probe, @Ctx() ctx: { suffix: string }): string {
    return `${probe instanceof Probe ? 'a Probe' : 'not a Probe'} ${probe.plain}${ctx.suffix}`;
  }
}

describe('fields read directly', () => {
  it('leaves plain fields without a resolver and keeps one where a middleware, a rename or a field resolver needs it', async () => {
    readPlainFieldsDirectly();
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    callFieldResolversDirectly(schema);
    expect(fieldOf(schema, 'Probe', 'plain').resolve).toBeUndefined();
    expect(fieldOf(schema, 'Probe', 'guarded').resolve).toBeDefined();
    expect(fieldOf(schema, 'Probe', 'renamed').resolve).toBeDefined();
    expect(fieldOf(schema, 'GuardedProbe', 'plain').resolve).toBeDefined();
    const answer = await graphql({
      schema,
      source: '{ probe { plain guarded renamed echo } plainProbe { plain guarded renamed echo } guardedProbe { plain } }',
      contextValue: { suffix: '!' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      probe: { plain: 'p', guarded: 'guarded g', renamed: 'i', echo: 'a Probe p!' },
      // A root that is not yet a Probe still reaches the field resolver as one, through type-graphql.
      plainProbe: { plain: 'p', guarded: 'guarded g', renamed: 'i', echo: 'a Probe p!' },
      // A middleware on the class guards each of its fields: they keep their resolvers.
      guardedProbe: { plain: 'class-guarded p' },
    });
  });

  it('gives the graph’s plain fields no resolver and calls its field resolvers directly', async () => {
    const schema = await buildAppSchema();
    expect(fieldOf(schema, 'ReformTask', 'code').resolve).toBeUndefined();
    expect(fieldOf(schema, 'Unit', 'name').resolve).toBeUndefined();
    // A field resolver taking only the task and the context: called without type-graphql's wrapping.
    const leadUnit = fieldOf(schema, 'ReformTask', 'leadUnit').resolve!;
    expect(leadUnit.toString()).not.toMatch(/applyMiddlewares/);
    // One taking arguments (a connection's page) keeps type-graphql's resolver, which reads and converts them.
    expect(fieldOf(schema, 'ReformTask', 'progressReports').resolve!.toString()).toMatch(/applyMiddlewares/);
  });
});

describe('LocalDate on the way out', () => {
  it('passes valid dates, the same ones again from memory, and still refuses invalid ones after valid ones passed', async () => {
    const schema = await buildAppSchema();
    rememberValidDates(schema);
    const scalar = schema.getType('LocalDate');
    if (!scalar || !('serialize' in scalar)) throw new Error('LocalDate is not a scalar');
    for (let round = 0; round < 2; round++) {
      expect(scalar.serialize('2024-02-29')).toBe('2024-02-29');
      expect(scalar.serialize('2026-12-31')).toBe('2026-12-31');
      for (const invalid of ['2023-02-29', '2026-13-01', '2026-1-01', '2026-12-31T00:00:00Z', 20261231, null]) {
        expect(() => scalar.serialize(invalid), String(invalid)).toThrow(/LocalDate|not string/);
      }
    }
  });
});
