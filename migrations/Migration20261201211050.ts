import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211050 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "evaluation_weights" ("id" int not null default 1, "daily_performance" numeric(6,3) not null, "inspection" numeric(6,3) not null, "rectification" numeric(6,3) not null, "met_value" numeric(6,3) not null, "partly_met_value" numeric(6,3) not null, "not_met_value" numeric(6,3) not null, "minor_deduction" numeric(6,3) not null, "serious_deduction" numeric(6,3) not null, "critical_deduction" numeric(6,3) not null, "late_closure_credit" numeric(6,3) not null, "updated_at" timestamptz(3) not null, constraint "evaluation_weights_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "inspection_round" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "year" int not null, "title" text not null, "status" text check ("status" in ('PLANNING', 'ACTIVE', 'CLOSED')) not null, "rotation_assigned_at" timestamptz(3) null, "started_on" date null, "closed_on" date null);`,
    );
    this.addSql(`alter table "inspection_round" add constraint "inspection_round_year_unique" unique ("year");`);

    this.addSql(
      `create table "region_evaluation" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "region_id" bigint not null, "year" int not null, "daily_score" numeric(6,2) null, "daily_notes" text not null default '', "inspection_score" numeric(6,2) null, "checks" int not null default 0, "minor_findings" int not null default 0, "serious_findings" int not null default 0, "critical_findings" int not null default 0, "notices" int not null default 0, "notices_closed_on_time" int not null default 0, "notices_closed_late" int not null default 0, "rectification_score" numeric(6,2) null, "deduction" numeric(6,2) not null default '0', "total" numeric(6,2) null, "rank" int not null default 0, "computed_at" timestamptz(3) null);`,
    );
    this.addSql(`create index "region_evaluation_year_rank_id_index" on "region_evaluation" ("year", "rank", "id");`);
    this.addSql(`alter table "region_evaluation" add constraint "region_evaluation_region_id_year_unique" unique ("region_id", "year");`);

    this.addSql(
      `create table "inspection_group" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "round_id" bigint not null, "ordinal" int not null, "name" text not null, "leader_id" bigint not null, "leader_home_region_id" bigint null, "home_region_id" bigint not null, "assigned_region_id" bigint null);`,
    );
    this.addSql(`create index "inspection_group_assigned_region_id_index" on "inspection_group" ("assigned_region_id");`);
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_round_id_leader_id_unique" unique ("round_id", "leader_id");`,
    );
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_round_id_assigned_region_id_unique" unique ("round_id", "assigned_region_id");`,
    );
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_round_id_home_region_id_unique" unique ("round_id", "home_region_id");`,
    );
    this.addSql(`alter table "inspection_group" add constraint "inspection_group_round_id_ordinal_unique" unique ("round_id", "ordinal");`);

    this.addSql(
      `create table "inspection_group_member" ("group_id" bigint not null, "person_id" bigint not null, "home_region_id" bigint null, "added_at" timestamptz(3) not null, constraint "inspection_group_member_pkey" primary key ("group_id", "person_id"));`,
    );

    this.addSql(
      `create table "inspection_visit" ("id" bigserial primary key, "round_id" bigint not null, "group_id" bigint not null, "region_id" bigint not null, "visited_on" date not null, "kind" text check ("kind" in ('UNANNOUNCED', 'RETURN_VISIT')) not null, "methods" text[] not null, "unit_ids" text[] not null, "summary" text not null, "recorded_by_id" bigint null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "inspection_visit_group_id_visited_on_id_index" on "inspection_visit" ("group_id", "visited_on", "id");`);
    this.addSql(
      `create index "inspection_visit_round_id_region_id_visited_on_index" on "inspection_visit" ("round_id", "region_id", "visited_on");`,
    );

    this.addSql(
      `create table "inspection_task_check" ("id" bigserial primary key, "visit_id" bigint not null, "task_id" bigint not null, "quantity" text check ("quantity" in ('MET', 'PARTLY_MET', 'NOT_MET')) not null, "results" text check ("results" in ('MET', 'PARTLY_MET', 'NOT_MET')) not null, "quality" text check ("quality" in ('MET', 'PARTLY_MET', 'NOT_MET')) not null, "notes" text not null);`,
    );
    this.addSql(
      `alter table "inspection_task_check" add constraint "inspection_task_check_visit_id_task_id_unique" unique ("visit_id", "task_id");`,
    );

    this.addSql(
      `create table "inspection_finding" ("id" bigserial primary key, "visit_id" bigint not null, "round_id" bigint not null, "region_id" bigint not null, "task_id" bigint not null, "unit_id" bigint not null, "description" text not null, "severity" text check ("severity" in ('MINOR', 'SERIOUS', 'CRITICAL')) not null, "found_on" date not null, "recorded_by_id" bigint null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "inspection_finding_visit_id_index" on "inspection_finding" ("visit_id");`);
    this.addSql(`create index "inspection_finding_unit_id_id_index" on "inspection_finding" ("unit_id", "id");`);
    this.addSql(`create index "inspection_finding_region_id_id_index" on "inspection_finding" ("region_id", "id");`);
    this.addSql(`create index "inspection_finding_round_id_id_index" on "inspection_finding" ("round_id", "id");`);

    this.addSql(
      `create table "rectification_notice" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "finding_id" bigint not null, "unit_id" bigint not null, "issued_on" date not null, "deadline" date not null, "requirements" text not null, "status" text check ("status" in ('NOTIFIED', 'RECTIFYING', 'FEEDBACK_SUBMITTED', 'VERIFIED', 'CLOSED', 'REOPENED')) not null, "reopen_reason" text null, "reopen_count" int not null, "verification_note" text null, "verified_by_id" bigint null, "verified_at" timestamptz(3) null, "closed_on" date null, "closed_on_time" boolean null);`,
    );
    this.addSql(`create index "rectification_notice_deadline_id_index" on "rectification_notice" ("deadline", "id");`);
    this.addSql(
      `create index "rectification_notice_unit_id_status_deadline_index" on "rectification_notice" ("unit_id", "status", "deadline");`,
    );
    this.addSql(`alter table "rectification_notice" add constraint "rectification_notice_finding_id_unique" unique ("finding_id");`);

    this.addSql(
      `create table "rectification_feedback" ("id" bigserial primary key, "notice_id" bigint not null, "root_cause_analysis" text not null, "measures_taken" text not null, "evidence" text not null, "submitted_on" date not null, "submitted_by_id" bigint null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "rectification_feedback_notice_id_id_index" on "rectification_feedback" ("notice_id", "id");`);

    this.addSql(
      `alter table "region_evaluation" add constraint "region_evaluation_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_round_id_foreign" foreign key ("round_id") references "inspection_round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_leader_id_foreign" foreign key ("leader_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_leader_home_region_id_foreign" foreign key ("leader_home_region_id") references "region" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_home_region_id_foreign" foreign key ("home_region_id") references "region" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_group" add constraint "inspection_group_assigned_region_id_foreign" foreign key ("assigned_region_id") references "region" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "inspection_group_member" add constraint "inspection_group_member_group_id_foreign" foreign key ("group_id") references "inspection_group" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_group_member" add constraint "inspection_group_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_group_member" add constraint "inspection_group_member_home_region_id_foreign" foreign key ("home_region_id") references "region" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "inspection_visit" add constraint "inspection_visit_round_id_foreign" foreign key ("round_id") references "inspection_round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_visit" add constraint "inspection_visit_group_id_foreign" foreign key ("group_id") references "inspection_group" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_visit" add constraint "inspection_visit_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_visit" add constraint "inspection_visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "inspection_task_check" add constraint "inspection_task_check_visit_id_foreign" foreign key ("visit_id") references "inspection_visit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_task_check" add constraint "inspection_task_check_task_id_foreign" foreign key ("task_id") references "reform_task" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspection_finding" add constraint "inspection_finding_visit_id_foreign" foreign key ("visit_id") references "inspection_visit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_finding" add constraint "inspection_finding_round_id_foreign" foreign key ("round_id") references "inspection_round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_finding" add constraint "inspection_finding_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_finding" add constraint "inspection_finding_task_id_foreign" foreign key ("task_id") references "reform_task" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_finding" add constraint "inspection_finding_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_finding" add constraint "inspection_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "rectification_notice" add constraint "rectification_notice_finding_id_foreign" foreign key ("finding_id") references "inspection_finding" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rectification_notice" add constraint "rectification_notice_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rectification_notice" add constraint "rectification_notice_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "rectification_feedback" add constraint "rectification_feedback_notice_id_foreign" foreign key ("notice_id") references "rectification_notice" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rectification_feedback" add constraint "rectification_feedback_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    // The evaluation's configuration: one row, seeded here so that every database has it.
    this.addSql(`alter table "evaluation_weights" add constraint "evaluation_weights_single_row" check ("id" = 1);`);
    this.addSql(
      `insert into "evaluation_weights" ("id", "daily_performance", "inspection", "rectification", "met_value", "partly_met_value", "not_met_value", "minor_deduction", "serious_deduction", "critical_deduction", "late_closure_credit", "updated_at") values (1, 0.4, 0.4, 0.2, 1, 0.5, 0, 0.2, 1, 3, 0.5, now());`,
    );
    this.addSql(
      `alter table "region_evaluation" add constraint "region_evaluation_daily_score_range" check ("daily_score" >= 0 and "daily_score" <= 100);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspection_group" drop constraint "inspection_group_round_id_foreign";`);

    this.addSql(`alter table "inspection_visit" drop constraint "inspection_visit_round_id_foreign";`);

    this.addSql(`alter table "inspection_finding" drop constraint "inspection_finding_round_id_foreign";`);

    this.addSql(`alter table "inspection_group_member" drop constraint "inspection_group_member_group_id_foreign";`);

    this.addSql(`alter table "inspection_visit" drop constraint "inspection_visit_group_id_foreign";`);

    this.addSql(`alter table "inspection_task_check" drop constraint "inspection_task_check_visit_id_foreign";`);

    this.addSql(`alter table "inspection_finding" drop constraint "inspection_finding_visit_id_foreign";`);

    this.addSql(`alter table "rectification_notice" drop constraint "rectification_notice_finding_id_foreign";`);

    this.addSql(`alter table "rectification_feedback" drop constraint "rectification_feedback_notice_id_foreign";`);

    this.addSql(`drop table if exists "evaluation_weights" cascade;`);

    this.addSql(`drop table if exists "inspection_round" cascade;`);

    this.addSql(`drop table if exists "region_evaluation" cascade;`);

    this.addSql(`drop table if exists "inspection_group" cascade;`);

    this.addSql(`drop table if exists "inspection_group_member" cascade;`);

    this.addSql(`drop table if exists "inspection_visit" cascade;`);

    this.addSql(`drop table if exists "inspection_task_check" cascade;`);

    this.addSql(`drop table if exists "inspection_finding" cascade;`);

    this.addSql(`drop table if exists "rectification_notice" cascade;`);

    this.addSql(`drop table if exists "rectification_feedback" cascade;`);
  }
}
