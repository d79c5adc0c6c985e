import { knex, type Knex } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
