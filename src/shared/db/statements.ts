import type { Knex } from '@mikro-orm/postgresql';

/** A statement of knex's, as its PostgreSQL client hands it to `pg`. */
interface Statement {
  sql: string;
  bindings?: unknown[];
  options?: Record<string, unknown>;
}

interface PgClient {
  _query(connection: unknown, statement: Statement): Promise<unknown>;
}

// Reads only: writes run once per request, and a batch insert's text changes with its row count.
const READ = /^\s*(select|with)\b/i;

/**
 * Clients already patched. Two servers on one ORM share its knex; wrapped twice, each wrapper would
 * number its own names and give one name to two texts on a connection.
 */
const prepared = new WeakSet<PgClient>();

/**
 * Names the reads that recur, so that each connection has PostgreSQL parse and plan such a text
 * once and then only binds and executes it (`pg` prepares a named statement on a connection the
 * first time it runs there). A text is named the second time it is seen, so one-off texts (an
 * `in (…)` of an unusual length) take no name; at most `maxNames` are ever given, as every
 * connection keeps the statements it prepared until it closes. A second call on the same knex
 * changes nothing.
 */
export function prepareRecurringReads(db: Knex, maxNames = 500, maxCounted = 5_000): void {
  const client = db.client as PgClient;
  if (prepared.has(client)) return;
  prepared.add(client);
  const run = client._query.bind(client);
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  client._query = (connection, statement) => {
    if (statement.bindings?.length && statement.options?.name === undefined) {
      const name = names.get(statement.sql) ?? nameOnRecurrence(statement.sql);
      if (name !== undefined) statement.options = { ...statement.options, name };
    }
    return run(connection, statement);
  };

  function nameOnRecurrence(sql: string): string | undefined {
    if (names.size >= maxNames || !READ.test(sql)) return undefined;
    if (!seen.has(sql)) {
      // Only how often texts recur is forgotten, never a name given.
      if (seen.size >= maxCounted) seen.clear();
      seen.set(sql, 1);
      return undefined;
    }
    seen.delete(sql);
    const name = `read_${names.size + 1}`;
    names.set(sql, name);
    return name;
  }
}
