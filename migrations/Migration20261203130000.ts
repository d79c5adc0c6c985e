import { Migration } from '@mikro-orm/migrations';

// Statuses a task can be overdue in: every one but COMPLETED and CANCELLED (CLOSED_STATUSES).
const OPEN = `status not in ('COMPLETED', 'CANCELLED')`;

/**
 * Task counts kept exact by triggers, so the ledger summary and a unit's workload read a few hundred
 * rows instead of every task: per ledger, section, lead unit and status; open tasks per ledger,
 * section, lead unit and deadline month; and the same per supporting unit. "Overdue" depends on
 * today, so the dashboards add the months before this one from the counts and count this month's
 * open tasks from the tasks themselves. The triggers see every write, the services' and bulk SQL's
 * alike, in the writing transaction; a task's delete is counted before its supporting rows cascade.
 */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "reform_task_tally" (
      "ledger_id" bigint not null, "section_id" bigint not null, "lead_unit_id" bigint not null, "status" text not null,
      "n" integer not null, primary key ("ledger_id", "section_id", "lead_unit_id", "status"));`);
    this.addSql(`create index "reform_task_tally_lead_unit_id_index" on "reform_task_tally" ("lead_unit_id");`);
    this.addSql(`create table "reform_task_open_tally" (
      "ledger_id" bigint not null, "section_id" bigint not null, "lead_unit_id" bigint not null, "deadline_month" date not null,
      "n" integer not null, primary key ("ledger_id", "section_id", "lead_unit_id", "deadline_month"));`);
    this.addSql(`create index "reform_task_open_tally_lead_unit_id_index" on "reform_task_open_tally" ("lead_unit_id", "deadline_month");`);
    this.addSql(`create table "reform_task_support_tally" (
      "unit_id" bigint not null, "status" text not null, "n" integer not null, primary key ("unit_id", "status"));`);
    this.addSql(`create table "reform_task_support_open_tally" (
      "unit_id" bigint not null, "deadline_month" date not null, "n" integer not null, primary key ("unit_id", "deadline_month"));`);

    // Adds the signed counts of `changes` (ledger_id, section_id, lead_unit_id, status, deadline, n)
    // to the task tallies; rows in key order so concurrent writers lock them in the same order. Counts
    // a write leaves as they were (an edit's -1 and +1) sum away before any row is touched, so such
    // an edit locks none, and edits of other tasks do not wait on it.
    this.addSql(`create function reform_task_tally_add(changes jsonb) returns void language sql as $$
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
    // The same for the supporting units' tallies: changes (unit_id, status, deadline, n).
    this.addSql(`create function reform_task_support_tally_add(changes jsonb) returns void language sql as $$
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

    this.addSql(`create function reform_task_tally_inserted() returns trigger language plpgsql as $$ begin
      perform reform_task_tally_add((select jsonb_agg(jsonb_build_object('ledger_id', ledger_id, 'section_id', section_id,
        'lead_unit_id', lead_unit_id, 'status', status, 'deadline', deadline, 'n', 1)) from new_rows));
      return null;
    end $$;`);
    this.addSql(`create function reform_task_tally_updated() returns trigger language plpgsql as $$ begin
      perform reform_task_tally_add((select jsonb_agg(c) from (
        select ledger_id, section_id, lead_unit_id, status, deadline, -1 as n from old_rows
        union all select ledger_id, section_id, lead_unit_id, status, deadline, 1 from new_rows) c));
      perform reform_task_support_tally_add((select jsonb_agg(c) from (
        select su.unit_id, o.status, o.deadline, -1 as n from old_rows o join reform_task_supporting_unit su on su.task_id = o.id
        union all select su.unit_id, r.status, r.deadline, 1 from new_rows r join reform_task_supporting_unit su on su.task_id = r.id) c));
      return null;
    end $$;`);
    // Before the row goes: its supporting rows are still there (their cascade finds no task to count).
    this.addSql(`create function reform_task_tally_deleting() returns trigger language plpgsql as $$ begin
      perform reform_task_tally_add(jsonb_build_array(jsonb_build_object('ledger_id', old.ledger_id, 'section_id', old.section_id,
        'lead_unit_id', old.lead_unit_id, 'status', old.status, 'deadline', old.deadline, 'n', -1)));
      perform reform_task_support_tally_add((select jsonb_agg(jsonb_build_object('unit_id', su.unit_id, 'status', old.status,
        'deadline', old.deadline, 'n', -1)) from reform_task_supporting_unit su where su.task_id = old.id));
      return old;
    end $$;`);
    // A supporting row counts with its task's status and deadline, read from the task as it is now.
    const supportChanged = (name: string, sides: string) =>
      `create function ${name}() returns trigger language plpgsql as $$ begin
        perform reform_task_support_tally_add((select jsonb_agg(c) from (${sides}) c));
        return null;
      end $$;`;
    const side = (rows: string, n: number) =>
      `select s.unit_id, t.status, t.deadline, ${n} as n from ${rows} s join reform_task t on t.id = s.task_id`;
    this.addSql(supportChanged('reform_task_support_tally_inserted', side('new_rows', 1)));
    this.addSql(supportChanged('reform_task_support_tally_deleted', side('old_rows', -1)));
    this.addSql(supportChanged('reform_task_support_tally_updated', `${side('old_rows', -1)} union all ${side('new_rows', 1)}`));

    this.addSql(`create trigger reform_task_tally_inserted after insert on reform_task
      referencing new table as new_rows for each statement execute function reform_task_tally_inserted();`);
    this.addSql(`create trigger reform_task_tally_updated after update on reform_task
      referencing old table as old_rows new table as new_rows for each statement execute function reform_task_tally_updated();`);
    this.addSql(`create trigger reform_task_tally_deleting before delete on reform_task
      for each row execute function reform_task_tally_deleting();`);
    this.addSql(`create trigger reform_task_support_tally_inserted after insert on reform_task_supporting_unit
      referencing new table as new_rows for each statement execute function reform_task_support_tally_inserted();`);
    this.addSql(`create trigger reform_task_support_tally_updated after update on reform_task_supporting_unit
      referencing old table as old_rows new table as new_rows for each statement execute function reform_task_support_tally_updated();`);
    this.addSql(`create trigger reform_task_support_tally_deleted after delete on reform_task_supporting_unit
      referencing old table as old_rows for each statement execute function reform_task_support_tally_deleted();`);

    this.addSql(`select reform_task_tally_add((select jsonb_agg(jsonb_build_object('ledger_id', ledger_id, 'section_id', section_id,
      'lead_unit_id', lead_unit_id, 'status', status, 'deadline', deadline, 'n', 1)) from reform_task));`);
    this.addSql(`select reform_task_support_tally_add((select jsonb_agg(jsonb_build_object('unit_id', su.unit_id, 'status', t.status,
      'deadline', t.deadline, 'n', 1)) from reform_task_supporting_unit su join reform_task t on t.id = su.task_id));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger reform_task_support_tally_deleted on reform_task_supporting_unit;`);
    this.addSql(`drop trigger reform_task_support_tally_updated on reform_task_supporting_unit;`);
    this.addSql(`drop trigger reform_task_support_tally_inserted on reform_task_supporting_unit;`);
    this.addSql(`drop trigger reform_task_tally_deleting on reform_task;`);
    this.addSql(`drop trigger reform_task_tally_updated on reform_task;`);
    this.addSql(`drop trigger reform_task_tally_inserted on reform_task;`);
    for (const op of ['inserted', 'updated', 'deleted']) this.addSql(`drop function reform_task_support_tally_${op}();`);
    this.addSql(`drop function reform_task_tally_deleting();`);
    this.addSql(`drop function reform_task_tally_updated();`);
    this.addSql(`drop function reform_task_tally_inserted();`);
    this.addSql(`drop function reform_task_support_tally_add(jsonb);`);
    this.addSql(`drop function reform_task_tally_add(jsonb);`);
    this.addSql(`drop table "reform_task_support_open_tally";`);
    this.addSql(`drop table "reform_task_support_tally";`);
    this.addSql(`drop table "reform_task_open_tally";`);
    this.addSql(`drop table "reform_task_tally";`);
  }
}
