import { Migration } from '@mikro-orm/migrations';

export class Migration20261126161851 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "coordination_meeting" ("id" bigserial primary key, "issue_id" bigint not null, "held_on" date not null, "title" text not null, "minutes" text not null, "attending_unit_ids" text[] not null, "resolutions" text[] not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "coordination_meeting_issue_id_held_on_id_index" on "coordination_meeting" ("issue_id", "held_on", "id");`);

    this.addSql(
      `create table "action_item" ("id" bigserial primary key, "issue_id" bigint not null, "meeting_id" bigint null, "description" text not null, "assigned_unit_id" bigint not null, "due_date" date not null, "status" text check ("status" in ('OPEN', 'DONE', 'CANCELLED')) not null, "evidence" text null, "completed_by_id" bigint null, "completed_at" timestamptz(3) null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(
      `create index "action_item_assigned_unit_id_status_due_date_index" on "action_item" ("assigned_unit_id", "status", "due_date");`,
    );
    this.addSql(`create index "action_item_issue_id_id_index" on "action_item" ("issue_id", "id");`);

    this.addSql(
      `alter table "coordination_meeting" add constraint "coordination_meeting_issue_id_foreign" foreign key ("issue_id") references "coordination_issue" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "action_item" add constraint "action_item_issue_id_foreign" foreign key ("issue_id") references "coordination_issue" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "coordination_meeting" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_assigned_unit_id_foreign" foreign key ("assigned_unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_completed_by_id_foreign" foreign key ("completed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "coordination_issue" add column "reopen_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);

    this.addSql(`drop table if exists "coordination_meeting" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`alter table "coordination_issue" drop column "reopen_reason";`);
  }
}
