import { Migration } from '@mikro-orm/migrations';

/** A group member gets an id of its own (so it can be fetched by global ID); a cadre still joins a group once. */
export class Migration20261202120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "inspection_group_member" drop constraint "inspection_group_member_pkey";`);
    this.addSql(`alter table "inspection_group_member" add column "id" bigserial;`);
    this.addSql(`alter table "inspection_group_member" add constraint "inspection_group_member_pkey" primary key ("id");`);
    this.addSql(
      `alter table "inspection_group_member" add constraint "inspection_group_member_group_id_person_id_unique" unique ("group_id", "person_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspection_group_member" drop constraint "inspection_group_member_group_id_person_id_unique";`);
    this.addSql(`alter table "inspection_group_member" drop constraint "inspection_group_member_pkey";`);
    this.addSql(`alter table "inspection_group_member" drop column "id";`);
    this.addSql(
      `alter table "inspection_group_member" add constraint "inspection_group_member_pkey" primary key ("group_id", "person_id");`,
    );
  }
}
