import { knex, type Knex } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledSelect } from '../src/shared/db/select-list.js';
import { prepareRecurringReads } from '../src/shared/db/statements.js';
import { startApp, type TestApp } from './support/app.js';

// Reads that recur are named, so each connection has PostgreSQL parse and plan them once.

let app: TestApp;
let db: Knex;
beforeAll(async () => {
  app = await startApp();
  // One connection, so that every statement below and the look at what it prepared share it.
  db = knex({ client: 'pg', connection: app.config.databaseUrl, pool: { min: 1, max: 1 } });
  prepareRecurringReads(db);
});
afterAll(async () => {
  await db.destroy();
  await app.close();
});

describe('recurring reads', () => {
  it('are prepared once per connection from their second run; one-off texts and writes are not', async () => {
    const read = () => db('unit').select('code').where('id', '>', 0).orderBy('id').limit(1);
    const first = await read();
    expect(await read()).toEqual(first);
    expect(await read()).toEqual(first);
    await db('region').select('code').where('code', '>', '').limit(1);
    await db.raw('update unit set code = code where id = ?', [0]);
    await db.raw('update unit set code = code where id = ?', [0]);
    const prepared = await db.raw<{ rows: { statement: string }[] }>('select statement from pg_prepared_statements');
    expect(prepared.rows.map((r) => r.statement)).toEqual(['select "code" from "unit" where "id" > $1 order by "id" asc limit $2']);
  });

  it('are named by one wrapper however often the knex is prepared (two servers on one ORM)', async () => {
    const client = db.client as { _query: unknown };
    const wrapped = client._query;
    prepareRecurringReads(db);
    prepareRecurringReads(db, 1);
    // Names still come from one count: the text prepared above keeps its name, a new one takes the next.
    await db('unit').select('code').where('id', '>', 0).orderBy('id').limit(1);
    await db('person').select('name').where('id', '>', 0).limit(1);
    await db('person').select('name').where('id', '>', 0).limit(1);
    const prepared = await db.raw<{ rows: { name: string }[] }>('select name from pg_prepared_statements order by name');
    expect(prepared.rows.map((r) => r.name)).toEqual(['read_1', 'read_2']);
    expect(client._query).toBe(wrapped);
  });
});

describe('select lists compiled once per shape', () => {
  const units = () => db('unit as u');
  const build = () =>
    units().select({
      key: 'u.id',
      code: 'u.code',
      children: db.raw('(select count(*) from unit x where x.parent_id = u.id and x.code > ?)', ['']),
    });

  it('make the same statement as the list built anew, with its bindings in place, and the same rows', async () => {
    const page = (qb: Knex.QueryBuilder) => qb.where('u.id', '>', 0).orderBy('u.id').limit(5);
    for (let round = 0; round < 2; round++) {
      const reused = page(compiledSelect(db, 'units with children', units, build));
      const fresh = page(build());
      expect(reused.toSQL().toNative()).toEqual(fresh.toSQL().toNative());
      expect(await reused).toEqual(await fresh);
    }
    expect(((await page(build())) as unknown[]).length).toBeGreaterThan(0);
  });

  it('keep the joins of what they select from', async () => {
    const withParents = () => db('unit as u').leftJoin('unit as p', 'p.id', 'u.parent_id');
    const build = () => withParents().select({ key: 'u.id', parent: 'p.code' });
    for (let round = 0; round < 2; round++) {
      const reused = compiledSelect(db, 'units with parents', withParents, build).orderBy('u.id');
      expect(reused.toSQL().toNative()).toEqual(build().orderBy('u.id').toSQL().toNative());
      expect(((await reused) as { parent: string | null }[]).some((row) => row.parent !== null)).toBe(true);
    }
  });

  it('keep shapes apart, and build a list holding a `?` of its own every time', async () => {
    const other = () => units().select({ key: 'u.id' });
    expect(compiledSelect(db, 'keys only', units, other).toSQL().sql).toBe(other().toSQL().sql);
    // A literal question mark, escaped for knex, which would otherwise take it for a binding.
    const mark = () => units().select({ key: 'u.id', mark: db.raw(`'\\?'::text`) });
    for (let round = 0; round < 2; round++) {
      const reused = compiledSelect(db, 'with a mark', units, mark).limit(1);
      expect(reused.toSQL().toNative()).toEqual(mark().limit(1).toSQL().toNative());
      expect(((await reused) as unknown[])[0]).toMatchObject({ mark: '?' });
    }
  });
});
