import { Migration } from '@mikro-orm/migrations';

/**
 * The ID secret global IDs and cursors are encrypted with: 32 bytes from two v4 UUIDs, which
 * PostgreSQL draws from its strong random source (244 random bits), made once, here, so every
 * server on this database makes the same IDs without anyone setting anything.
 */
export class Migration20261202141500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "id_secret" ("id" smallint not null, "secret" bytea not null, constraint "id_secret_pkey" primary key ("id"));`,
    );
    this.addSql(
      `insert into "id_secret" ("id", "secret") values (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));`,
    );
  }

  // Up again draws a new secret: every ID and cursor changes.
  override async down(): Promise<void> {
    this.addSql(`drop table if exists "id_secret" cascade;`);
  }
}
