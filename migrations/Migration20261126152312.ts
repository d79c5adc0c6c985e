import { Migration } from '@mikro-orm/migrations';

export class Migration20261126152312 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "reform_case" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "unit_id" bigint not null, "title" text not null, "summary" text not null, "status" text check ("status" in ('CULTIVATING', 'SUBMITTED', 'SELECTED', 'NOT_SELECTED')) not null, "recognition_level" text check ("recognition_level" in ('PROVINCIAL', 'NATIONAL')) null, "recognized_by" text null, "submitted_at" timestamptz(3) null, "decided_at" timestamptz(3) null);`,
    );
    this.addSql(`create index "reform_case_status_id_index" on "reform_case" ("status", "id");`);
    this.addSql(`create index "reform_case_unit_id_id_index" on "reform_case" ("unit_id", "id");`);

    this.addSql(
      `create table "led_reform" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "theme" text not null, "year" smallint not null, "leader_id" bigint not null, "unit_id" bigint not null, "status" text check ("status" in ('IN_PROGRESS', 'COMPLETED')) not null, "completed_at" timestamptz(3) null);`,
    );
    this.addSql(`create index "led_reform_unit_id_year_index" on "led_reform" ("unit_id", "year");`);
    this.addSql(`create index "led_reform_year_id_index" on "led_reform" ("year", "id");`);

    this.addSql(
      `create table "led_reform_task" ("led_reform_id" bigint not null, "task_id" bigint not null, constraint "led_reform_task_pkey" primary key ("led_reform_id", "task_id"));`,
    );
    this.addSql(`create index "led_reform_task_task_id_led_reform_id_index" on "led_reform_task" ("task_id", "led_reform_id");`);

    this.addSql(
      `create table "guidance_visit" ("id" bigserial primary key, "reform_case_id" bigint not null, "visited_on" date not null, "visiting_unit_id" bigint not null, "notes" text not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(
      `create index "guidance_visit_reform_case_id_visited_on_id_index" on "guidance_visit" ("reform_case_id", "visited_on", "id");`,
    );

    this.addSql(
      `alter table "reform_case" add constraint "reform_case_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "led_reform" add constraint "led_reform_leader_id_foreign" foreign key ("leader_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "led_reform" add constraint "led_reform_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "led_reform_task" add constraint "led_reform_task_led_reform_id_foreign" foreign key ("led_reform_id") references "led_reform" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "led_reform_task" add constraint "led_reform_task_task_id_foreign" foreign key ("task_id") references "reform_task" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "guidance_visit" add constraint "guidance_visit_reform_case_id_foreign" foreign key ("reform_case_id") references "reform_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "guidance_visit" add constraint "guidance_visit_visiting_unit_id_foreign" foreign key ("visiting_unit_id") references "unit" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "guidance_visit" drop constraint "guidance_visit_reform_case_id_foreign";`);

    this.addSql(`alter table "led_reform_task" drop constraint "led_reform_task_led_reform_id_foreign";`);

    this.addSql(`drop table if exists "reform_case" cascade;`);

    this.addSql(`drop table if exists "led_reform" cascade;`);

    this.addSql(`drop table if exists "led_reform_task" cascade;`);

    this.addSql(`drop table if exists "guidance_visit" cascade;`);
  }
}
