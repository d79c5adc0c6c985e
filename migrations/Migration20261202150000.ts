import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit buckets, shared by every replica: one row per user (`user:<id>`) or client address
 * (`ip:<address>`), holding how full the bucket was at `updated_at` under the rule it was last
 * charged by; what leaked since is computed when it is next charged. Unlogged: a bucket lost in a
 * crash only starts empty again.
 */
export class Migration20261202150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unlogged table "rate_bucket" ("key" text primary key, "level" double precision not null, "capacity" double precision not null, "rate" double precision not null, "updated_at" timestamptz(3) not null, "granted" boolean not null);`,
    );
    // Buckets idle long enough to be empty can be deleted at any time; this finds them.
    this.addSql(`create index "rate_bucket_updated_at_index" on "rate_bucket" ("updated_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "rate_bucket";`);
  }
}
