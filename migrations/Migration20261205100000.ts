import { Migration } from '@mikro-orm/migrations';

/**
 * Ledger imports (src/modules/reform-ledger/ledger-import.*): each import with its progress, and
 * its report: what each row does, and each refusal at its sheet, row and column. A report goes
 * with its import.
 */
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ledger_import" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "ledger_id" bigint not null, "requested_by_id" bigint not null, "file_key" text not null, "file_name" text not null, "file_sha256" text not null, "mode" text check ("mode" in ('DRY_RUN', 'APPLY')) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REFUSED', 'FAILED')) not null, "total" int not null, "processed" int not null, "created" int not null, "changed" int not null, "unchanged" int not null, "refused" int not null, "heartbeat_at" timestamptz(3) not null, "finished_at" timestamptz(3) null);`,
    );
    this.addSql(
      `create index "ledger_import_ledger_id_requested_by_id_created_at_id_index" on "ledger_import" ("ledger_id", "requested_by_id", "created_at", "id");`,
    );
    this.addSql(`create index "ledger_import_ledger_id_created_at_id_index" on "ledger_import" ("ledger_id", "created_at", "id");`);
    this.addSql(
      `create table "ledger_import_row" ("id" bigserial primary key, "job_id" bigint not null, "sheet" text not null, "row" int not null, "code" text null, "action" text check ("action" in ('CREATE', 'CHANGE', 'UNCHANGED', 'REFUSE')) not null, "task_key" text null, "cells" jsonb not null);`,
    );
    this.addSql(`create index "ledger_import_row_job_id_action_id_index" on "ledger_import_row" ("job_id", "action", "id");`);
    this.addSql(`create index "ledger_import_row_job_id_id_index" on "ledger_import_row" ("job_id", "id");`);
    this.addSql(
      `create table "ledger_import_problem" ("id" bigserial primary key, "job_id" bigint not null, "sheet" text null, "row" int null, "column" text null, "code" text not null, "params" jsonb not null);`,
    );
    this.addSql(`create index "ledger_import_problem_job_id_id_index" on "ledger_import_problem" ("job_id", "id");`);
    this.addSql(
      `alter table "ledger_import" add constraint "ledger_import_ledger_id_foreign" foreign key ("ledger_id") references "ledger" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ledger_import" add constraint "ledger_import_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ledger_import_row" add constraint "ledger_import_row_job_id_foreign" foreign key ("job_id") references "ledger_import" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ledger_import_problem" add constraint "ledger_import_problem_job_id_foreign" foreign key ("job_id") references "ledger_import" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_import_problem" cascade;`);
    this.addSql(`drop table if exists "ledger_import_row" cascade;`);
    this.addSql(`drop table if exists "ledger_import" cascade;`);
  }
}
