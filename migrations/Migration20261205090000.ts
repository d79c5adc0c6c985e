import { Migration } from '@mikro-orm/migrations';

/**
 * Evidence files (src/modules/evidence/): each file's row, and its bytes apart in
 * `evidence_file_content`, so lists never read them; both in this database, so a backup of its
 * data folder holds the files too. Deleting a file's row deletes its bytes.
 */
export class Migration20261205090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "evidence_file" ("id" bigserial primary key, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "file_name" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "uploaded_by_id" bigint not null, "attached_type" text null, "attached_key" text null, "attached_at" timestamptz(3) null);`,
    );
    this.addSql(
      `create index "evidence_file_uploaded_by_id_created_at_id_index" on "evidence_file" ("uploaded_by_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "evidence_file_attached_key_attached_type_created_at_id_index" on "evidence_file" ("attached_key", "attached_type", "created_at", "id");`,
    );
    this.addSql(
      `create table "evidence_file_content" ("file_id" bigint not null, "bytes" bytea not null, constraint "evidence_file_content_pkey" primary key ("file_id"));`,
    );
    // Bytes of evidence do not compress: kept out of line as they are.
    this.addSql(`alter table "evidence_file_content" alter column "bytes" set storage external;`);
    this.addSql(
      `alter table "evidence_file" add constraint "evidence_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "evidence_file_content" add constraint "evidence_file_content_file_id_foreign" foreign key ("file_id") references "evidence_file" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evidence_file_content" cascade;`);
    this.addSql(`drop table if exists "evidence_file" cascade;`);
  }
}
