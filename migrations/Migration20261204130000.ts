import { Migration } from '@mikro-orm/migrations';

// Statuses a task can be overdue in: every one but COMPLETED and CANCELLED (CLOSED_STATUSES).
const OPEN = `status not in ('COMPLETED', 'CANCELLED')`;

/**
 * The task counts of Migration20261203130000 change when the writing transaction commits, not as
 * each of its statements runs. One edit runs several statements (the task's row, then its
 * supporting rows), each of which locked count rows until the end: two edits could lock the same
 * units' counts in opposite orders and deadlock, however each statement sorted its own rows.
 *
 * Now the triggers stage their changes in `reform_task_tally_change`, and the commit applies all of
 * them together, one statement per count table in a fixed order (lead, lead open, support, support
 * open), each in key order. Every writer locks count rows in one global order, and only while it
 * commits. Counts a transaction leaves as they were (an edit's -1 and +1) sum away before any row is
 * touched, so such an edit locks none. Until it commits, the transaction reads the counts as they were.
 */
export class Migration20261204130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "reform_task_tally_change" (
      "xact" xid8 not null default pg_current_xact_id(), "side" text not null, "changes" jsonb not null);`);
    this.addSql(`create index "reform_task_tally_change_xact_index" on "reform_task_tally_change" ("xact");`);
    // The triggers of Migration20261203130000 call these two with their signed changes: now they stage them.
    const stage = (name: string, side: string) =>
      `create or replace function ${name}(changes jsonb) returns void language sql as $$
        insert into reform_task_tally_change (side, changes) select '${side}', changes where jsonb_array_length(changes) > 0;
      $$;`;
    this.addSql(stage('reform_task_tally_add', 'lead'));
    this.addSql(stage('reform_task_support_tally_add', 'support'));
    const staged = (side: string, columns: string) =>
      `from reform_task_tally_change m, jsonb_to_recordset(m.changes) as c(${columns}, status text, deadline date, n integer)
          where m.xact = pg_current_xact_id() and m.side = '${side}'`;
    const lead = staged('lead', 'ledger_id bigint, section_id bigint, lead_unit_id bigint');
    const support = staged('support', 'unit_id bigint');
    this.addSql(`create function reform_task_tally_apply() returns trigger language plpgsql as $$ begin
      insert into reform_task_tally as t (ledger_id, section_id, lead_unit_id, status, n)
        select ledger_id, section_id, lead_unit_id, status, sum(n) ${lead}
          group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
        on conflict (ledger_id, section_id, lead_unit_id, status) do update set n = t.n + excluded.n;
      insert into reform_task_open_tally as t (ledger_id, section_id, lead_unit_id, deadline_month, n)
        select ledger_id, section_id, lead_unit_id, date_trunc('month', deadline)::date, sum(n) ${lead}
          and c.${OPEN} group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
        on conflict (ledger_id, section_id, lead_unit_id, deadline_month) do update set n = t.n + excluded.n;
      insert into reform_task_support_tally as t (unit_id, status, n)
        select unit_id, status, sum(n) ${support}
          group by 1, 2 having sum(n) <> 0 order by 1, 2
        on conflict (unit_id, status) do update set n = t.n + excluded.n;
      insert into reform_task_support_open_tally as t (unit_id, deadline_month, n)
        select unit_id, date_trunc('month', deadline)::date, sum(n) ${support}
          and c.${OPEN} group by 1, 2 having sum(n) <> 0 order by 1, 2
        on conflict (unit_id, deadline_month) do update set n = t.n + excluded.n;
      delete from reform_task_tally_change where xact = pg_current_xact_id();
      return null;
    end $$;`);
    // Fires at commit once per staged row; the first applies them all, the rest find nothing left.
    this.addSql(`create constraint trigger reform_task_tally_apply after insert on reform_task_tally_change
      deferrable initially deferred for each row execute function reform_task_tally_apply();`);
  }

  override async down(): Promise<void> {
    // Back to adding the changes as each statement runs (Migration20261203130000's functions).
    this.addSql(`create or replace function reform_task_tally_add(changes jsonb) returns void language sql as $$
      insert into reform_task_tally as t (ledger_id, section_id, lead_unit_id, status, n)
        select ledger_id, section_id, lead_unit_id, status, sum(n) from jsonb_to_recordset(changes)
          as c(ledger_id bigint, section_id bigint, lead_unit_id bigint, status text, deadline date, n integer)
          group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
        on conflict (ledger_id, section_id, lead_unit_id, status) do update set n = t.n + excluded.n;
      insert into reform_task_open_tally as t (ledger_id, section_id, lead_unit_id, deadline_month, n)
        select ledger_id, section_id, lead_unit_id, date_trunc('month', deadline)::date, sum(n) from jsonb_to_recordset(changes)
          as c(ledger_id bigint, section_id bigint, lead_unit_id bigint, status text, deadline date, n integer)
          where ${OPEN} group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
        on conflict (ledger_id, section_id, lead_unit_id, deadline_month) do update set n = t.n + excluded.n;
    $$;`);
    this.addSql(`create or replace function reform_task_support_tally_add(changes jsonb) returns void language sql as $$
      insert into reform_task_support_tally as t (unit_id, status, n)
        select unit_id, status, sum(n) from jsonb_to_recordset(changes) as c(unit_id bigint, status text, deadline date, n integer)
          group by 1, 2 having sum(n) <> 0 order by 1, 2
        on conflict (unit_id, status) do update set n = t.n + excluded.n;
      insert into reform_task_support_open_tally as t (unit_id, deadline_month, n)
        select unit_id, date_trunc('month', deadline)::date, sum(n) from jsonb_to_recordset(changes)
          as c(unit_id bigint, status text, deadline date, n integer)
          where ${OPEN} group by 1, 2 having sum(n) <> 0 order by 1, 2
        on conflict (unit_id, deadline_month) do update set n = t.n + excluded.n;
    $$;`);
    this.addSql(`drop trigger reform_task_tally_apply on reform_task_tally_change;`);
    this.addSql(`drop function reform_task_tally_apply();`);
    this.addSql(`drop table "reform_task_tally_change";`);
  }
}
