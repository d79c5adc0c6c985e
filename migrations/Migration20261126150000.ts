import { Migration } from '@mikro-orm/migrations';

/** The audit trail is append-only in the database itself, whatever the application does. */
export class Migration20261126150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(
      `create trigger audit_entry_no_update_delete before update or delete on "audit_entry" for each row execute function audit_entry_append_only();`,
    );
    this.addSql(
      `create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function audit_entry_append_only();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger audit_entry_no_truncate on "audit_entry";');
    this.addSql('drop trigger audit_entry_no_update_delete on "audit_entry";');
    this.addSql('drop function audit_entry_append_only();');
  }
}
