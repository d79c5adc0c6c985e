import { Migration } from '@mikro-orm/migrations';

export class Migration20261126154511 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "major_decision" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "title" text not null, "category_id" bigint not null, "plan_text" text not null, "decision_body_id" bigint not null, "assessing_unit_id" bigint not null, "procedure" text check ("procedure" in ('FULL', 'SIMPLIFIED')) not null, "status" text check ("status" in ('DRAFT', 'ASSESSING', 'READY', 'DECIDED')) not null, "current_assessment_id" bigint null, "next_follow_up_due" date null);`,
    );
    this.addSql(`create index "major_decision_next_follow_up_due_index" on "major_decision" ("next_follow_up_due");`);
    this.addSql(`create index "major_decision_assessing_unit_id_id_index" on "major_decision" ("assessing_unit_id", "id");`);
    this.addSql(`create index "major_decision_decision_body_id_id_index" on "major_decision" ("decision_body_id", "id");`);
    this.addSql(`create index "major_decision_status_id_index" on "major_decision" ("status", "id");`);

    this.addSql(
      `create table "risk_assessment" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "decision_id" bigint not null, "status" text check ("status" in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'FILED', 'STALE')) not null, "submitted_at" timestamptz(3) null, "reviewer_id" bigint null, "verdict" text check ("verdict" in ('PASS', 'RETURN')) null, "review_comments" text null, "reviewed_at" timestamptz(3) null, "filed_by_id" bigint null, "filed_at" timestamptz(3) null);`,
    );
    this.addSql(`create index "risk_assessment_decision_id_id_index" on "risk_assessment" ("decision_id", "id");`);

    this.addSql(
      `create table "risk_point" ("id" bigserial primary key, "assessment_id" bigint not null, "dimension" text check ("dimension" in ('LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY', 'SAFETY')) not null, "description" text not null, "likelihood" smallint not null, "impact" smallint not null, "people_affected" int not null);`,
    );
    this.addSql(`create index "risk_point_assessment_id_id_index" on "risk_point" ("assessment_id", "id");`);

    this.addSql(
      `create table "mitigation_measure" ("id" bigserial primary key, "point_id" bigint not null, "description" text not null, "owner_unit_id" bigint null, "due_date" date null);`,
    );
    this.addSql(`create index "mitigation_measure_point_id_id_index" on "mitigation_measure" ("point_id", "id");`);

    this.addSql(
      `create table "opinion_collection" ("id" bigserial primary key, "assessment_id" bigint not null, "method" text check ("method" in ('PUBLIC_NOTICE', 'QUESTIONNAIRE', 'VISIT', 'SYMPOSIUM', 'HEARING', 'EXPERT_CONSULTATION')) not null, "started_on" date not null, "ended_on" date not null, "respondents" int not null, "summary" text not null);`,
    );
    this.addSql(`create index "opinion_collection_assessment_id_id_index" on "opinion_collection" ("assessment_id", "id");`);

    this.addSql(
      `create table "dimension_finding" ("id" bigserial primary key, "assessment_id" bigint not null, "dimension" text check ("dimension" in ('LEGALITY', 'REASONABLENESS', 'FEASIBILITY', 'CONTROLLABILITY', 'SAFETY')) not null, "reasoning" text not null);`,
    );
    this.addSql(
      `alter table "dimension_finding" add constraint "dimension_finding_assessment_id_dimension_unique" unique ("assessment_id", "dimension");`,
    );

    this.addSql(
      `create table "follow_up_review" ("id" bigserial primary key, "decision_id" bigint not null, "reviewed_on" date not null, "findings" text not null, "reviewer_id" bigint not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(
      `create index "follow_up_review_decision_id_reviewed_on_id_index" on "follow_up_review" ("decision_id", "reviewed_on", "id");`,
    );

    this.addSql(
      `create table "decision_record" ("id" bigserial primary key, "decision_id" bigint not null, "outcome" text check ("outcome" in ('APPROVE', 'POSTPONE', 'REJECT')) not null, "rationale" text not null, "decided_by_id" bigint not null, "decided_at" timestamptz(3) not null, "assessment_id" bigint not null, "level" text check ("level" in ('LOW', 'MEDIUM', 'HIGH')) not null);`,
    );
    this.addSql(`create index "decision_record_decision_id_id_index" on "decision_record" ("decision_id", "id");`);

    this.addSql(
      `create table "risk_assessment_author" ("assessment_id" bigint not null, "user_id" bigint not null, constraint "risk_assessment_author_pkey" primary key ("assessment_id", "user_id"));`,
    );

    this.addSql(
      `alter table "major_decision" add constraint "major_decision_category_id_foreign" foreign key ("category_id") references "decision_category" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "major_decision" add constraint "major_decision_decision_body_id_foreign" foreign key ("decision_body_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "major_decision" add constraint "major_decision_assessing_unit_id_foreign" foreign key ("assessing_unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "major_decision" add constraint "major_decision_current_assessment_id_foreign" foreign key ("current_assessment_id") references "risk_assessment" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "risk_assessment" add constraint "risk_assessment_decision_id_foreign" foreign key ("decision_id") references "major_decision" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "risk_assessment" add constraint "risk_assessment_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "risk_assessment" add constraint "risk_assessment_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "risk_point" add constraint "risk_point_assessment_id_foreign" foreign key ("assessment_id") references "risk_assessment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "mitigation_measure" add constraint "mitigation_measure_point_id_foreign" foreign key ("point_id") references "risk_point" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mitigation_measure" add constraint "mitigation_measure_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "opinion_collection" add constraint "opinion_collection_assessment_id_foreign" foreign key ("assessment_id") references "risk_assessment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "dimension_finding" add constraint "dimension_finding_assessment_id_foreign" foreign key ("assessment_id") references "risk_assessment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "follow_up_review" add constraint "follow_up_review_decision_id_foreign" foreign key ("decision_id") references "major_decision" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "follow_up_review" add constraint "follow_up_review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "decision_record" add constraint "decision_record_decision_id_foreign" foreign key ("decision_id") references "major_decision" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision_record" add constraint "decision_record_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision_record" add constraint "decision_record_assessment_id_foreign" foreign key ("assessment_id") references "risk_assessment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "risk_assessment_author" add constraint "risk_assessment_author_assessment_id_foreign" foreign key ("assessment_id") references "risk_assessment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "risk_assessment_author" add constraint "risk_assessment_author_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "risk_assessment" drop constraint "risk_assessment_decision_id_foreign";`);

    this.addSql(`alter table "follow_up_review" drop constraint "follow_up_review_decision_id_foreign";`);

    this.addSql(`alter table "decision_record" drop constraint "decision_record_decision_id_foreign";`);

    this.addSql(`alter table "major_decision" drop constraint "major_decision_current_assessment_id_foreign";`);

    this.addSql(`alter table "risk_point" drop constraint "risk_point_assessment_id_foreign";`);

    this.addSql(`alter table "opinion_collection" drop constraint "opinion_collection_assessment_id_foreign";`);

    this.addSql(`alter table "dimension_finding" drop constraint "dimension_finding_assessment_id_foreign";`);

    this.addSql(`alter table "decision_record" drop constraint "decision_record_assessment_id_foreign";`);

    this.addSql(`alter table "risk_assessment_author" drop constraint "risk_assessment_author_assessment_id_foreign";`);

    this.addSql(`alter table "mitigation_measure" drop constraint "mitigation_measure_point_id_foreign";`);

    this.addSql(`drop table if exists "major_decision" cascade;`);

    this.addSql(`drop table if exists "risk_assessment" cascade;`);

    this.addSql(`drop table if exists "risk_point" cascade;`);

    this.addSql(`drop table if exists "mitigation_measure" cascade;`);

    this.addSql(`drop table if exists "opinion_collection" cascade;`);

    this.addSql(`drop table if exists "dimension_finding" cascade;`);

    this.addSql(`drop table if exists "follow_up_review" cascade;`);

    this.addSql(`drop table if exists "decision_record" cascade;`);

    this.addSql(`drop table if exists "risk_assessment_author" cascade;`);
  }
}
