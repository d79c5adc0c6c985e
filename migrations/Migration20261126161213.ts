import { Migration } from '@mikro-orm/migrations';

export class Migration20261126161213 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "coordination_issue" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "title" text not null, "description" text not null, "kind" text check ("kind" in ('PENSION_TRANSFER', 'FUND_TRANSFER', 'STAFFING', 'OTHER')) not null, "lead_unit_id" bigint not null, "opened_on" date not null, "target_date" date not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED')) not null);`,
    );
    this.addSql(`create index "coordination_issue_lead_unit_id_id_index" on "coordination_issue" ("lead_unit_id", "id");`);
    this.addSql(`create index "coordination_issue_status_id_index" on "coordination_issue" ("status", "id");`);

    this.addSql(
      `create table "issue_participant" ("issue_id" bigint not null, "unit_id" bigint not null, "role" text check ("role" in ('RESPONSIBLE', 'SUPPORTING', 'INFORMED')) not null, "added_at" timestamptz(3) not null, constraint "issue_participant_pkey" primary key ("issue_id", "unit_id"));`,
    );

    this.addSql(
      `create table "fund_obligation" ("id" bigserial primary key, "issue_id" bigint not null, "payer_id" bigint not null, "payee_id" bigint not null, "purpose" text not null, "amount_fen" bigint not null, "beneficiaries" int not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "fund_obligation_issue_id_id_index" on "fund_obligation" ("issue_id", "id");`);

    this.addSql(
      `create table "fund_transaction" ("id" bigserial primary key, "obligation_id" bigint not null, "kind" text check ("kind" in ('TRANSFER', 'DISBURSEMENT')) not null, "amount_fen" bigint not null, "occurred_on" date not null, "reference" text not null, "recorded_by_id" bigint not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "fund_transaction_obligation_id_id_index" on "fund_transaction" ("obligation_id", "id");`);

    this.addSql(
      `alter table "coordination_issue" add constraint "coordination_issue_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "issue_participant" add constraint "issue_participant_issue_id_foreign" foreign key ("issue_id") references "coordination_issue" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "issue_participant" add constraint "issue_participant_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "fund_obligation" add constraint "fund_obligation_issue_id_foreign" foreign key ("issue_id") references "coordination_issue" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fund_obligation" add constraint "fund_obligation_payer_id_foreign" foreign key ("payer_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fund_obligation" add constraint "fund_obligation_payee_id_foreign" foreign key ("payee_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "fund_transaction" add constraint "fund_transaction_obligation_id_foreign" foreign key ("obligation_id") references "fund_obligation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fund_transaction" add constraint "fund_transaction_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "issue_participant" drop constraint "issue_participant_issue_id_foreign";`);

    this.addSql(`alter table "fund_obligation" drop constraint "fund_obligation_issue_id_foreign";`);

    this.addSql(`alter table "fund_transaction" drop constraint "fund_transaction_obligation_id_foreign";`);

    this.addSql(`drop table if exists "coordination_issue" cascade;`);

    this.addSql(`drop table if exists "issue_participant" cascade;`);

    this.addSql(`drop table if exists "fund_obligation" cascade;`);

    this.addSql(`drop table if exists "fund_transaction" cascade;`);
  }
}
