import { Entity, PrimaryKey, Property, type MikroORM } from '@mikro-orm/postgresql';
import { useIdSecret } from '../graphql/opaque.js';

/**
 * The secret global IDs and cursors are made with (src/shared/graphql/opaque.ts): one row, made by
 * the migration that created the table from PostgreSQL's strong random source. It lives with the
 * data, so IDs stay the same across restarts, replicas, backups and restores, and nobody has to
 * set anything; whoever can read this table can read the rows the IDs name anyway.
 */
@Entity({ tableName: 'id_secret' })
export class IdSecret {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'blob' })
  secret!: Buffer;
}

/** Loads the database's ID secret into the process: before the first ID is made or read. */
export async function loadIdSecret(orm: MikroORM): Promise<void> {
  const rows = await orm.em.getConnection().execute<{ secret: Buffer }[]>('select secret from id_secret where id = 1');
  const secret = rows[0]?.secret;
  if (!secret) throw new Error('The database has no ID secret (table id_secret): apply the migrations.');
  useIdSecret(secret);
}
