import { Migration } from '@mikro-orm/migrations';

export class Migration20261126143329 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "actor" text not null, "action" text not null, "object_id" text not null, "from" jsonb null, "to" jsonb null, "request_id" text not null, "created_at" timestamptz(3) not null);`,
    );
    this.addSql(`create index "audit_entry_object_id_id_index" on "audit_entry" ("object_id", "id");`);

    this.addSql(
      `create table "decision_category" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "code" text not null, "ordinal" smallint not null, "name" text not null, "description" text not null);`,
    );
    this.addSql(`alter table "decision_category" add constraint "decision_category_code_unique" unique ("code");`);
    this.addSql(`alter table "decision_category" add constraint "decision_category_ordinal_unique" unique ("ordinal");`);

    this.addSql(
      `create table "region" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "code" text not null, "name" text not null);`,
    );
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(
      `create table "unit" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('POLITICAL_LEGAL_COMMISSION', 'COURT', 'PROCURATORATE', 'PUBLIC_SECURITY', 'JUSTICE_ADMINISTRATION', 'SUPPORTING_DEPARTMENT', 'ENTERPRISE', 'OTHER')) not null, "level" text check ("level" in ('PROVINCE', 'PREFECTURE', 'COUNTY')) not null, "parent_id" bigint null, "region_id" bigint null);`,
    );
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_region_id_code_id_index" on "unit" ("region_id", "code", "id");`);
    this.addSql(`create index "unit_parent_id_code_id_index" on "unit" ("parent_id", "code", "id");`);
    this.addSql(`create index "unit_name_id_index" on "unit" ("name", "id");`);

    this.addSql(
      `create table "person" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "name" text not null, "title" text not null, "unit_id" bigint not null, "is_principal_head" boolean not null);`,
    );
    this.addSql(`create index "person_unit_id_name_id_index" on "person" ("unit_id", "name", "id");`);

    this.addSql(
      `create table "app_user" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "username" text not null, "display_name" text not null, "unit_id" bigint null, "roles" text[] not null, "active" boolean not null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
  }
}
