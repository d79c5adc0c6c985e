import { Migration } from '@mikro-orm/migrations';

const UNIT_BOUND = `('UNIT_OFFICER', 'ASSESSOR', 'DECISION_MAKER')`;
const ROLES = `('ADMIN', 'COMMISSION_STAFF', 'UNIT_OFFICER', 'ASSESSOR', 'EXPERT_REVIEWER', 'DECISION_MAKER', 'COORDINATOR', 'INSPECTOR', 'VIEWER')`;

/**
 * Roles become grants, unit-bound ones held for a unit (each user's own unit for the roles they had);
 * a user may be linked to the person they are, and keep a language for their messages.
 */
export class Migration20261202130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "role_grant" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "user_id" bigint not null, "role" text check ("role" in ${ROLES}) not null, "unit_id" bigint null, constraint "role_grant_unit_fits_role" check (("role" in ${UNIT_BOUND}) = ("unit_id" is not null)));`,
    );
    // One grant of a role per unit (and one province-wide): NULL units compare equal here.
    this.addSql(
      `create unique index "role_grant_user_id_role_unit_id_unique" on "role_grant" ("user_id", "role", coalesce("unit_id", 0));`,
    );
    this.addSql(`create index "role_grant_unit_id_index" on "role_grant" ("unit_id");`);
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    // A unit-bound role of a user without a unit never let them do anything: it is not carried over.
    this.addSql(
      `insert into "role_grant" ("created_at", "updated_at", "user_id", "role", "unit_id")
       select distinct a."created_at", a."created_at", a."id", r."role", case when r."role" in ${UNIT_BOUND} then a."unit_id" end
       from "app_user" a cross join lateral unnest(a."roles") as r("role")
       where r."role" not in ${UNIT_BOUND} or a."unit_id" is not null;`,
    );
    this.addSql(`alter table "app_user" drop column "roles";`);

    this.addSql(
      `alter table "app_user" add column "person_id" bigint null, add column "language" text check ("language" in ('ZH_CN', 'EN')) null;`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_person_id_unique" unique ("person_id");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    // Keyset orderings of `users`.
    this.addSql(`create index "app_user_display_name_id_index" on "app_user" ("display_name", "id");`);
    this.addSql(`create index "app_user_created_at_id_index" on "app_user" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "app_user_created_at_id_index";`);
    this.addSql(`drop index "app_user_display_name_id_index";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_person_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_person_id_unique";`);
    this.addSql(`alter table "app_user" drop column "person_id", drop column "language";`);
    this.addSql(`alter table "app_user" add column "roles" text[] not null default '{}';`);
    // Mirror of up: only province-wide grants and those for the user's own unit become roles; a
    // unit-bound role held for another unit would otherwise widen to the user's unit.
    this.addSql(
      `update "app_user" a set "roles" = g."roles" from (
         select r."user_id", array_agg(distinct r."role" order by r."role") as "roles"
         from "role_grant" r join "app_user" u on u."id" = r."user_id"
         where r."unit_id" is null or r."unit_id" = u."unit_id"
         group by r."user_id") g
       where g."user_id" = a."id";`,
    );
    this.addSql(`alter table "app_user" alter column "roles" drop default;`);
    this.addSql(`drop table "role_grant";`);
  }
}
