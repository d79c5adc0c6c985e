import { Migration } from '@mikro-orm/migrations';

export class Migration20261126151253 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ledger" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "code" text not null, "kind" text check ("kind" in ('REFORM_FRAMEWORK', 'RECTIFICATION', 'ANNUAL_PLAN')) not null, "year" smallint null, "title" text not null);`,
    );
    this.addSql(`alter table "ledger" add constraint "ledger_code_unique" unique ("code");`);

    this.addSql(
      `create table "ledger_section" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "ledger_id" bigint not null, "code" text not null, "ordinal" smallint not null, "title" text not null);`,
    );
    this.addSql(`alter table "ledger_section" add constraint "ledger_section_ledger_id_ordinal_unique" unique ("ledger_id", "ordinal");`);
    this.addSql(`alter table "ledger_section" add constraint "ledger_section_ledger_id_code_unique" unique ("ledger_id", "code");`);

    this.addSql(
      `create table "reform_task" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "ledger_id" bigint not null, "section_id" bigint not null, "code" text not null, "title" text not null, "description" text not null, "deliverable_form" text check ("deliverable_form" in ('POLICY_DOCUMENT', 'REGULATION', 'WORK_MECHANISM', 'INFORMATION_SYSTEM', 'PILOT', 'REPORT', 'OTHER')) not null, "lead_unit_id" bigint not null, "deadline" date not null, "status" text check ("status" in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'COMPLETED', 'SUSPENDED', 'CANCELLED')) not null, "suspended_from" text check ("suspended_from" in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'COMPLETED', 'SUSPENDED', 'CANCELLED')) null, "implements_id" bigint null, "deliverable_description" text null, "return_reason" text null, "completed_at" timestamptz(3) null);`,
    );
    this.addSql(`create index "reform_task_implements_id_index" on "reform_task" ("implements_id");`);
    this.addSql(`create index "reform_task_section_id_code_id_index" on "reform_task" ("section_id", "code", "id");`);
    this.addSql(`create index "reform_task_lead_unit_id_deadline_id_index" on "reform_task" ("lead_unit_id", "deadline", "id");`);
    this.addSql(`create index "reform_task_updated_at_id_index" on "reform_task" ("updated_at", "id");`);
    this.addSql(`create index "reform_task_status_id_index" on "reform_task" ("status", "id");`);
    this.addSql(`create index "reform_task_code_id_index" on "reform_task" ("code", "id");`);
    this.addSql(`create index "reform_task_deadline_id_index" on "reform_task" ("deadline", "id");`);
    this.addSql(`create index "reform_task_ledger_id_deadline_id_index" on "reform_task" ("ledger_id", "deadline", "id");`);
    this.addSql(`alter table "reform_task" add constraint "reform_task_ledger_id_code_unique" unique ("ledger_id", "code");`);

    this.addSql(
      `create table "reform_task_supporting_unit" ("task_id" bigint not null, "unit_id" bigint not null, constraint "reform_task_supporting_unit_pkey" primary key ("task_id", "unit_id"));`,
    );
    this.addSql(
      `create index "reform_task_supporting_unit_unit_id_task_id_index" on "reform_task_supporting_unit" ("unit_id", "task_id");`,
    );

    this.addSql(
      `create table "task_progress_report" ("id" bigserial primary key, "task_id" bigint not null, "reported_on" date not null, "percent" smallint not null, "narrative" text not null, "reporter_id" bigint not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(
      `create index "task_progress_report_task_id_reported_on_id_index" on "task_progress_report" ("task_id", "reported_on", "id");`,
    );

    this.addSql(
      `alter table "ledger_section" add constraint "ledger_section_ledger_id_foreign" foreign key ("ledger_id") references "ledger" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "reform_task" add constraint "reform_task_ledger_id_foreign" foreign key ("ledger_id") references "ledger" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reform_task" add constraint "reform_task_section_id_foreign" foreign key ("section_id") references "ledger_section" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reform_task" add constraint "reform_task_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reform_task" add constraint "reform_task_implements_id_foreign" foreign key ("implements_id") references "reform_task" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reform_task_supporting_unit" add constraint "reform_task_supporting_unit_task_id_foreign" foreign key ("task_id") references "reform_task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reform_task_supporting_unit" add constraint "reform_task_supporting_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "task_progress_report" add constraint "task_progress_report_task_id_foreign" foreign key ("task_id") references "reform_task" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "task_progress_report" add constraint "task_progress_report_reporter_id_foreign" foreign key ("reporter_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ledger_section" drop constraint "ledger_section_ledger_id_foreign";`);

    this.addSql(`alter table "reform_task" drop constraint "reform_task_ledger_id_foreign";`);

    this.addSql(`alter table "reform_task" drop constraint "reform_task_section_id_foreign";`);

    this.addSql(`alter table "reform_task" drop constraint "reform_task_implements_id_foreign";`);

    this.addSql(`alter table "reform_task_supporting_unit" drop constraint "reform_task_supporting_unit_task_id_foreign";`);

    this.addSql(`alter table "task_progress_report" drop constraint "task_progress_report_task_id_foreign";`);

    this.addSql(`drop table if exists "ledger" cascade;`);

    this.addSql(`drop table if exists "ledger_section" cascade;`);

    this.addSql(`drop table if exists "reform_task" cascade;`);

    this.addSql(`drop table if exists "reform_task_supporting_unit" cascade;`);

    this.addSql(`drop table if exists "task_progress_report" cascade;`);
  }
}
