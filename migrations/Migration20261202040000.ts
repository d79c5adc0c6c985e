import { Migration } from '@mikro-orm/migrations';

/** An issue participant gets an ID of its own; a unit still takes part in an issue at most once. */
export class Migration20261202040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "issue_participant" drop constraint "issue_participant_pkey";`);
    // Existing participants are numbered in the order they were added.
    this.addSql(`alter table "issue_participant" add column "id" bigint null;`);
    this.addSql(`create sequence "issue_participant_id_seq" owned by "issue_participant"."id";`);
    this.addSql(
      `update "issue_participant" p set "id" = n.rn from (select "issue_id", "unit_id", row_number() over (order by "added_at", "issue_id", "unit_id") as rn from "issue_participant") n where n."issue_id" = p."issue_id" and n."unit_id" = p."unit_id";`,
    );
    this.addSql(`select setval('issue_participant_id_seq', coalesce((select max("id") from "issue_participant"), 0) + 1, false);`);
    this.addSql(`alter table "issue_participant" alter column "id" set default nextval('issue_participant_id_seq');`);
    this.addSql(`alter table "issue_participant" alter column "id" set not null;`);
    this.addSql(`alter table "issue_participant" add constraint "issue_participant_pkey" primary key ("id");`);
    this.addSql(
      `alter table "issue_participant" add constraint "issue_participant_issue_id_unit_id_unique" unique ("issue_id", "unit_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "issue_participant" drop constraint "issue_participant_issue_id_unit_id_unique";`);
    this.addSql(`alter table "issue_participant" drop constraint "issue_participant_pkey";`);
    this.addSql(`alter table "issue_participant" drop column "id";`);
    this.addSql(`alter table "issue_participant" add constraint "issue_participant_pkey" primary key ("issue_id", "unit_id");`);
  }
}
